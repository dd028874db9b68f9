"""/image/resize throughput of the emulator against the same resize called directly.

The input is a 2500x1667 JPEG (q90, ~1 MB, camera EXIF): tests/fixtures/grace_hopper.jpg scaled up
beside a gradient, with sensor-like noise so it compresses like a photo. Each emulator round
creates ``--count`` Assemblies of one Step (``/image/resize`` to 800 px wide) over a real loopback
socket, ``--clients`` at a time, each uploading the file in a signed multipart POST, following the
live status stream (SSE) to the end and reading the final status. The client shares the two cores
with the server, so by default it is lean (http.client on a keep-alive connection, kit signing);
``--client kit`` uses the full ``Transloadit.create_assembly(wait=True)`` instead. The emulator
runs as its own uvicorn process with its default workers (one per core, at least 2). The
reference runs the same robot code (``ImageResize.process_file``) directly on the same file
``--count`` times in a 2-process pool, so both use both cores. Rounds alternate (direct,
emulator, direct, ...) and each emulator round is compared with the mean of the direct rounds
just before and after it, so that drift in the machine's speed (large on shared machines) cancels;
the figure is the median of those ratios. The CPU time per Assembly (the emulator's and the
client's) and per direct resize are printed beside, and their quotient as the ceiling: the ratio
the emulator would reach with both cores busy all the time.

Target: emulator / direct >= 0.85. Prints PASS/FAIL; exits non-zero only when something broke.
"""

from __future__ import annotations

import argparse
import http.client
import io
import json
import logging
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "generated")]

import numpy as np  # noqa: E402
from PIL import ExifTags, Image  # noqa: E402

from transloadit_emulator.robots.base import InputFile, RobotContext  # noqa: E402
from transloadit_emulator.robots.image_resize import ImageResize  # noqa: E402
from transloadit_kit import Transloadit, sign  # noqa: E402

KEY, SECRET = "bench-key", "bench-secret"
RATIO_TARGET = 0.85
STEP = {"use": ":original", "robot": "/image/resize", "width": 800}


def make_photo(path: Path) -> None:
    """A photo-like 2500x1667 JPEG with camera EXIF."""
    face = Image.open(ROOT / "tests" / "fixtures" / "grace_hopper.jpg").convert("RGB")
    canvas = Image.linear_gradient("L").rotate(90).resize((2500, 1667)).convert("RGB")
    canvas.paste(face.resize((1422, 1667), Image.Resampling.LANCZOS), (0, 0))
    rng = np.random.default_rng(1)
    noisy = np.asarray(canvas, dtype=np.float32) + rng.normal(0, 6, (1667, 2500, 3)).astype(np.float32)
    photo = Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))
    exif = Image.Exif()
    exif[ExifTags.Base.Make], exif[ExifTags.Base.Model] = "Canon", "EOS Bench"
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = "2024:05:06 07:08:09"
    photo.save(path, "JPEG", quality=90, exif=exif.tobytes())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc); 0 where that is not available."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_ready(url: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"emulator exited with {proc.returncode}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


def direct_one(args: tuple[str, str, int]) -> int:
    """One resize through the robot's own code path, as a worker of the emulator would run it."""
    src, scratch, i = args
    ctx = RobotContext("b" * 32, "resized", Path(scratch) / str(i), logging.getLogger("bench"))
    [out] = ImageResize().process_file(ctx, STEP, InputFile(Path(src), {"id": f"{i:032x}", "name": "photo.jpg"}))
    size = out.path.stat().st_size
    shutil.rmtree(ctx.scratch_dir, ignore_errors=True)
    return size


def pool_cpu_seconds(pool: ProcessPoolExecutor) -> float:
    """CPU time of the pool's worker processes so far."""
    return sum(process_cpu_seconds(pid) for pid in list(getattr(pool, "_processes", None) or {}))


def run_direct(pool: ProcessPoolExecutor, src: Path, scratch: Path, count: int, cpu_ms: list[float]) -> float:
    """Resizes/s of ``count`` direct calls; appends their CPU time per resize (ms) to ``cpu_ms``."""
    before = pool_cpu_seconds(pool)
    t0 = time.perf_counter()
    sizes = list(pool.map(direct_one, [(str(src), str(scratch), i) for i in range(count)]))
    elapsed = time.perf_counter() - t0
    cpu_ms.append(1000 * (pool_cpu_seconds(pool) - before) / count)
    assert all(s > 10_000 for s in sizes)
    return count / elapsed


