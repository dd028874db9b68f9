"""A canceled Assembly stops its engine commands at once, instead of letting ffmpeg run on."""

from __future__ import annotations

import os
import time
from pathlib import Path

from tests.e2e.av_media import make_media
from transloadit_kit import Transloadit


def ffmpeg_running_for(assembly_id: str) -> bool:
    """Whether a process of this machine runs with the Assembly's id in its command line."""
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"ffmpeg" in cmdline and assembly_id.encode() in cmdline:
            return True
    return False


def wait_for(condition: object, limit: float) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def test_cancel_kills_the_running_encode(kit: Transloadit, tmp_path: Path) -> None:
    # 60 s of tiny video, encoded at the speed it plays (ffmpeg's realtime filter): a minute of work.
    clip = make_media(tmp_path / "long.mp4", "-f", "lavfi", "-i", "testsrc2=size=64x48:rate=10:duration=60")
    step = {"use": ":original", "robot": "/video/encode", "ffmpeg": {"vf": "realtime"}}
    created = kit.create_assembly(steps={"slow": step}, files=[("long.mp4", clip.read_bytes())], wait=False)
    assembly_id = str(created.assembly_id)
    assert wait_for(lambda: ffmpeg_running_for(assembly_id), 60), "the encode never started"

    canceled = kit.cancel_assembly(assembly_id)
    assert canceled.ok == "ASSEMBLY_CANCELED"
    assert wait_for(lambda: not ffmpeg_running_for(assembly_id), 20), "ffmpeg still runs for a canceled Assembly"
    status = kit.get_assembly(assembly_id).to_dict()
    assert status["ok"] == "ASSEMBLY_CANCELED" and not status.get("error") and not status["results"]
