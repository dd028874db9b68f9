"""A large tus upload to the emulator against a raw loopback upload of the same bytes.

The emulator runs as its own process; each round creates an Assembly that expects one tus upload,
creates the upload (POST) and sends the file in PATCH requests of ``--chunk-mib`` (default 64 MiB;
0 sends it in one PATCH, as tus-js-client and tuspy do by default). The time runs from the POST to
the last PATCH's 204, which the emulator only sends once the file is stored and hashed. The
reference is a bare ASGI endpoint under the same uvicorn (bench/raw_upload_app.py) that streams one
PUT of the same bytes to a file on the same disk. Both clients send with sendfile(2) over a
keep-alive connection, so the client costs little CPU and both sides pay the same. After a 16 MiB
warm-up upload to each, rounds alternate (and alternate who goes first: uploads right after one to
the same server ran slower on the bench VM) so machine noise hits both alike; medians are compared.

Also samples the emulator's VmRSS (``/proc/<pid>/status``) every few milliseconds during each
upload and reports the peak minus the VmRSS just before it.

Targets: emulator / raw throughput >= 0.5, peak RSS growth <= 64 MB. Prints PASS/FAIL; the exit
status is non-zero only when something broke. ``--size-mib`` (or BENCH_TUS_SIZE_MIB) shrinks the
file for quick runs; the default is 1 GiB.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "generated")]

from transloadit_client.api.assemblies import create_assembly  # noqa: E402
from transloadit_client.models import AssemblyStatus, CreateAssemblyMultipartForm  # noqa: E402

from transloadit_kit import Transloadit  # noqa: E402

KEY, SECRET = "bench-key", "bench-secret"
MIB = 1024 * 1024
MB = 1_000_000
RATIO_TARGET = 0.5
RSS_TARGET_MB = 64.0


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(url: str, proc: subprocess.Popen[bytes]) -> None:
    """Poll ``url`` until it answers; fail early when the server process died."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server for {url} exited with {proc.returncode}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


def make_source(path: Path, size: int) -> tuple[str, str]:
    """Write ``size`` random bytes to ``path`` (random, so nothing can shortcut them); their md5 and sha256."""
    md5, sha256 = hashlib.md5(), hashlib.sha256()
    block = os.urandom(8 * MIB)  # one random block repeated with a counter: cheap, never constant
    with open(path, "wb") as out:
        written, n = 0, 0
        while written < size:
            piece = (n.to_bytes(8, "little") + block)[: size - written]
            out.write(piece)
            md5.update(piece)
            sha256.update(piece)
            written, n = written + len(piece), n + 1
    return md5.hexdigest(), sha256.hexdigest()


def rss_bytes(pid: int, field: str = "VmRSS") -> int:
    """A memory figure of process ``pid`` from /proc/<pid>/status, in bytes."""
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"no {field} for pid {pid}")


class RssSampler:
    """Samples a process's VmRSS on a thread; ``growth`` is the peak minus the value at start."""

    def __init__(self, pid: int, interval: float = 0.005) -> None:
        self.pid = pid
        self.interval = interval
        self.baseline = rss_bytes(pid)
        self.peak = self.baseline
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, rss_bytes(self.pid))
            self._stop.wait(self.interval)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_bytes(self.pid))

    @property
    def growth(self) -> int:
        """Peak VmRSS seen minus VmRSS when sampling began, in bytes."""
        return self.peak - self.baseline


def send_range(
    conn: http.client.HTTPConnection,
    method: str,
    path: str,
    headers: dict[str, str],
    fh: IO[bytes],
    offset: int,
    count: int,
) -> http.client.HTTPResponse:
    """One request whose body is ``count`` bytes of ``fh`` from ``offset``, sent with sendfile(2)."""
    conn.putrequest(method, path, skip_accept_encoding=True)
    for name, value in {**headers, "Content-Length": str(count)}.items():
        conn.putheader(name, value)
    conn.endheaders()
    assert conn.sock is not None
    sent = conn.sock.sendfile(fh, offset, count)
    if sent != count:
        raise RuntimeError(f"sent {sent} of {count} bytes")
    response = conn.getresponse()
    response.read()
    return response


