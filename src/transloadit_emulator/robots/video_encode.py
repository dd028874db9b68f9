"""``/video/encode``: transcode videos with ffmpeg presets, sizes and ``ffmpeg`` overrides.

Presets follow Transloadit's families (:mod:`transloadit_emulator.media.video_presets`): ``empty``
(H.264/AAC MP4, the default), ``iphone*``, ``ipad*``, ``android*``, ``web/mp4/<size>``, ``webm``,
``web/webm/<size>``, ``hls/<size>`` (a playlist and its segments) and ``gif``. The picture is
cropped (``crop``), turned (``rotate``; ``false`` keeps a rotated video as stored), sized
(``width``/``height`` with ``resize_strategy``, over ``background``) and watermarked
(``watermark_url`` with ``watermark_position``, ``_size``, ``_resize_strategy``, ``_x_offset``,
``_y_offset``, ``_opacity``, ``_start_time`` and ``_duration``), in that order
(:mod:`transloadit_emulator.media.video_overlays`). ``segment: true`` (or an HLS preset) makes an
HLS playlist with segments of ``segment_duration`` seconds, named by ``segment_prefix`` or
``segment_name``. ``turbo`` and ``chunk_duration`` are accepted: the emulator encodes in one
piece, which gives the same result. The ``ffmpeg`` object overrides options.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import RobotError, TransloaditError
from ..media.ffmpeg import output_path, override_args, run_ffmpeg
from ..media.video_overlays import (
    POSITIONS,
    Watermark,
    crop_box,
    crop_filter,
    input_options,
    rotate_filter,
    watermark_graph,
)
from ..media.video_presets import (
    GIF_PALETTE,
    container_args,
    encoded_files,
    output_ext,
    output_filters,
    preset_named,
    segmented,
)
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.fetched import fetch_to_scratch

_CODE = "VIDEO_ENCODE_VALIDATION"


#: The largest ``watermark_size``: four times the picture (a 1080p video's watermark at 7680x4320);
#: a million percent would have ffmpeg scale the image to gigapixels.
MAX_WATERMARK_PERCENT = 400.0
_WATERMARK_SIZE = re.compile(r"^[0-9]+%$")
#: Characters ``segment_name`` and ``segment_prefix`` together may hold: file names end at 255 bytes.
MAX_SEGMENT_NAME = 200


class VideoEncode(Robot):
    """Encodes each video file; an HLS preset or ``segment`` yields the playlist and its segments."""

    name = "/video/encode"
    #: One ffmpeg (``ffmpeg_stack``); ``turbo``/``chunk_duration`` split the vendor's encode over machines
    #: (one ffmpeg run gives the same file); the font params style a text the vendor's schema has no
    #: param to give.
    params_without_local_meaning = frozenset(
        {"chunk_duration", "ffmpeg_stack", "font_color", "font_size", "text_background_color", "turbo"}
    )
    job_slots = 6  # encoding is the heaviest work a job does
    accepts = frozenset({"video"})

    def check_params(self, step: Mapping[str, Any]) -> None:
        """Watermark positions and size, the crop region and segment names must be usable."""
        positions = step.get("watermark_position", "center")
        listed = positions if isinstance(positions, list) else [positions]
        if not listed or any(p not in POSITIONS for p in listed):
            raise TransloaditError(
                "VIDEO_ENCODE_INVALID_WATERMARK_POSITION",
                f"watermark_position {positions!r} is not one of {', '.join(POSITIONS)} or a list of them.",
            )
        try:
            crop_filter(step.get("crop"))
        except ValueError as exc:
            raise TransloaditError(_CODE, f"Invalid /video/encode parameter crop: {exc}") from None
        named = sum(len(v) for v in (step.get("segment_name"), step.get("segment_prefix")) if isinstance(v, str))
        if named > MAX_SEGMENT_NAME:
            raise TransloaditError(
                _CODE,
                f"segment_name and segment_prefix hold {named} characters; names hold up to {MAX_SEGMENT_NAME}.",
            )
        size = step.get("watermark_size")
        if isinstance(size, str) and _WATERMARK_SIZE.match(size) and float(size[:-1]) > MAX_WATERMARK_PERCENT:
            raise TransloaditError(
                _CODE,
                f"watermark_size {size} is more than {MAX_WATERMARK_PERCENT:g}% of the picture the emulator scales to.",
            )

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Encode every file (the watermark image is fetched once for all)."""
        mark_path = _fetch_watermark(ctx, params)
        out: list[OutputFile] = []
        for i, f in enumerate(files):
            out += self._encode(ctx, params, f, mark_path, i)
        return out

    def _encode(
        self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile, mark_path: Path | None, index: int
    ) -> list[OutputFile]:
        if file.record.get("type") != "video":
            raise RobotError(
                "VIDEO_ENCODE_INVALID_INPUT", f"{file.record.get('name')!r} is not a video this robot can encode."
            )
        preset = preset_named(params.get("preset"))
        if preset is None:
            raise RobotError(_CODE, f"Unknown preset {params.get('preset')!r}.")
        overrides = override_args(params.get("ffmpeg"), _CODE)
        name = str(file.record.get("name") or file.path.name)
        where = ctx.scratch_dir
        if segmented(params, preset):  # each playlist's segments in a folder of their own: names may repeat
            where = ctx.scratch_dir / f"segments-{index}"
            where.mkdir(exist_ok=True)
        out = output_path(where, name, output_ext(params, preset))
        rotate = params.get("rotate")
        _check_crop(params.get("crop"), file, rotate)
        pre = [x for x in (crop_filter(params.get("crop")), rotate_filter(rotate)) if x]
        sized = output_filters(params, preset, palette=mark_path is None)
        chain = ",".join([*pre, *([sized] if sized else [])])
        args = [*input_options(rotate), "-i", str(file.path)]
        if mark_path is None:
            args += ["-map", "0:v:0", "-map", "0:a:0?", *(["-vf", chain] if chain else [])]
        else:
            graph = f"[0:v:0]{chain or 'null'}[base];" + watermark_graph("base", 1, _watermark(params, file), "marked")
            if preset.gif:  # the palette is made from the watermarked frames
                graph += f";[marked]{GIF_PALETTE}[marked_gif]"
            args += ["-loop", "1", "-i", str(mark_path), "-filter_complex", graph]
            args += ["-map", "[marked_gif]" if preset.gif else "[marked]", "-map", "0:a:0?"]
        args += list(preset.args)
        if params.get("hint") is True and out.suffix in (".mp4", ".mov"):
            args += ["-movflags", "+faststart+rtphint"]  # RTP hint tracks for RTSP streaming servers
        try:
            run_ffmpeg([*args, *container_args(params, preset, out), *overrides, str(out)], user_args=overrides)
        except RobotError as exc:
            raise _unknown_codec(exc, overrides) from None
        return [OutputFile(path, path.name, file, meta=meta) for path, meta in encoded_files(out, preset, params)]


