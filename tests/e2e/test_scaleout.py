"""The emulator on shared backends: state in a real PostgreSQL, files in an S3 bucket (moto), both on loopback.

A second emulator process with its own, empty data directory stands for another machine: it finds
every Assembly, Template and file the first one made, because none of it lives on the first's disk.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import httpx
from transloadit_client.api.emulator import get_emulator_ready
from transloadit_client.models import EmulatorReady, Error

from tests.conftest import KEY, SECRET, S3Bucket, jpeg_bytes, start_live_server
from transloadit_kit import Transloadit, sign
from transloadit_kit.params import build_params, encode_params

STEPS = {
    ":original": {"robot": "/upload/handle"},
    "thumb": {"use": ":original", "robot": "/image/resize", "width": 80, "height": 80, "resize_strategy": "pad"},
}


def backends(postgres_url: str, bucket: S3Bucket, **kw: object) -> dict[str, object]:
    return {"database_url": postgres_url, "storage_url": bucket.url, "s3_endpoint": bucket.endpoint, **kw}


def test_assembly_on_postgresql_and_s3_outlives_its_process(
    tmp_path: Path, postgres_url: str, s3_bucket: S3Bucket
) -> None:
    first = start_live_server(tmp_path / "first", **backends(postgres_url, s3_bucket))
    try:
        tl = Transloadit(KEY, SECRET, service=first.url)
        done = tl.create_assembly(steps=STEPS, files=[("cat.jpg", jpeg_bytes())], wait=True, timeout=60)
        assert done.ok == "ASSEMBLY_COMPLETED"
        template = tl.create_template("thumbs", {"steps": STEPS})
    finally:
        first.stop()
    assert not (tmp_path / "first" / "state.sqlite3").exists()  # the state went to PostgreSQL
    files = [*done.uploads, *done.results["thumb"]]  # type: ignore[misc]
    assert len(s3_bucket.keys()) == len(files)  # and every upload and result to the bucket

    second = start_live_server(tmp_path / "second", **backends(postgres_url, s3_bucket))
    try:
        tl = Transloadit(KEY, SECRET, service=second.url)
        assert tl.get_assembly(str(done.assembly_id)).to_dict() == done.to_dict()
        assert done.assembly_id in {item.id for item in tl.list_assemblies().items}
        assert tl.get_template(str(template.id)).name == "thumbs"
        for f in files:  # served by the second process, streamed from the bucket
            path = str(f.ssl_url).split("/files/", 1)[1]
            body = httpx.get(f"{second.url}/files/{path}").content
            assert hashlib.md5(body).hexdigest() == f.md5hash
    finally:
        second.stop()


def test_presigned_result_urls_redirect_to_the_bucket(tmp_path: Path, postgres_url: str, s3_bucket: S3Bucket) -> None:
    server = start_live_server(tmp_path / "data", **backends(postgres_url, s3_bucket, result_urls="presigned"))
    try:
        tl = Transloadit(KEY, SECRET, service=server.url)
        done = tl.create_assembly(steps=STEPS, files=[("cat.jpg", jpeg_bytes())], wait=True, timeout=60)
        thumb = done.results["thumb"][0]  # type: ignore[index]
        answer = httpx.get(str(thumb.ssl_url))
        assert answer.status_code == 307 and answer.headers["location"].startswith(s3_bucket.endpoint)
        body = httpx.get(str(thumb.ssl_url), follow_redirects=True).content
        assert hashlib.md5(body).hexdigest() == thumb.md5hash
    finally:
        server.stop()


def test_readiness_names_the_backend_that_fails(tmp_path: Path, postgres_url: str, s3_bucket: S3Bucket) -> None:
    server = start_live_server(tmp_path / "data", **backends(postgres_url, s3_bucket))
    try:
        tl = Transloadit(KEY, SECRET, service=server.url)
        ready = get_emulator_ready.sync_detailed(client=tl.client)
        assert ready.status_code == 200 and isinstance(ready.parsed, EmulatorReady)
        assert ready.parsed.checks.to_dict() == {"database": "ok", "storage": "ok"}
        s3_bucket.client.delete_bucket(Bucket=s3_bucket.name)  # storage gone: not ready, still healthy
        failing = get_emulator_ready.sync_detailed(client=tl.client)
        assert failing.status_code == 503 and isinstance(failing.parsed, Error)
        assert failing.parsed.error == "EMULATOR_NOT_READY"
        checks = failing.parsed.to_dict()["info"]["checks"]
        assert checks["database"] == "ok" and "NoSuchBucket" in checks["storage"]
        assert httpx.get(f"{server.url}/_emulator/health").status_code == 200
    finally:
        server.stop()


def test_default_backends_are_ready(tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "data")
    try:
        ready = get_emulator_ready.sync_detailed(client=Transloadit(KEY, SECRET, service=server.url).client)
        assert ready.status_code == 200 and isinstance(ready.parsed, EmulatorReady)
        assert ready.parsed.checks.to_dict() == {"database": "ok", "storage": "ok"}
    finally:
        server.stop()


def test_two_processes_at_once_share_assemblies_files_and_nonces(
    tmp_path: Path, postgres_url: str, s3_bucket: S3Bucket
) -> None:
    a = start_live_server(tmp_path / "a", **backends(postgres_url, s3_bucket))
    b = start_live_server(tmp_path / "b", **backends(postgres_url, s3_bucket))
    try:
        done = Transloadit(KEY, SECRET, service=a.url).create_assembly(
            steps=STEPS, files=[("cat.jpg", jpeg_bytes())], wait=True, timeout=60
        )
        on_b = Transloadit(KEY, SECRET, service=b.url)
        assert on_b.get_assembly(str(done.assembly_id)).to_dict() == done.to_dict()
        thumb = done.results["thumb"][0]  # type: ignore[index]
        path = str(thumb.ssl_url).split("/files/", 1)[1]
        assert hashlib.md5(httpx.get(f"{b.url}/files/{path}").content).hexdigest() == thumb.md5hash
        # A signed request with a nonce is accepted once by the whole cluster, not once per process.
        params = build_params(KEY)
        params["auth"]["nonce"] = "cluster-1"
        raw = encode_params(params)
        query = {"params": raw, "signature": sign(raw, SECRET)}
        assert httpx.get(f"{a.url}/assemblies", params=query).status_code == 200
        assert httpx.get(f"{b.url}/assemblies", params=query).json()["error"] == "SIGNATURE_REUSE_DETECTED"
    finally:
        a.stop()
        b.stop()
