"""``/video/split``: each video cut into the ``segments`` given, one result per segment.

A segment is ``{from, to}`` in seconds or as a ``HH:MM:SS.fff`` timecode; one that ends past the
video's end is cut at the end, and one that starts at or after it fails the Step
(``VIDEO_SPLIT_NO_OUTPUT``). Each piece is re-encoded (so it starts on a keyframe exactly where
asked) with ``preset``, ``width``/``height``/``resize_strategy`` and the ``ffmpeg`` overrides as
``/video/encode`` does. Results are named ``<input>_part<N>`` (N from 1) and carry
``meta.segment_index`` (from 0).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..media.ffmpeg import output_path, override_args, run_ffmpeg
from ..media.video_presets import output_ext, output_filters, preset_named
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.media_inputs import cut_ranges, duration_of

_CODE = "VIDEO_SPLIT_VALIDATION"


class VideoSplit(PerFileRobot):
    """Cuts each video into the Step's segments."""

    name = "/video/split"
    #: One ffmpeg: the vendor's ffmpeg stack versions pick nothing here.
    params_without_local_meaning = frozenset({"ffmpeg_stack"})
    job_slots = 6  # encoding is the heaviest work a job does
    accepts = frozenset({"video"})

    def check_params(self, step: Mapping[str, Any]) -> None:
        """Each segment must be a readable range."""
        if "segments" in step:
            cut_ranges(step, _CODE)

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """One result per segment of one video."""
        preset = preset_named(params.get("preset"))
        if preset is None or preset.hls:
            raise RobotError(_CODE, f"The preset {params.get('preset')!r} cannot encode pieces of a video.")
        length = duration_of(file, _CODE)
        filters = output_filters(params, preset)
        user = override_args(params.get("ffmpeg"), _CODE)
        tail = [*(["-vf", filters] if filters else []), *preset.args, *user]
        name = str(file.record.get("name") or file.path.name)
        out: list[OutputFile] = []
        for i, (start, end) in enumerate(cut_ranges(params, _CODE)):
            if start >= length:
                raise RobotError(
                    "VIDEO_SPLIT_NO_OUTPUT", f"segments[{i}] starts at {start:g} s, after the end of {name!r}."
                )
            path = output_path(ctx.scratch_dir, name, output_ext(params, preset), f"_part{i + 1}")
            cut = ["-ss", f"{start:.3f}", "-i", str(file.path), "-t", f"{min(end, length) - start:.3f}"]
            run_ffmpeg([*cut, "-map", "0:v:0", "-map", "0:a:0?", *tail, str(path)], user_args=user)
            out.append(OutputFile(path, path.name, file, meta={"segment_index": i}))
        return out
