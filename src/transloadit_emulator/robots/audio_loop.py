"""``/audio/loop``: each audio file repeated until the result lasts ``duration`` seconds (60 by
default); the last repetition is cut where the duration ends. Encoded with ``preset`` (mp3 by
default), ``bitrate``, ``sample_rate`` and the ``ffmpeg`` overrides."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..media.audio_presets import audio_output_args, audio_preset
from ..media.ffmpeg import output_path, override_args, run_ffmpeg
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.media_inputs import has_sound

_CODE = "AUDIO_LOOP_VALIDATION"
#: Longest loop the emulator makes (3 hours): ffmpeg writes every second of it, so a duration
#: like 1e9 would run for days and fill the disk.
MAX_SECONDS = 10_800.0


class AudioLoop(PerFileRobot):
    """Loops each audio file to the Step's duration."""

    name = "/audio/loop"
    #: One ffmpeg: the vendor's ffmpeg stack versions pick nothing here.
    params_without_local_meaning = frozenset({"ffmpeg_stack"})
    accepts = frozenset({"audio", "video"})

    def check_params(self, step: Mapping[str, Any]) -> None:
        """A duration the emulator cannot make is refused before the Assembly starts."""
        if isinstance(step.get("duration"), int | float):  # the schema checks its type afterwards
            _duration(step)

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """One file: the input played again and again for ``duration`` seconds."""
        duration = _duration(params)
        if not has_sound(file):
            raise RobotError(_CODE, f"{file.record.get('name')!r} has no sound to loop.")
        preset = audio_preset(params, _CODE)
        out = output_path(ctx.scratch_dir, str(file.record.get("name") or file.path.name), preset.ext)
        args = ["-stream_loop", "-1", "-i", str(file.path), "-map", "0:a:0", "-vn", "-t", f"{duration:.3f}"]
        user = override_args(params.get("ffmpeg"), _CODE)
        run_ffmpeg([*args, *audio_output_args(params, preset, _CODE), str(out)], user_args=user)
        return [OutputFile(out, out.name, file)]


def _duration(params: Mapping[str, Any]) -> float:
    """The Step's ``duration`` in seconds; out of (0, MAX_SECONDS] raises ``AUDIO_LOOP_VALIDATION``."""
    duration = float(params.get("duration", 60))
    if not 0 < duration <= MAX_SECONDS:
        raise RobotError(_CODE, f"duration must be more than 0 and at most {MAX_SECONDS:g} seconds, got {duration:g}.")
    return duration