BOUNDARY = "bench-resize-boundary-7MA4YWxkTrZu0gW"


def _part(name: str, value: bytes, filename: str | None = None) -> bytes:
    disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
    head = f"--{BOUNDARY}\r\nContent-Disposition: {disposition}\r\n"
    if filename:
        head += "Content-Type: image/jpeg\r\n"
    return head.encode() + b"\r\n" + value + b"\r\n"


def create_body(photo: bytes) -> bytes:
    """The signed multipart body of a create request. Every Assembly of a run sends the same one
    (same params and expiry), so the client builds and signs it once."""
    params = json.dumps({"auth": {"key": KEY, "expires": "2099/01/01 00:00:00+00:00"}, "steps": {"resized": STEP}})
    parts = [_part("params", params.encode()), _part("signature", sign(params, SECRET).encode())]
    return b"".join([*parts, _part("file", photo, "photo.jpg"), f"--{BOUNDARY}--\r\n".encode()])


def lean_create(conn: http.client.HTTPConnection, body: bytes) -> dict[str, Any]:
    """Create one Assembly with a signed multipart POST, follow its SSE stream to the end and read
    the final status, over one keep-alive connection (http.client: the cheapest client at hand)."""
    conn.request("POST", "/assemblies", body, {"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})
    response = conn.getresponse()
    status = json.loads(response.read())
    if response.status != 200:
        raise RuntimeError(f"create answered {response.status}: {status}")
    stream = urlsplit(status["update_stream_url"])
    conn.request("GET", f"{stream.path}?{stream.query}", headers={"Accept": "text/event-stream"})
    events = conn.getresponse().read()  # the stream ends after the Assembly's last event
    if b"data: assembly_finished" not in events and b"event: assembly_error" not in events:
        raise RuntimeError(f"the live status of {status['assembly_id']} ended early")
    conn.request("GET", urlsplit(status["assembly_ssl_url"]).path)
    final: dict[str, Any] = json.loads(conn.getresponse().read())
    return final


def run_emulator(base: str, photo: bytes, count: int, clients: int, use_kit: bool) -> float:
    """Images/s of ``count`` Assemblies, ``clients`` in flight, each client thread on its own connection."""
    body = create_body(photo)
    address = urlsplit(base)
    local = threading.local()
    opened: list[http.client.HTTPConnection] = []

    def one(_: int) -> None:
        if use_kit:
            if not hasattr(local, "kit"):
                local.kit = Transloadit(KEY, SECRET, service=base)
            files = [("photo.jpg", photo)]
            done = local.kit.create_assembly(steps={"resized": STEP}, files=files, wait=True, timeout=120).to_dict()
        else:
            if not hasattr(local, "conn"):
                local.conn = http.client.HTTPConnection(address.hostname or "", address.port, timeout=120)
                opened.append(local.conn)
            done = lean_create(local.conn, body)
        assert done.get("ok") == "ASSEMBLY_COMPLETED", done
        (result,) = done["results"]["resized"]
        assert result["meta"]["width"] == 800, result

    t0 = time.perf_counter()
    try:
        with ThreadPoolExecutor(clients) as pool:
            list(pool.map(one, range(count)))
    finally:
        for conn in opened:
            conn.close()
    return count / (time.perf_counter() - t0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100, help="Assemblies (and direct resizes) per round")
    parser.add_argument("--rounds", type=int, default=7, help="emulator rounds (direct rounds: one more)")
    parser.add_argument("--clients", type=int, default=6, help="Assemblies in flight at once")
    parser.add_argument("--client", choices=["lean", "kit"], default="lean", help="how Assemblies are created")
    opts = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-resize-"))
    src = tmp / "photo.jpg"
    make_photo(src)
    photo = src.read_bytes()
    env = {
        **os.environ,
        "TRANSLOADIT_KEY": KEY,
        "TRANSLOADIT_SECRET": SECRET,
        # More Assemblies than the default 250 per minute: this measures throughput, not the limiter.
        "TRANSLOADIT_EMULATOR_RATE_LIMIT_PER_MINUTE": "100000",
        "PYTHONPATH": f"{ROOT / 'src'}:{ROOT / 'generated'}:{ROOT}",
    }
    port = free_port()
    cmd = [sys.executable, "-m", "transloadit_emulator", "serve", "--host", "127.0.0.1", "--port", str(port)]
    # Plain HTTP only: a TLS server would also take the port after ours, which may be in use.
    cmd += ["--data-dir", str(tmp / "data"), "--log-level", "warning", "--no-tls"]
    log = open(tmp / "emulator.log", "wb")  # noqa: SIM115 (closed in finally)
    emulator = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    emu: list[float] = []
    ref: list[float] = []
    cpu_ms: list[float] = []
    client_ms: list[float] = []
    direct_ms: list[float] = []
    try:
        wait_ready(f"http://127.0.0.1:{port}/_emulator/health", emulator)
        base, kit = f"http://127.0.0.1:{port}", opts.client == "kit"
        with ProcessPoolExecutor(2) as pool:
            run_direct(pool, src, tmp / "direct", 10, [])  # warm-up: imports, page cache, allocator
            run_emulator(base, photo, 10, opts.clients, kit)
            ref.append(run_direct(pool, src, tmp / "direct", opts.count, direct_ms))
            for _ in range(opts.rounds):
                before, client_before = process_cpu_seconds(emulator.pid), process_cpu_seconds(os.getpid())
                emu.append(run_emulator(base, photo, opts.count, opts.clients, kit))
                cpu_ms.append(1000 * (process_cpu_seconds(emulator.pid) - before) / opts.count)
                client_ms.append(1000 * (process_cpu_seconds(os.getpid()) - client_before) / opts.count)
                ref.append(run_direct(pool, src, tmp / "direct", opts.count, direct_ms))
    except BaseException:
        log.flush()
        print((tmp / "emulator.log").read_text()[-3000:], file=sys.stderr)
        raise
    finally:
        emulator.terminate()
        emulator.wait()
        log.close()
        shutil.rmtree(tmp, ignore_errors=True)

    ratios = [e / ((ref[i] + ref[i + 1]) / 2) for i, e in enumerate(emu)]
    ratio = statistics.median(ratios)
    with Image.open(io.BytesIO(photo)) as img:
        described = f"{img.width}x{img.height} JPEG, {len(photo) / 1e6:.2f} MB"
    print(f"/image/resize to 800 px wide ({described}; {opts.count} per round, {opts.rounds} rounds)")
    joined = {name: ", ".join(f"{x:.1f}" for x in xs) for name, xs in (("emu", emu), ("ref", ref))}
    clients = f"{opts.clients} {opts.client} clients"
    print(f"  emulator   {statistics.median(emu):8.1f} images/s   rounds: {joined['emu']}   ({clients})")
    print(f"  direct     {statistics.median(ref):8.1f} images/s   rounds: {joined['ref']}   (2 processes)")
    if all(c > 0 for c in cpu_ms):
        print(f"  emulator CPU per Assembly: {statistics.median(cpu_ms):.1f} ms (all its threads)")
        print(f"  client CPU per Assembly:   {statistics.median(client_ms):.1f} ms (this process, sharing the cores)")
    if all(c > 0 for c in cpu_ms + direct_ms):
        direct, total = statistics.median(direct_ms), statistics.median(cpu_ms) + statistics.median(client_ms)
        print(f"  direct CPU per resize:     {direct:.1f} ms")
        # Both sides are CPU-bound on the same cores: even with every core busy all the time, the
        # emulator cannot beat the CPU it needs per Assembly (its own and its client's).
        bound = direct / total
        print(f"  ceiling    {bound:8.2f}   (direct CPU / emulator and client CPU: the ratio if every core were busy)")
    print(f"  ratios     {', '.join(f'{x:.2f}' for x in ratios)}   (each emulator round / the direct rounds beside it)")
    verdict = "PASS" if ratio >= RATIO_TARGET else "FAIL"
    print(f"  ratio      {ratio:8.2f}   (median; target >= {RATIO_TARGET})   {verdict}")


if __name__ == "__main__":
    main()