def tus_patches(upload_url: str, source: Path, size: int, chunk: int) -> None:
    """Send the whole file to a tus upload in PATCH requests of ``chunk`` bytes (0: one request)."""
    url = urlsplit(upload_url)
    step = chunk or size
    conn = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port, timeout=600)
    try:
        with open(source, "rb") as fh:
            offset = 0
            while offset < size:
                count = min(step, size - offset)
                headers = {
                    "Tus-Resumable": "1.0.0",
                    "Upload-Offset": str(offset),
                    "Content-Type": "application/offset+octet-stream",
                }
                response = send_range(conn, "PATCH", url.path, headers, fh, offset, count)
                if response.status != 204:
                    raise RuntimeError(f"PATCH at {offset} answered {response.status}")
                offset = int(response.headers["Upload-Offset"])
    finally:
        conn.close()


def raw_put(port: int, name: str, source: Path, size: int) -> None:
    """One PUT of the whole file to the reference server."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    try:
        with open(source, "rb") as fh:
            response = send_range(conn, "PUT", f"/{name}", {"Content-Type": "application/octet-stream"}, fh, 0, size)
        if response.status != 204 or response.headers.get("x-received") != str(size):
            raise RuntimeError(f"raw PUT answered {response.status}, received {response.headers.get('x-received')}")
    finally:
        conn.close()


@dataclass
class Round:
    """One timed upload: seconds taken, the server's CPU seconds and its peak RSS growth."""

    seconds: float
    cpu: float
    rss_growth: int


def cpu_seconds(pid: int) -> float:
    """User + system CPU time process ``pid`` used so far (all its threads)."""
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed(pid: int, upload: Callable[[], None]) -> Round:
    """Run ``upload`` while sampling server ``pid``'s memory and CPU time."""
    with RssSampler(pid) as sampler:
        cpu = cpu_seconds(pid)
        start = time.perf_counter()
        upload()
        seconds = time.perf_counter() - start
        cpu = cpu_seconds(pid) - cpu
    return Round(seconds, cpu, sampler.growth)


class EmulatorRun:
    """Uploads to the emulator: one Assembly per round, checked and cleaned up afterwards."""

    def __init__(
        self, tl: Transloadit, pid: int, data_dir: Path, source: Path, size: int, digests: tuple[str, str], chunk: int
    ):
        self.tl, self.pid, self.data_dir = tl, pid, data_dir
        self.source, self.size, self.digests, self.chunk = source, size, digests, chunk

    def assembly(self) -> AssemblyStatus:
        """A new Assembly waiting for one tus upload."""
        params, signature = self.tl.signed(steps={":original": {"robot": "/upload/handle"}})
        form = CreateAssemblyMultipartForm(params=params, signature=signature, tus_num_expected_upload_files=1)
        response = create_assembly.sync_detailed(client=self.tl.client, body=form)
        status = response.parsed
        if not isinstance(status, AssemblyStatus) or status.ok != "ASSEMBLY_UPLOADING":
            code = int(response.status_code)
            raise RuntimeError(f"creating the Assembly failed: HTTP {code} {response.content[:300]!r}")
        return status

    def round(self, size: int | None = None) -> Round:
        """Upload the source (or its first ``size`` bytes) to a new Assembly; check what arrived."""
        size = self.size if size is None else size
        status = self.assembly()

        def upload() -> None:
            url = self.tl.start_upload(status, size, filename="source.bin")
            tus_patches(url, self.source, size, self.chunk)

        result = timed(self.pid, upload)
        final = self.tl.wait_for_assembly(status, timeout=600)
        uploads = final.uploads if isinstance(final.uploads, list) else []
        if final.ok != "ASSEMBLY_COMPLETED" or len(uploads) != 1 or uploads[0].size != size:
            raise RuntimeError(f"the Assembly did not complete with the upload: {final.ok} {final.error}")
        if size == self.size and (uploads[0].md5hash, uploads[0].sha256) != self.digests:
            got = (uploads[0].md5hash, uploads[0].sha256)
            raise RuntimeError(f"md5 and sha256 {got} differ from the source's {self.digests}")
        # Drop the stored copy so dirty pages and disk use don't pile up across rounds.
        shutil.rmtree(self.data_dir / "files" / str(status.assembly_id), ignore_errors=True)
        return result


