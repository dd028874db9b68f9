"""Still frames of videos, extracted by ffmpeg (in a subprocess): one frame at an offset, frames
spread evenly over the duration, or a run of frames at a frame rate (for animated clips)."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from .ffmpeg import command_timeout, ffmpeg_exe, run_ffmpeg

#: How far before the end the last frame is taken: a seek to the very end finds no frame.
END_MARGIN_S = 0.05


def extract_frame(
    video: Path,
    offset: float,
    out: Path,
    filters: Sequence[str] = (),
    options: Sequence[str] = (),
    user_args: Sequence[str] = (),
    decoder: str | None = None,
) -> bool:
    """Write the frame at ``offset`` seconds of ``video`` to the image file ``out``, through the
    ``-vf`` ``filters`` and with the output ``options`` (of which ``user_args`` came from the Step),
    decoding with ``decoder`` when given (see :func:`video_decoders`). False when ffmpeg found no
    frame there; ffmpeg failing raises (see :func:`.ffmpeg.run_ffmpeg`)."""
    decoding = ["-c:v", decoder] if decoder else []
    args = ["-ss", f"{offset:.3f}", *decoding, "-i", str(video), "-frames:v", "1", "-an"]
    if filters:
        args += ["-vf", ",".join(filters)]
    run_ffmpeg([*args, *options, str(out)], user_args=user_args)
    return out.exists()


@cache
def video_decoders() -> frozenset[str]:
    """The names of the video decoders ffmpeg has (``ffmpeg -decoders``, read once)."""
    listed = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-decoders"], capture_output=True, text=True, timeout=command_timeout()
    ).stdout
    names = set()
    for line in listed.split("------", 1)[-1].splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0].startswith("V"):
            names.add(parts[1])
    return frozenset(names)


def last_offset(duration: float) -> float:
    """The latest offset a frame can be taken at in a video of ``duration`` seconds."""
    return max(0.0, duration - END_MARGIN_S)


def spread_offsets(duration: float, count: int) -> list[float]:
    """``count`` offsets dividing ``duration`` into ``count + 1`` equal parts (never the very
    first or last instant): one frame is the middle one."""
    last = last_offset(duration)
    return [min(duration * (i + 1) / (count + 1), last) for i in range(count)]


def extract_clip_frames(video: Path, offset: float, length: float, fps: int, most: int, into: Path) -> list[Path]:
    """The frames of ``length`` seconds of the first moving picture of ``video`` from ``offset``,
    at ``fps`` frames per second and at most ``most`` of them, as PNGs in the directory ``into``,
    in order. One decode pass through the ``fps`` filter, not a seek per frame."""
    run_ffmpeg(
        ["-ss", f"{offset:.3f}", "-t", f"{length:.3f}", "-i", str(video), "-map", "0:V:0",
         "-an", "-vf", f"fps={fps}", "-frames:v", str(most), str(into / "%05d.png")]
    )  # fmt: skip
    return sorted(into.glob("[0-9][0-9][0-9][0-9][0-9].png"))
