"""/video/encode of a 10 s 720p clip through the emulator against the same ffmpeg command run
directly, in the same run.

The clip (1280x720, 25 fps, H.264/AAC, ``testsrc2`` with a tone) is made here. Each emulator round
creates one Assembly of one Step (``/video/encode``, the default ``empty`` preset: H.264/AAC MP4)
over a real loopback socket with the kit (upload, metadata extraction, the encode, the result's
metadata, the final status). The reference runs the command the robot runs (same binary, same
options) on the same file. Rounds alternate (direct, emulator, direct, ...) and each emulator
round is compared with the mean of the direct rounds beside it, so that drift in the machine's
speed cancels; the figure is the median of those ratios (direct seconds / emulator seconds).

Target: emulator / direct >= 0.9. Prints PASS/FAIL; exits non-zero only when something broke.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "generated")]

from transloadit_emulator.media.ffmpeg import ffmpeg_exe  # noqa: E402
from transloadit_emulator.media.video_presets import PRESETS  # noqa: E402
from transloadit_kit import Transloadit  # noqa: E402

KEY, SECRET = "bench-key", "bench-secret"
RATIO_TARGET = 0.9
STEP = {"use": ":original", "robot": "/video/encode", "preset": "empty"}


def make_clip(path: Path) -> None:
    """A 10 s 1280x720 25 fps H.264/AAC clip."""
    subprocess.run(
        [ffmpeg_exe(), "-y", "-loglevel", "error",
         "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25:duration=10",
         "-f", "lavfi", "-i", "sine=frequency=440:duration=10:sample_rate=48000",
         "-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest",
         str(path)],
        check=True,
    )  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


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


def run_direct(src: Path, out: Path) -> float:
    """Seconds for the robot's ffmpeg command on ``src`` (the ``empty`` preset, no size filters)."""
    command = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-i", str(src)]
    command += ["-map", "0:v:0", "-map", "0:a:0?", *PRESETS["empty"].args, str(out)]
    t0 = time.perf_counter()
    subprocess.run(command, check=True)
    elapsed = time.perf_counter() - t0
    assert out.stat().st_size > 100_000
    return elapsed


def run_emulator(kit: Transloadit, src: Path) -> float:
    """Seconds for one Assembly encoding ``src``, from the upload to the final status."""
    t0 = time.perf_counter()
    done = kit.create_assembly(steps={"encoded": STEP}, files=[src], wait=True, timeout=600).to_dict()
    elapsed = time.perf_counter() - t0
    assert done.get("ok") == "ASSEMBLY_COMPLETED", done
    (result,) = done["results"]["encoded"]
    assert (result["meta"]["width"], result["meta"]["height"]) == (1280, 720), result
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3, help="emulator rounds (direct rounds: one more)")
    opts = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-video-"))
    src = tmp / "clip.mp4"
    make_clip(src)
    env = {
        **os.environ,
        "TRANSLOADIT_KEY": KEY,
        "TRANSLOADIT_SECRET": SECRET,
        "PYTHONPATH": f"{ROOT / 'src'}:{ROOT / 'generated'}:{ROOT}",
    }
    port = free_port()
    cmd = [sys.executable, "-m", "transloadit_emulator", "serve", "--host", "127.0.0.1", "--port", str(port)]
    cmd += ["--data-dir", str(tmp / "data"), "--log-level", "warning"]
    log = open(tmp / "emulator.log", "wb")  # noqa: SIM115 (closed in finally)
    emulator = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    emu: list[float] = []
    ref: list[float] = []
    try:
        wait_ready(f"http://127.0.0.1:{port}/_emulator/health", emulator)
        kit = Transloadit(KEY, SECRET, service=f"http://127.0.0.1:{port}")
        run_emulator(kit, src)  # warm-up: the robot's imports, page cache
        ref.append(run_direct(src, tmp / "direct.mp4"))
        for _ in range(opts.rounds):
            emu.append(run_emulator(kit, src))
            ref.append(run_direct(src, tmp / "direct.mp4"))
    except BaseException:
        log.flush()
        print((tmp / "emulator.log").read_text()[-3000:], file=sys.stderr)
        raise
    finally:
        emulator.terminate()
        emulator.wait()
        log.close()
        shutil.rmtree(tmp, ignore_errors=True)

    ratios = [((ref[i] + ref[i + 1]) / 2) / e for i, e in enumerate(emu)]
    ratio = statistics.median(ratios)
    print(f"/video/encode of a 10 s 1280x720 H.264/AAC clip, preset empty ({opts.rounds} rounds)")
    print(f"  emulator   {statistics.median(emu):6.2f} s per Assembly   rounds: {', '.join(f'{x:.2f}' for x in emu)}")
    print(f"  direct     {statistics.median(ref):6.2f} s per ffmpeg run  rounds: {', '.join(f'{x:.2f}' for x in ref)}")
    verdict = "PASS" if ratio >= RATIO_TARGET else "FAIL"
    print(f"  ratio      {ratio:6.2f}   (median of direct / emulator; target >= {RATIO_TARGET})   {verdict}")


if __name__ == "__main__":
    main()
