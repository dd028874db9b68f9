"""``/audio/split``: each audio file cut into the ``segments`` given, one result per segment.

A segment is ``{from, to}`` in seconds or as a ``HH:MM:SS.fff`` timecode; one that ends past the
input's end is cut at the end, and one that starts at or after it fails the Step
(``AUDIO_SPLIT_NO_OUTPUT``). Results are named ``<input>_part<N>`` (N from 1) and carry
``meta.segment_index`` (from 0). Encoded with ``preset`` (mp3 by default), ``bitrate``,
``sample_rate`` and the ``ffmpeg`` overrides.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..media.audio_presets import audio_output_args, audio_preset
from ..media.ffmpeg import output_path, override_args, run_ffmpeg
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.media_inputs import cut_ranges, duration_of, has_sound

_CODE = "AUDIO_SPLIT_VALIDATION"


class AudioSplit(PerFileRobot):
    """Cuts each audio file into the Step's segments."""

    name = "/audio/split"
    #: One ffmpeg: the vendor's ffmpeg stack versions pick nothing here.
    params_without_local_meaning = frozenset({"ffmpeg_stack"})
    accepts = frozenset({"audio", "video"})

    def check_params(self, step: Mapping[str, Any]) -> None:
        """Each segment must be a readable range."""
        if "segments" in step:
            cut_ranges(step, _CODE)

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """One result per segment of one file."""
        preset = audio_preset(params, _CODE)
        if not has_sound(file):
            raise RobotError(_CODE, f"{file.record.get('name')!r} has no sound to split.")
        length = duration_of(file, _CODE)
        extra = audio_output_args(params, preset, _CODE)
        user = override_args(params.get("ffmpeg"), _CODE)
        name = str(file.record.get("name") or file.path.name)
        out: list[OutputFile] = []
        for i, (start, end) in enumerate(cut_ranges(params, _CODE)):
            if start >= length:
                raise RobotError(
                    "AUDIO_SPLIT_NO_OUTPUT", f"segments[{i}] starts at {start:g} s, after the end of {name!r}."
                )
            path = output_path(ctx.scratch_dir, name, preset.ext, f"_part{i + 1}")
            cut = ["-ss", f"{start:.3f}", "-i", str(file.path), "-t", f"{min(end, length) - start:.3f}"]
            run_ffmpeg([*cut, "-map", "0:a:0", "-vn", "-map_metadata", "0", *extra, str(path)], user_args=user)
            out.append(OutputFile(path, path.name, file, meta={"segment_index": i}))
        return out
