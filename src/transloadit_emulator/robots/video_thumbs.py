"""``/video/thumbs``: still frames of each video, at evenly spaced or given offsets.

``count`` frames spread over the duration (never the very first or last instant), or
``offsets`` in seconds or percentages; ``format`` jpeg/png; ``width``/``height`` with
``resize_strategy``; ``rotate``; ``input_codec`` names the ffmpeg decoder to read the video with.
Each thumbnail carries ``meta.thumb_index`` and ``meta.thumb_offset``.

``smart`` takes ``count`` x 3 candidate frames spread over the video (at most
``smart_max_candidates``, at least ``count``), scores each without a model
(:mod:`~transloadit_emulator.media.frame_scores`: sharpness, exposure, contrast) and keeps the best
``count`` in the order they play, with ``meta.smart_score`` and ``meta.smart_reasons``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError, TransloaditError
from ..media.ffmpeg import output_path, override_args, scale_filter
from ..media.frame_scores import candidate_count, score_frame
from ..media.video_frames import extract_frame, last_offset, spread_offsets, video_decoders
from .base import InputFile, OutputFile, PerFileRobot, RobotContext

#: The image formats thumbnails can be written in.
FORMATS = ("jpeg", "jpg", "png")
_ROTATE = {90: "transpose=1", 180: "transpose=1,transpose=1", 270: "transpose=2"}


class VideoThumbs(PerFileRobot):
    """Extracts thumbnails from each video file."""

    name = "/video/thumbs"
    accepts = frozenset({"video"})
    #: One ffmpeg: the vendor's stack versions pick nothing here.
    params_without_local_meaning = frozenset({"ffmpeg_stack"})

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
        decoder = _decoder(params.get("input_codec"))
        name = str(file.record.get("name") or file.path.name)
        outputs: list[OutputFile] = []
        quality = ["-q:v", "3"] if fmt == "jpg" else []
        smart = params.get("smart") is True
        count = int(params.get("count") or 8)
        offsets = (
            spread_offsets(float(duration), candidate_count(count, int(params.get("smart_max_candidates") or 20)))
            if smart
            else thumb_offsets(params, float(duration))
        )
        for index, offset in enumerate(offsets):
            out = output_path(ctx.scratch_dir, name, fmt, suffix=f"_{index}")
            if not extract_frame(file.path, offset, out, filters, [*quality, *overrides], overrides, decoder):
                raise RobotError("VIDEO_THUMBS_INVALID_INPUT", f"No frame at {offset:.3f} s in {name!r}.")
            outputs.append(
                OutputFile(out, out.name, file, meta={"thumb_index": index, "thumb_offset": round(offset, 3)})
            )
        return _best(outputs, count) if smart else outputs


def _decoder(codec: Any) -> str | None:
    """The ffmpeg decoder ``input_codec`` names; one ffmpeg lacks is a validation error."""
    if not codec:
        return None
    if str(codec) not in video_decoders():
        raise RobotError("VIDEO_THUMBS_VALIDATION", f"input_codec {codec!r} is not a video decoder ffmpeg has.")
    return str(codec)


def _best(candidates: list[OutputFile], count: int) -> list[OutputFile]:
    """The ``count`` best-scored candidates, in the order they play, renumbered; the others are deleted."""
    scores = {id(c): score_frame(c.path) for c in candidates}
    ranked = sorted(candidates, key=lambda c: -scores[id(c)].score)
    kept = sorted(ranked[:count], key=lambda c: c.meta["thumb_offset"])
    for dropped in ranked[count:]:
        dropped.path.unlink(missing_ok=True)
    for index, thumb in enumerate(kept):
        score = scores[id(thumb)]
        thumb.meta.update(thumb_index=index, smart_score=score.score, smart_reasons=list(score.reasons))
    return kept


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
            if 0 <= seconds <= duration:  # the vendor ignores offsets outside the video, silently
                out.append(min(seconds, last))
        return out
    return spread_offsets(duration, int(params.get("count") or 8))


def _valid_count(count: float) -> bool:
    return float(count).is_integer() and 1 <= count <= 999