def serve(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """Start a server process with stdout and stderr going to ``log``."""
    with open(log, "wb") as fh:
        return subprocess.Popen(args, env=env, cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT)


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Terminate a server process and reap it."""
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mib", type=int, default=int(os.environ.get("BENCH_TUS_SIZE_MIB", "1024")))
    parser.add_argument("--chunk-mib", type=int, default=64, help="tus PATCH size; 0 = the whole file in one PATCH")
    parser.add_argument("--rounds", type=int, default=4, help="rounds each; even keeps who-goes-first balanced")
    opts = parser.parse_args()
    size, chunk = opts.size_mib * MIB, opts.chunk_mib * MIB

    tmp = Path(tempfile.mkdtemp(prefix="bench-tus-"))
    env = {
        **os.environ,
        "TRANSLOADIT_KEY": KEY,
        "TRANSLOADIT_SECRET": SECRET,
        "PYTHONPATH": f"{ROOT / 'src'}:{ROOT / 'generated'}:{ROOT}",
    }
    procs: list[subprocess.Popen[bytes]] = []
    emu: list[Round] = []
    raw: list[Round] = []
    try:
        source = tmp / "source.bin"
        digests = make_source(source, size)
        (tmp / "raw").mkdir()
        emu_port, raw_port = free_port(), free_port()
        emu_cmd = [sys.executable, "-m", "transloadit_emulator", "serve", "--host", "127.0.0.1"]
        emu_cmd += ["--port", str(emu_port), "--data-dir", str(tmp / "data"), "--log-level", "warning"]
        emulator = serve(emu_cmd, env, tmp / "emulator.log")
        procs.append(emulator)
        raw_cmd = [sys.executable, "-m", "uvicorn", "bench.raw_upload_app:app", "--host", "127.0.0.1"]
        raw_cmd += ["--port", str(raw_port), "--log-level", "warning", "--no-access-log"]
        reference = serve(raw_cmd, {**env, "BENCH_UPLOAD_DIR": str(tmp / "raw")}, tmp / "raw.log")
        procs.append(reference)
        wait_ready(f"http://127.0.0.1:{emu_port}/_emulator/health", emulator)
        wait_ready(f"http://127.0.0.1:{raw_port}/health", reference)

        tl = Transloadit(KEY, SECRET, service=f"http://127.0.0.1:{emu_port}", timeout=600)
        run = EmulatorRun(tl, emulator.pid, tmp / "data", source, size, digests, chunk)

        def raw_round(name: str, n: int = size) -> Round:
            result = timed(reference.pid, lambda: raw_put(raw_port, name, source, n))
            (tmp / "raw" / name).unlink()
            return result

        warm = min(size, 16 * MIB)  # imports, first-request paths, page cache of the source's head
        run.round(warm), raw_round("warm-up.bin", warm)
        for i in range(opts.rounds):
            # Alternate who goes first, so write-back left by one upload doesn't always hit the same side.
            if i % 2 == 0:
                emu.append(run.round())
                raw.append(raw_round(f"round-{i}.bin"))
            else:
                raw.append(raw_round(f"round-{i}.bin"))
                emu.append(run.round())
    except BaseException:
        for log in ("emulator.log", "raw.log"):
            text = (tmp / log).read_text(errors="replace") if (tmp / log).exists() else ""
            if text.strip():
                print(f"--- {log} (tail)\n{text[-3000:]}", file=sys.stderr)
        raise
    finally:
        for proc in procs:
            stop(proc)
        shutil.rmtree(tmp, ignore_errors=True)

    def mbps(r: Round) -> float:
        return size / r.seconds / MB

    e = statistics.median(mbps(r) for r in emu)
    r = statistics.median(mbps(x) for x in raw)
    ratio = e / r
    emu_rss = max(x.rss_growth for x in emu) / MB
    raw_rss = max(x.rss_growth for x in raw) / MB
    chunk_text = f"{opts.chunk_mib} MiB PATCHes" if chunk else "one PATCH"
    print(f"tus upload ({opts.size_mib} MiB, {chunk_text}, sendfile client, {opts.rounds} rounds each, alternating)")
    for name, rounds, median in (("emulator", emu, e), ("raw PUT", raw, r)):
        cpu = statistics.median(x.cpu for x in rounds)
        each = ", ".join(f"{mbps(x):.0f}" for x in rounds)
        print(f"  {name:<10} {median:8.0f} MB/s   server CPU {cpu:5.2f} s   rounds: {each}")
    print(f"  ratio      {ratio:8.2f}   (target >= {RATIO_TARGET})  {'PASS' if ratio >= RATIO_TARGET else 'FAIL'}")
    verdict = "PASS" if emu_rss <= RSS_TARGET_MB else "FAIL"
    print(f"  emulator peak RSS growth {emu_rss:6.1f} MB   (target <= {RSS_TARGET_MB:.0f} MB)  {verdict}")
    print(f"  raw server peak RSS growth {raw_rss:4.1f} MB   (both: VmRSS sampled every 5 ms minus VmRSS before)")


if __name__ == "__main__":
    main()
