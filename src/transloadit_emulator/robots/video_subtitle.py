"""``/video/subtitle``: add subtitles (SRT, WebVTT or ASS) to videos.

The videos are the ``use`` entry ``as: "video"`` (else the video inputs), the subtitles the entry
``as: "subtitles"`` (else the inputs named ``.srt``, ``.vtt`` or ``.ass``); the first subtitle
file goes onto every video. ``subtitles_type: external`` (the default) adds a switchable stream
(streams copied; MP4 ``mov_text``, Matroska SRT, WebM WebVTT; other containers become MP4) with
``language`` and ``name``, dropping the video's own subtitle streams unless ``keep_subtitles``.
``burned`` (or ``burn``) draws them into the picture with libass, styled by ``font``,
``font_size``, ``font_color``, ``border_style``, ``border_color``, ``outline_width``, ``bold``,
``italic`` and ``position``, and re-encodes with ``preset``, ``width``/``height`` and the ``ffmpeg``
overrides as ``/video/encode`` does.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import RobotError
from ..media.ffmpeg import output_path, override_args, run_ffmpeg
from ..media.subtitles import (
    CUE_BYTES,
    MP4_LONGEST_CUE,
    STREAM_CODECS,
    SubtitleError,
    SubtitleStyle,
    burn_filter,
    font_name,
    subtitle_cues,
    subtitle_stream_count,
)
from ..media.video_presets import output_ext, output_filters, preset_named
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.media_inputs import files_as

_CODE = "VIDEO_SUBTITLE_VALIDATION"
_SUBTITLE_EXTS = ("srt", "vtt", "ass", "ssa")


class VideoSubtitle(Robot):
    """Adds a subtitle file to each video of the Step."""

    name = "/video/subtitle"
    #: One ffmpeg: the vendor's ffmpeg stack versions pick nothing here.
    params_without_local_meaning = frozenset({"ffmpeg_stack"})
    job_slots = 6  # burning re-encodes the video
    accepts = None  # subtitle files have no media type of their own

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Each video with the subtitles added."""
        videos = [f for f in files_as(params, files, "video") or files if f.record.get("type") == "video"]
        subs = files_as(params, files, "subtitles") or [f for f in files if _ext(f) in _SUBTITLE_EXTS]
        if not subs:
            raise RobotError(_CODE, 'No subtitle file: add a `use` entry with `as: "subtitles"` (SRT, VTT or ASS).')
        if not videos:
            raise RobotError(_CODE, 'No video: add a `use` entry with `as: "video"`.')
        # libass reads the file by name inside a filter graph: give it a plain one.
        sub_path = ctx.scratch_dir / f"subtitles.{_ext(subs[0]) or 'srt'}"
        shutil.copyfile(subs[0].path, sub_path)
        try:
            cues = subtitle_cues(sub_path)
        except SubtitleError as exc:
            name = subs[0].record.get("name") or subs[0].path.name
            raise RobotError(_CODE, f"{name!r} is not a subtitle file (SRT, VTT or ASS) ffmpeg reads: {exc}.") from None
        burned = params.get("subtitles_type", "external") in ("burned", "burn")
        _check_cues(videos, cues, burned=burned)
        return [
            _burn(ctx, params, video, sub_path) if burned else _mux(ctx, params, video, sub_path) for video in videos
        ]


def _ext(f: InputFile) -> str:
    name = str(f.record.get("name") or f.path.name)
    return str(f.record.get("ext") or PurePosixPath(name).suffix.lstrip(".")).lower()


def _check_cues(videos: Sequence[InputFile], cues: list[tuple[float, float, int]], *, burned: bool) -> None:
    """Refuse cues ffmpeg cannot store (MP4 holds cues of up to :data:`MP4_LONGEST_CUE` seconds)
    or libass would take minutes to lay out (more than :data:`CUE_BYTES` of text)."""
    longest, largest = max(c[1] for c in cues), max(c[2] for c in cues)
    if largest > CUE_BYTES:
        raise RobotError(_CODE, f"A subtitle cue holds {largest} bytes; the emulator takes cues of up to {CUE_BYTES}.")
    mp4 = any(STREAM_CODECS.get(_ext(v), "mov_text") == "mov_text" for v in videos)
    if not burned and mp4 and longest > MP4_LONGEST_CUE:
        raise RobotError(
            _CODE,
            f"A subtitle cue lasts {longest:g} s; an MP4 subtitle stream holds cues of up to {MP4_LONGEST_CUE:g} s.",
        )


def _burn(ctx: RobotContext, params: Mapping[str, Any], video: InputFile, subs: Path) -> OutputFile:
    preset = preset_named(params.get("preset"))
    if preset is None or preset.hls or preset.gif:
        raise RobotError(_CODE, f"The preset {params.get('preset')!r} cannot encode a subtitled video.")
    style = SubtitleStyle(
        font=font_name(str(params.get("font") or "Arial")),
        font_size=int(params.get("font_size") or 16),
        font_color=str(params.get("font_color") or "FFFFFF"),
        border_color=str(params.get("border_color") or "40000000"),
        border_style=str(params.get("border_style") or "outline"),
        outline_width=params.get("outline_width"),
        bold=params.get("bold") is True,
        italic=params.get("italic") is True,
        position=str(params.get("position") or "bottom"),
    )
    chain = ",".join(x for x in (burn_filter(subs, style), output_filters(params, preset)) if x)
    name = str(video.record.get("name") or video.path.name)
    out = output_path(ctx.scratch_dir, name, output_ext(params, preset))
    args = ["-i", str(video.path), "-map", "0:v:0", "-map", "0:a:0?", "-vf", chain, *preset.args]
    user = override_args(params.get("ffmpeg"), _CODE)
    run_ffmpeg([*args, *user, str(out)], user_args=user)
    return OutputFile(out, out.name, video)


def _mux(ctx: RobotContext, params: Mapping[str, Any], video: InputFile, subs: Path) -> OutputFile:
    ext = _ext(video) if _ext(video) in STREAM_CODECS else "mp4"
    name = str(video.record.get("name") or video.path.name)
    out = output_path(ctx.scratch_dir, name, ext)
    maps = ["-map", "0"] if params.get("keep_subtitles") is True else ["-map", "0:v", "-map", "0:a?"]
    args = ["-i", str(video.path), "-i", str(subs), *maps, "-map", "1:0", "-c", "copy", "-c:s", STREAM_CODECS[ext]]
    # The new stream comes after the video's own subtitle streams when they are kept.
    index = subtitle_stream_count(video.path) if params.get("keep_subtitles") is True else 0
    tags: list[str] = []
    if params.get("language"):
        tags += [f"-metadata:s:s:{index}", f"language={params['language']}"]
    if params.get("name"):
        # MP4 keeps a track's name as its handler name; Matroska and WebM as its title.
        tags += [f"-metadata:s:s:{index}", f"title={params['name']}"]
        tags += [f"-metadata:s:s:{index}", f"handler_name={params['name']}"]
    run_ffmpeg([*args, *tags, str(out)])
    return OutputFile(out, out.name, video)
