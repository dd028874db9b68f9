"""Execution time against the number of Steps: an Assembly of 2,000 no-file Steps against 200.

Each Assembly is N ``/file/hash`` Steps and no upload (every Step runs and finds no input),
created with a signed POST on a socket and followed until it completes; the time is from the
POST to the completed status. Sizes alternate (small, large, small, ...) so drift in the
machine's speed cancels, and each size's figure is the median of its rounds. Per-Step work that
is constant makes the ratio about 10 (the fixed cost of a request makes it a little less);
prints PASS when large / small <= 12.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "generated"), str(ROOT)]

from bench.status_get import KEY, SECRET, free_port, serve, wait_ready  # noqa: E402
from transloadit_kit import Transloadit  # noqa: E402

LIMIT = 12.0


def run_assembly(tl: Transloadit, client: httpx.Client, base: str, steps: int) -> float:
    """Seconds from the signed POST of an Assembly of ``steps`` hash Steps to its completion."""
    params, signature = tl.signed(steps={f"hash{i}": {"robot": "/file/hash"} for i in range(steps)})
    started = time.perf_counter()
    created = client.post(f"{base}/assemblies", data={"params": params, "signature": signature}).json()
    url = created["assembly_url"]  # plain HTTP: the TLS port needs the emulator CA
    pause = 0.002
    while True:
        status = client.get(url).json()
        if status.get("ok") == "ASSEMBLY_COMPLETED":
            return time.perf_counter() - started
        if status.get("error") or status.get("ok") not in ("ASSEMBLY_EXECUTING", "ASSEMBLY_UPLOADING"):
            raise RuntimeError(f"the Assembly of {steps} Steps ended with {status.get('error') or status.get('ok')}")
        time.sleep(pause)
        pause = min(0.05, pause * 1.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", type=int, default=200)
    parser.add_argument("--large", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    opts = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-steps-"))
    env = {
        **os.environ,
        "TRANSLOADIT_KEY": KEY,
        "TRANSLOADIT_SECRET": SECRET,
        "PYTHONPATH": f"{ROOT / 'src'}:{ROOT / 'generated'}:{ROOT}",
    }
    port = free_port()
    args = [sys.executable, "-m", "transloadit_emulator", "serve", "--port", str(port), "--data-dir", str(tmp / "d")]
    emulator = serve([*args, "--log-level", "warning"], env)
    small: list[float] = []
    large: list[float] = []
    try:
        base = f"http://127.0.0.1:{port}"
        wait_ready(f"{base}/_emulator/health")
        tl = Transloadit(KEY, SECRET, service=base)
        with httpx.Client(timeout=600) as client:
            run_assembly(tl, client, base, opts.small)  # warm-up
            for _ in range(opts.rounds):
                small.append(run_assembly(tl, client, base, opts.small))
                large.append(run_assembly(tl, client, base, opts.large))
    finally:
        emulator.terminate()
        emulator.wait()
        shutil.rmtree(tmp, ignore_errors=True)

    ratio = statistics.median(large) / statistics.median(small)
    print(f"execution time by Step count ({opts.rounds} rounds, no files, /file/hash Steps)")
    print(f"  {opts.small:5d} Steps {statistics.median(small):8.3f} s   rounds: {', '.join(f'{x:.3f}' for x in small)}")
    print(f"  {opts.large:5d} Steps {statistics.median(large):8.3f} s   rounds: {', '.join(f'{x:.3f}' for x in large)}")
    print(f"  ratio      {ratio:8.2f}   (target <= {LIMIT:g}: linear)   {'PASS' if ratio <= LIMIT else 'FAIL'}")


if __name__ == "__main__":
    main()
