"""Start-up: process start of ``python -m transloadit_emulator serve`` to its first 200 on
``GET /_emulator/health``, next to a bare Starlette app started by uvicorn in the same run.

Rounds alternate (bare, emulator, bare, ...) so drift in the machine's speed hits both; each round
is a new process (and, for the emulator, a new data directory), after one untimed warm-up of each
so bytecode caches exist. Prints the median of each, their ratio, and PASS/FAIL against the
target of 0.5 s for the emulator (docs/ARCHITECTURE.md, "Speed").
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 0.5
HEALTH = b"GET /_emulator/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def answers_200(port: int) -> bool:
    """One health request on a fresh connection; False while nothing listens or it is not 200."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as conn:
            conn.sendall(HEALTH)
            return conn.recv(64).startswith(b"HTTP/1.1 200")
    except OSError:
        return False


def time_to_health(command: list[str], port: int, timeout: float = 30) -> float:
    """Seconds from starting ``command`` to its first 200 on the health path."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not answers_200(port):
            if proc.poll() is not None:
                raise RuntimeError(f"{command} exited with {proc.returncode} before answering")
            if time.perf_counter() - start > timeout:
                raise RuntimeError(f"{command} did not answer within {timeout} s")
            time.sleep(0.002)
        return time.perf_counter() - start
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def bare_command(port: int) -> list[str]:
    """uvicorn serving the bare app with the emulator's server settings (httptools, uvloop, no access log)."""
    return [sys.executable, "-m", "uvicorn", "bench.bare_health_app:app", "--host", "127.0.0.1",
            "--port", str(port), "--log-level", "warning", "--no-access-log"]  # fmt: skip


def emulator_command(port: int, data_dir: Path) -> list[str]:
    """The emulator exactly as ``make serve`` starts it."""
    return [sys.executable, "-m", "transloadit_emulator", "serve", "--host", "127.0.0.1",
            "--port", str(port), "--data-dir", str(data_dir), "--log-level", "warning"]  # fmt: skip


def measure(rounds: int) -> tuple[list[float], list[float]]:
    """(bare times, emulator times), alternating, after one untimed start of each."""
    bare: list[float] = []
    emulator: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        for i in range(rounds + 1):
            port = free_port()
            bare_s = time_to_health(bare_command(port), port)
            port = free_port()
            emulator_s = time_to_health(emulator_command(port, Path(tmp) / f"data-{i}"), port)
            if i:  # round 0 warms the caches
                bare.append(bare_s)
                emulator.append(emulator_s)
    return bare, emulator


def _ms(times: list[float]) -> str:
    return ", ".join(f"{t * 1000:.0f}" for t in times)


def main() -> int:
    """Run the rounds and print the medians, their ratio and the verdict."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=7, help="timed rounds of each (default 7)")
    args = parser.parse_args()
    bare, emulator = measure(args.rounds)
    bare_m, emulator_m = statistics.median(bare), statistics.median(emulator)
    print(f"start-up to first 200 on /_emulator/health, median of {args.rounds} alternating rounds:")
    print(f"  bare Starlette + uvicorn: {bare_m * 1000:6.0f} ms  ({_ms(bare)})")
    print(f"  emulator serve:           {emulator_m * 1000:6.0f} ms  ({_ms(emulator)})")
    print(f"  ratio emulator / bare:    {emulator_m / bare_m:6.2f}")
    verdict = "PASS" if emulator_m <= TARGET_S else "FAIL"
    print(f"  {verdict}: emulator start-up {emulator_m:.3f} s against the target of {TARGET_S} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