#: The ffmpeg options that pick the video codec.
_VIDEO_CODEC_OPTIONS = ("-c:v", "-codec:v", "-c", "-codec")


def _unknown_codec(exc: RobotError, overrides: Sequence[str]) -> RobotError:
    """``VIDEO_ENCODE_INVALID_VIDEO_CODEC`` when the Step's own ffmpeg options named a video codec
    ffmpeg has no encoder of (the command's output kept), else ``exc`` as it is."""
    stderr = str(exc.extra.get("stderr") or "")
    named = [v for k, v in zip(overrides, overrides[1:], strict=False) if k in _VIDEO_CODEC_OPTIONS]
    refused = ("Unknown encoder", "Invalid encoder type")
    unknown = [c for c in named if any(f"{r} '{c}'" in stderr for r in refused)]
    if exc.code != "USER_COMMAND_ERROR" or not unknown:
        return exc
    message = f"ffmpeg has no encoder of the video codec {unknown[0]!r}."
    return RobotError("VIDEO_ENCODE_INVALID_VIDEO_CODEC", message, **exc.extra)


def _fetch_watermark(ctx: RobotContext, params: Mapping[str, Any]) -> Path | None:
    """The watermark image of ``watermark_url`` on disk; None without one."""
    url = params.get("watermark_url")
    if not isinstance(url, str) or not url.strip():
        return None
    return fetch_to_scratch(ctx, url, "watermark.img", "FILE_DOWNLOAD_ERROR", "The watermark")


def _check_crop(crop: Any, file: InputFile, rotate: Any) -> None:
    """A crop region must keep at least 2x2 pixels of the picture ffmpeg decodes."""
    meta = file.record.get("meta") or {}
    width, height = meta.get("width"), meta.get("height")
    if not isinstance(width, int) or not isinstance(height, int):
        return
    if rotate is False and meta.get("rotation") in (90, 270):  # not turned: the stored orientation
        width, height = height, width
    box = crop_box(crop, width, height)
    if box is not None and (box[2] - box[0] < 2 or box[3] - box[1] < 2):
        raise RobotError(_CODE, f"The crop region {crop!r} leaves nothing of the {width}x{height} picture.")


def _watermark(params: Mapping[str, Any], file: InputFile) -> Watermark:
    """The Step's watermark settings; of several positions one is picked at random, seeded by
    the file so that a replay places it alike."""
    positions = params.get("watermark_position") or "center"
    if isinstance(positions, list):
        positions = random.Random(str(file.record.get("id") or file.path.name)).choice(positions)
    size = params.get("watermark_size")
    return Watermark(
        position=str(positions),
        size=float(str(size).rstrip("%")) / 100 if size else None,
        strategy=str(params.get("watermark_resize_strategy") or "fit"),
        x_offset=int(params.get("watermark_x_offset") or 0),
        y_offset=int(params.get("watermark_y_offset") or 0),
        opacity=float(params.get("watermark_opacity", 1)),
        start=float(params.get("watermark_start_time") or 0),
        duration=float(params.get("watermark_duration", -1)),
    )
