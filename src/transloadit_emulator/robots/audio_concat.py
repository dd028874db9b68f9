"""``/audio/concat``: one audio file made of the Step's audio files one after the other.

Order: ``use`` entries with ``as: "audio_<N>"`` by ascending N, then the other files by
``sort_by`` (``basename``, the default, or ``import_order``/``auto``: as they came).
``audio_fade_seconds`` fades the end of every piece but the last out and the start of every piece
but the first in; ``crossfade: true`` overlaps consecutive pieces instead (``acrossfade``). The
result is encoded with ``preset`` (mp3 by default), ``bitrate``, ``sample_rate`` and the ``ffmpeg``
overrides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import PurePosixPath
from typing import Any

from ..errors import RobotError
from ..media.audio_edit import concat_graph
from ..media.audio_presets import audio_output_args, audio_preset
from ..media.ffmpeg import output_path, override_args, run_ffmpeg
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.grouping import sorted_inputs
from .support.media_inputs import duration_of, has_sound

MAX_INPUTS = 250
_CODE = "AUDIO_CONCAT_VALIDATION"


class AudioConcat(Robot):
    """Concatenates all audio files of the Step into one."""

    name = "/audio/concat"
    #: One ffmpeg: the vendor's ffmpeg stack versions pick nothing here.
    params_without_local_meaning = frozenset({"ffmpeg_stack"})
    accepts = frozenset({"audio", "video"})

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """The one file that plays the Step's audio files in order."""
        preset = audio_preset(params, _CODE)
        pieces = sorted_inputs(params, files)
        if not 2 <= len(pieces) <= MAX_INPUTS:
            raise RobotError(
                "AUDIO_CONCAT_INVALID_INPUT",
                f"/audio/concat joins 2 to {MAX_INPUTS} audio files in one Step, got {len(pieces)}.",
            )
        for f in pieces:
            if not has_sound(f):
                raise RobotError("AUDIO_CONCAT_INVALID_INPUT", f"{f.record.get('name')!r} has no sound.")
        durations = [duration_of(f, "AUDIO_CONCAT_INVALID_INPUT") for f in pieces]
        fade = float(params.get("audio_fade_seconds", 1) or 0)
        graph = concat_graph(durations, fade, params.get("crossfade") is True)
        args: list[str] = []
        for f in pieces:
            args += ["-i", str(f.path)]
        name = PurePosixPath(str(pieces[0].record.get("name") or pieces[0].path.name)).name
        out = output_path(ctx.scratch_dir, name, preset.ext)
        extra = audio_output_args(params, preset, _CODE)
        user = override_args(params.get("ffmpeg"), _CODE)
        run_ffmpeg([*args, "-filter_complex", graph, "-map", "[out]", *extra, str(out)], user_args=user)
        return [OutputFile(out, out.name, pieces[0])]
