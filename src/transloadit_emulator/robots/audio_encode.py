"""``/audio/encode``: transcode audio (or the sound of a video) with presets, bitrate and sample rate.

Presets (:mod:`transloadit_emulator.media.audio_presets`): ``mp3`` (the default), ``aac``, ``ogg``
(Vorbis), ``opus``, ``flac``, ``wav``, ``alac``, also spelt ``audio/<name>``. ``bitrate`` (bits per
second) and ``sample_rate`` (Hz) override the preset; the ``ffmpeg`` object overrides any option.
Tags (artist, title, ...) are kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..media.audio_presets import audio_output_args, audio_preset
from ..media.ffmpeg import output_path, override_args, run_ffmpeg
from .base import InputFile, OutputFile, PerFileRobot, RobotContext


class AudioEncode(PerFileRobot):
    """Encodes the audio of each audio or video file."""

    name = "/audio/encode"
    #: One ffmpeg: the vendor's ffmpeg stack versions pick nothing here.
    params_without_local_meaning = frozenset({"ffmpeg_stack"})
    accepts = frozenset({"audio", "video"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Encode one file's sound."""
        meta = file.record.get("meta") or {}
        if file.record.get("type") not in ("audio", "video") or not meta.get("audio_codec"):
            raise RobotError("AUDIO_ENCODE_INVALID_INPUT", f"{file.record.get('name')!r} has no sound to encode.")
        preset = audio_preset(params, "AUDIO_ENCODE_VALIDATION")
        args = ["-i", str(file.path), "-map", "0:a:0", "-vn", "-map_metadata", "0"]
        out = output_path(ctx.scratch_dir, str(file.record.get("name") or file.path.name), preset.ext)
        user = override_args(params.get("ffmpeg"), "AUDIO_ENCODE_VALIDATION")
        run_ffmpeg([*args, *audio_output_args(params, preset, "AUDIO_ENCODE_VALIDATION"), str(out)], user_args=user)
        return [OutputFile(out, out.name, file)]
