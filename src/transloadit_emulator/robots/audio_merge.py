"""``/audio/merge``: the Step's audio files mixed into one, playing at the same time.

``duration`` says how long the mix lasts: as the ``first`` input, the ``longest`` (the default) or
the ``shortest``. ``loop: true`` repeats inputs shorter than that until it ends. ``volume:
average`` scales each input by 1/n; ``sum`` keeps each at its own volume (louder, may clip).
Inputs ordered as ``/audio/concat`` orders them (``as: "audio_<N>"`` first, by N, then
``sort_by``). Encoded with ``preset`` (mp3 by default), ``bitrate``, ``sample_rate`` and the
``ffmpeg`` overrides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import PurePosixPath
from typing import Any

from ..errors import RobotError
from ..media.audio_edit import mix_graph, mix_length
from ..media.audio_presets import audio_output_args, audio_preset
from ..media.ffmpeg import output_path, override_args, run_ffmpeg
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.grouping import sorted_inputs
from .support.media_inputs import duration_of, has_sound

MAX_INPUTS = 64
_CODE = "AUDIO_MERGE_VALIDATION"


class AudioMerge(Robot):
    """Mixes all audio files of the Step into one."""

    name = "/audio/merge"
    #: One ffmpeg: the vendor's ffmpeg stack versions pick nothing here.
    params_without_local_meaning = frozenset({"ffmpeg_stack"})
    accepts = frozenset({"audio", "video"})

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """The one file in which the Step's audio files play together."""
        preset = audio_preset(params, _CODE)
        tracks = [f for f in sorted_inputs(params, files) if has_sound(f)]
        if not 2 <= len(tracks) <= MAX_INPUTS:
            raise RobotError(_CODE, f"/audio/merge mixes 2 to {MAX_INPUTS} files with sound, got {len(tracks)}.")
        rule = str(params.get("duration") or "longest")
        durations = [duration_of(f, _CODE) for f in tracks]
        length = mix_length(durations, rule)
        looped = params.get("loop") is True
        args: list[str] = []
        for f, duration in zip(tracks, durations, strict=True):
            if looped and duration < length:
                args += ["-stream_loop", "-1"]
            args += ["-i", str(f.path)]
        # Looped inputs never end: the mix is cut at the length the rule gives.
        graph = mix_graph(len(tracks), "longest" if looped else rule, params.get("volume", "average") != "sum")
        name = PurePosixPath(str(tracks[0].record.get("name") or tracks[0].path.name)).name
        out = output_path(ctx.scratch_dir, name, preset.ext)
        extra = audio_output_args(params, preset, _CODE)
        user = override_args(params.get("ffmpeg"), _CODE)
        run_ffmpeg(
            [*args, "-filter_complex", graph, "-map", "[out]", "-t", f"{length:.3f}", *extra, str(out)], user_args=user
        )
        return [OutputFile(out, out.name, tracks[0])]
