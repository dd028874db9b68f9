"""``/video/thumbs``: still frames of each video, at evenly spaced or given offsets.

``count`` frames spread over the duration (never the very first or last instant), or
``offsets`` in seconds or percentages; ``format`` jpeg/png; ``width``/``height`` with
``resize_strategy``; ``rotate``. Each thumbnail carries ``meta.thumb_index`` and ``meta.thumb_offset``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError, TransloaditError
from ..media.ffmpeg import output_path, override_args, scale_filter
from ..media.video_frames import extract_frame, last_offset, spread_offsets
from .base import InputFile, OutputFile, PerFileRobot, RobotContext

#: The image formats thumbnails can be written in.
FORMATS = ("jpeg", "jpg", "png")
_ROTATE = {90: "transpose=1", 180: "transpose=1,transpose=1", 270: "transpose=2"}


class VideoThumbs(PerFileRobot):
    """Extracts thumbnails from each video file."""

    name = "/video/thumbs"
    accepts = frozenset({"video"})

    def check_params(self, step: Mapping[str, Any]) -> None:
        """The vendor's own codes for a ``count`` out of 1..999 and a ``format`` it cannot write
        (checked before the schema, which would answer ``VIDEO_THUMBS_VALIDATION``)."""
        count = step.get("count")
        if isinstance(count, int | float) and not isinstance(count, bool) and not _valid_count(count):
            raise TransloaditError("VIDEO_THUMBS_INVALID_COUNT_VALUE", f"count must be 1 to 999, got {count}.")
        fmt = step.get("format")
        if fmt is not None and fmt not in FORMATS:
            raise TransloaditError("VIDEO_THUMBS_INVALID_FORMAT", f"format {fmt!r} is not one of {', '.join(FORMATS)}.")

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The thumbnails of one video."""
        meta = file.record.get("meta") or {}
        duration = meta.get("duration")
        if file.record.get("type") != "video" or not isinstance(duration, int | float) or duration <= 0:
            raise RobotError("VIDEO_THUMBS_INVALID_INPUT", f"{file.record.get('name')!r} is not a video with frames.")
        fmt = "jpg" if (params.get("format") or "jpeg") in ("jpeg", "jpg") else "png"
        filters = [
            f
            for f in (
                _ROTATE.get(int(params.get("rotate") or 0) % 360),
                scale_filter(
                    params.get("width"),
                    params.get("height"),
                    str(params.get("resize_strategy") or "pad"),
                    str(params.get("background") or "#000000"),
                ),
            )
            if f
        ]
        overrides = override_args(params.get("ffmpeg"), "VIDEO_THUMBS_VALIDATION")
        name = str(file.record.get("name") or file.path.name)
        outputs: list[OutputFile] = []
        quality = ["-q:v", "3"] if fmt == "jpg" else []
        for index, offset in enumerate(thumb_offsets(params, float(duration))):
            out = output_path(ctx.scratch_dir, name, fmt, suffix=f"_{index}")
            if not extract_frame(file.path, offset, out, filters, [*quality, *overrides], overrides):
                raise RobotError("VIDEO_THUMBS_INVALID_INPUT", f"No frame at {offset:.3f} s in {name!r}.")
            outputs.append(
                OutputFile(out, out.name, file, meta={"thumb_index": index, "thumb_offset": round(offset, 3)})
            )
        return outputs


def thumb_offsets(params: Mapping[str, Any], duration: float) -> list[float]:
    """Seconds to take frames at: ``offsets`` (seconds or ``"N%"``) or ``count`` evenly spaced."""
    last = last_offset(duration)
    offsets = params.get("offsets") or []
    if offsets:
        out = []
        for value in offsets:
            if isinstance(value, str) and value.endswith("%"):
                seconds = duration * float(value[:-1]) / 100
            else:
                seconds = float(value)
            if seconds < 0 or seconds > duration:
                raise RobotError(
                    "VIDEO_THUMBS_VALIDATION", f"The offset {value!r} lies outside the video ({duration:.3f} s)."
                )
            out.append(min(seconds, last))
        return out
    return spread_offsets(duration, int(params.get("count") or 8))


def _valid_count(count: float) -> bool:
    return float(count).is_integer() and 1 <= count <= 999
