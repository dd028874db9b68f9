"""Status GET throughput of the emulator against a bare Starlette endpoint returning the same bytes.

Two reads are measured: unsigned (the Assembly URL alone, as Uppy and the SDKs poll) and signed
(``?params=...&signature=...``, authenticated and checked against the Assembly's account); the
bare endpoint gets the same URLs. Both servers run under the same uvicorn settings, one at a time,
in alternating rounds (bare, emulator, bare, ...); each emulator round is compared with the bare
rounds just before and after it, so drift in the machine's speed cancels, and the figure is the
median of those ratios. Load comes from wrk (installed with apt-get when missing and running as
root) or, failing that, a keep-alive Python load generator. Prints requests/s of each and their
ratio (target: emulator / bare >= 0.8), and, as a figure other processes on the machine disturb
far less, the servers' CPU time per request (from /proc) and the bare / emulator ratio of it.

A second emulator on the same data, started with ``TRANSLOADIT_EMULATOR_REQUEST_LOG_SIZE=0`` (no
request ring: the control plane's ``/_emulator/requests`` recorder removed), runs in the same rounds,
so the recorder's cost on the hot path is printed as its own ratio (ring on / ring off).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "generated")]

from PIL import Image  # noqa: E402

from transloadit_kit import Transloadit  # noqa: E402

KEY, SECRET = "bench-key", "bench-secret"
TARGET = 0.8


def jpeg_bytes(size: tuple[int, int] = (640, 427)) -> bytes:
    """A real JPEG to upload."""
    buf = io.BytesIO()
    Image.radial_gradient("L").resize(size).convert("RGB").save(buf, "JPEG", quality=90)
    return buf.getvalue()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(url: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


def ensure_wrk() -> str | None:
    found = shutil.which("wrk")
    if found or os.geteuid() != 0:
        return found
    subprocess.run(["apt-get", "update", "-qq"], check=False, capture_output=True)
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=False, capture_output=True)
    return shutil.which("wrk")


def load_wrk(wrk: str, url: str, seconds: float, connections: int) -> float:
    out = subprocess.run(
        [wrk, "-t1", f"-c{connections}", f"-d{max(1, round(seconds))}s", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for line in out.splitlines():
        if line.startswith("Requests/sec:"):
            return float(line.split()[1])
    raise RuntimeError(out)


def load_python(url: str, seconds: float, connections: int) -> float:
    def worker() -> int:
        n = 0
        with httpx.Client() as client:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                client.get(url).raise_for_status()
                n += 1
        return n

    with ThreadPoolExecutor(connections) as pool:
        total = sum(pool.map(lambda _: worker(), range(connections)))
    return total / seconds


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def serve(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(args, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=5, help="emulator rounds (bare rounds: one more)")
    parser.add_argument("--connections", type=int, default=32)
    opts = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-status-"))
    env = {
        **os.environ,
        "TRANSLOADIT_KEY": KEY,
        "TRANSLOADIT_SECRET": SECRET,
        "PYTHONPATH": f"{ROOT / 'src'}:{ROOT / 'generated'}:{ROOT}",
    }
    emu_port, bare_port, quiet_port = free_port(), free_port(), free_port()
    results: dict[str, tuple[list[float], list[float]]] = {}
    ring: dict[str, tuple[list[float], list[float]]] = {}
    ring_cpu: dict[str, list[float]] = {}
    emulator = serve(
        [
            sys.executable,
            "-m",
            "transloadit_emulator",
            "serve",
            "--port",
            str(emu_port),
            "--data-dir",
            str(tmp / "data"),
            "--log-level",
            "warning",
        ],
        env,
    )
    try:
        wait_ready(f"http://127.0.0.1:{emu_port}/_emulator/health")
        tl = Transloadit(KEY, SECRET, service=f"http://127.0.0.1:{emu_port}")
        steps = {
            ":original": {"robot": "/upload/handle"},
            "thumb": {"use": ":original", "robot": "/image/resize", "width": 200},
        }
        status = tl.create_assembly(steps=steps, files=[("photo.jpg", jpeg_bytes())], wait=True, timeout=60)
        path = f"/assemblies/{status.assembly_id}"
        body = httpx.get(f"http://127.0.0.1:{emu_port}{path}").content
        (tmp / "status.json").write_bytes(body)
        bare_cmd = [
            sys.executable,
            "-m",
            "uvicorn",
            "bench.bare_status_app:app",
            "--port",
            str(bare_port),
            "--log-level",
            "warning",
            "--no-access-log",
        ]
        bare = serve(bare_cmd, {**env, "BENCH_STATUS_FILE": str(tmp / "status.json")})
        quiet_cmd = [*emulator.args[:5], str(quiet_port), *emulator.args[6:]]  # type: ignore[index]
        quiet = serve(quiet_cmd, {**env, "TRANSLOADIT_EMULATOR_REQUEST_LOG_SIZE": "0"})
        try:
            wait_ready(f"http://127.0.0.1:{bare_port}{path}")
            wait_ready(f"http://127.0.0.1:{quiet_port}{path}")
            assert httpx.get(f"http://127.0.0.1:{bare_port}{path}").content == body
            wrk = ensure_wrk()
            tool = "wrk" if wrk else "python"
            params, signature = tl.signed()
            signed_path = f"{path}?{urlencode({'params': params, 'signature': signature})}"
            assert httpx.get(f"http://127.0.0.1:{emu_port}{signed_path}").content == body

            pids = {emu_port: emulator.pid, bare_port: bare.pid, quiet_port: quiet.pid}
            cpu: dict[str, tuple[list[float], list[float]]] = {}

            def measure(port: int, target: str, per_request: list[float] | None = None) -> float:
                url = f"http://127.0.0.1:{port}{target}"
                before = cpu_seconds(pids[port])
                if wrk:
                    rate = load_wrk(wrk, url, opts.seconds, opts.connections)
                else:
                    rate = load_python(url, opts.seconds, min(opts.connections, 8))
                if per_request is not None:
                    per_request.append((cpu_seconds(pids[port]) - before) / (rate * opts.seconds) * 1e6)
                return rate

            measure(emu_port, path), measure(bare_port, path)  # warm-up
            for label, target in (("unsigned", path), ("signed", signed_path)):
                emu: list[float] = []
                emu_cpu: list[float] = []
                ref_cpu: list[float] = []
                off: list[float] = []
                off_cpu: list[float] = []
                ref = [measure(bare_port, target, ref_cpu)]
                for _ in range(opts.rounds):
                    emu.append(measure(emu_port, target, emu_cpu))
                    off.append(measure(quiet_port, target, off_cpu))
                    ref.append(measure(bare_port, target, ref_cpu))
                results[label] = (emu, ref)
                ring[label] = (emu, off)
                ring_cpu[label] = off_cpu
                cpu[label] = (emu_cpu, ref_cpu)
        finally:
            for server in (bare, quiet):
                server.terminate()
                server.wait()
    finally:
        emulator.terminate()
        emulator.wait()
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"status GET ({len(body)} bytes, load: {tool}, {opts.rounds} rounds x {opts.seconds}s)")
    for label, (emu, ref) in results.items():
        ratios = [x / ((ref[i] + ref[i + 1]) / 2) for i, x in enumerate(emu)]
        ratio = statistics.median(ratios)
        verdict = "PASS" if ratio >= TARGET else "FAIL"
        print(f" {label}")
        print(f"  emulator   {statistics.median(emu):10.0f} req/s   rounds: {', '.join(f'{x:.0f}' for x in emu)}")
        print(f"  bare       {statistics.median(ref):10.0f} req/s   rounds: {', '.join(f'{x:.0f}' for x in ref)}")
        print(f"  ratios     {', '.join(f'{x:.2f}' for x in ratios)}   (emulator round / the bare rounds beside it)")
        print(f"  ratio      {ratio:10.2f}   (median; target >= {TARGET})   {verdict}")
        emu_cpu, ref_cpu = cpu[label]
        per = statistics.median(emu_cpu), statistics.median(ref_cpu)
        print(f"  CPU/request  emulator {per[0]:.1f} us, bare {per[1]:.1f} us   bare / emulator {per[1] / per[0]:.2f}")
        on, off = ring[label]
        ring_ratio = statistics.median(x / y for x, y in zip(on, off, strict=True))
        print(f"  request ring on / off  {ring_ratio:.2f}   (ring off: {statistics.median(off):.0f} req/s)")
        print(f"  CPU/request  ring on {per[0]:.1f} us, ring off {statistics.median(ring_cpu[label]):.1f} us")


if __name__ == "__main__":
    main()
