"""Storing 200 result files of 1 MiB through ``/s3/store``, against boto3 uploading the same files.

Both go to the same S3 server: moto in its own process on loopback. The emulator runs as
``python -m transloadit_emulator serve``; an Assembly uploads a small zip whose ``/file/decompress``
Step makes the 200 files (each 1 MiB, each different), and a ``/s3/store`` Step stores them. The
store's time is read off the Assembly's event stream: from the decompress Step's results to
``assembly_finished``. Rounds alternate with the reference, so drift in the machine's speed
cancels; the figures are medians. The reference is boto3
in this process uploading the same 200 files, one after the other, to the same server, with the same
Content-Type and ACL as the Step's requests (moto's ACL handling costs it a third more). Prints the
ratio reference / store (1.0: as fast as boto3 alone); PASS at 0.8 or more.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path
from typing import Any

import boto3
import httpx
from botocore.config import Config

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "generated"), str(ROOT)]

from bench.status_get import KEY, SECRET, free_port, serve, wait_ready  # noqa: E402
from transloadit_kit import Transloadit  # noqa: E402

TARGET = 0.8
MIB = 1024 * 1024
S3_KEYS = {"key": "AKIABENCH", "secret": "bench-secret-key"}
#: What the Step sends with each object (``acl`` defaults to public-read, as on the real API).
SAME_REQUEST = {"ContentType": "application/octet-stream", "ACL": "public-read"}


def make_files(count: int, folder: Path) -> bytes:
    """``count`` files of 1 MiB in ``folder`` (each different) and a zip of them."""
    folder.mkdir(parents=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for i in range(count):
            # 16 KiB of noise in each: the zip is about 100 times smaller than its content, which
            # /file/decompress takes (it refuses archives that expand more than 200 times).
            body = os.urandom(16 * 1024) + bytes(MIB - 16 * 1024)
            (folder / f"f{i:04d}.bin").write_bytes(body)
            archive.writestr(f"f{i:04d}.bin", body)
    return buffer.getvalue()


def s3_client(endpoint: str) -> Any:
    config = Config(signature_version="s3v4", s3={"addressing_style": "path"})
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=S3_KEYS["key"],
        aws_secret_access_key=S3_KEYS["secret"],
        config=config,
    )


def empty(client: Any, bucket: str) -> None:
    """Delete the bucket's objects, so moto's memory does not grow with the rounds."""
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        keys = [{"Key": o["Key"]} for o in page.get("Contents") or []]
        if keys:
            client.delete_objects(Bucket=bucket, Delete={"Objects": keys})


def reference(client: Any, bucket: str, folder: Path) -> float:
    """Seconds boto3 takes to upload every file of ``folder``, one after the other."""
    started = time.perf_counter()
    for path in sorted(folder.iterdir()):
        client.upload_file(
            str(path), bucket, f"direct/{path.name}", ExtraArgs={"ContentType": "application/octet-stream"}
        )
    return time.perf_counter() - started


def assembly(tl: Transloadit, http: httpx.Client, base: str, archive: bytes, store: dict[str, Any]) -> float:
    """Seconds the ``/s3/store`` Step of one Assembly took: from the first result of the decompress
    Step on the Assembly's event stream (they arrive together, when that Step ends) to
    ``assembly_finished``."""
    steps: dict[str, Any] = {
        "files": {"use": ":original", "robot": "/file/decompress"},
        "stored": {"use": "files", "robot": "/s3/store", **store, "path": "${unique_prefix}/${file.name}"},
    }
    params, signature = tl.signed(steps=steps)
    created = http.post(
        f"{base}/assemblies", data={"params": params, "signature": signature}, files={"f": ("f.zip", archive)}
    ).json()
    marks: dict[str, float] = {}
    with http.stream("GET", f"{base}/ws", params={"assembly": created["assembly_id"]}) as events:
        name = ""
        for line in events.iter_lines():
            if not line:
                name = ""  # an SSE frame ends with a blank line
            elif line.startswith("event: "):
                name = line[len("event: ") :]
            elif name == "assembly_result_finished" and line.startswith('data: ["files"'):
                marks.setdefault("decompressed", time.perf_counter())
            elif line in ("data: assembly_finished", "data: assembly_canceled") or name == "assembly_error":
                marks[line[len("data: ") :] if not name else name] = time.perf_counter()
                break
    if "assembly_finished" not in marks or "decompressed" not in marks:
        status = http.get(created["assembly_url"]).json()
        raise RuntimeError(f"the Assembly did not complete: {status.get('error') or status.get('ok')}")
    return marks["assembly_finished"] - marks["decompressed"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    opts = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-s3-"))
    archive = make_files(opts.files, tmp / "files")
    s3_port, port = free_port(), free_port()
    env = {
        **os.environ,
        "TRANSLOADIT_KEY": KEY,
        "TRANSLOADIT_SECRET": SECRET,
        "TRANSLOADIT_EMULATOR_ALLOW_PRIVATE_IMPORTS": "1",
        "PYTHONPATH": f"{ROOT / 'src'}:{ROOT / 'generated'}:{ROOT}",
    }
    moto = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(s3_port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    args = [sys.executable, "-m", "transloadit_emulator", "serve", "--port", str(port), "--data-dir", str(tmp / "d")]
    emulator = serve([*args, "--no-tls", "--log-level", "warning"], env)
    endpoint, base = f"http://127.0.0.1:{s3_port}", f"http://127.0.0.1:{port}"
    stored: list[float] = []
    direct: list[float] = []
    try:
        wait_ready(f"{base}/_emulator/health")
        wait_ready(f"{endpoint}/moto-api/")
        client = s3_client(endpoint)
        bucket = f"bench-{uuid.uuid4().hex[:8]}"
        client.create_bucket(Bucket=bucket)
        store = {**S3_KEYS, "bucket": bucket, "host": endpoint}
        tl = Transloadit(KEY, SECRET, service=base)
        with httpx.Client(timeout=600) as http:
            assembly(tl, http, base, archive, store)  # warm-up: robot imports, boto3 client
            reference(client, bucket, tmp / "files")
            for _ in range(opts.rounds):
                empty(client, bucket)
                stored.append(assembly(tl, http, base, archive, store))
                empty(client, bucket)
                direct.append(reference(client, bucket, tmp / "files"))
    finally:
        emulator.terminate()
        moto.terminate()
        emulator.wait()
        moto.wait()
        shutil.rmtree(tmp, ignore_errors=True)

    store_s = statistics.median(stored)
    ratio = statistics.median(direct) / store_s
    print(f"/s3/store of {opts.files} files of 1 MiB to moto on loopback ({opts.rounds} rounds, medians)")
    rounds = ", ".join(f"{x:.3f}" for x in stored)
    print(f"  the store Step         {store_s:7.3f} s   rounds: {rounds}")
    print(
        f"  boto3 directly         {statistics.median(direct):7.3f} s   rounds: {', '.join(f'{x:.3f}' for x in direct)}"
    )
    print(f"  ratio boto3 / store    {ratio:7.2f}   (target >= {TARGET:g})   {'PASS' if ratio >= TARGET else 'FAIL'}")


if __name__ == "__main__":
    main()
