"""``/audio/encode``: transcode audio (or the sound of a video) with presets, bitrate and sample rate.

Presets: ``mp3`` (the default), ``aac``, ``ogg`` (Vorbis), ``opus``, ``flac``, ``wav``, ``alac``,
also spelt ``audio/<name>``. ``bitrate`` (bits per second) and ``sample_rate`` (Hz) override the
preset; the ``ffmpeg`` object overrides any option. Tags (artist, title, ...) are kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import RobotError
from ..media.ffmpeg import output_path, override_args, run_ffmpeg
from .base import InputFile, OutputFile, PerFileRobot, RobotContext


@dataclass(frozen=True)
class AudioPreset:
    """A container extension, an encoder and its default bitrate (None for lossless)."""

    ext: str
    codec: tuple[str, ...]
    bitrate: int | None


PRESETS: dict[str, AudioPreset] = {
    "mp3": AudioPreset("mp3", ("-c:a", "libmp3lame"), 128_000),
    "aac": AudioPreset("m4a", ("-c:a", "aac", "-movflags", "+faststart"), 128_000),
    "ogg": AudioPreset("ogg", ("-c:a", "libvorbis"), 128_000),
    "opus": AudioPreset("opus", ("-c:a", "libopus"), 96_000),
    "flac": AudioPreset("flac", ("-c:a", "flac"), None),
    "wav": AudioPreset("wav", ("-c:a", "pcm_s16le"), None),
    "alac": AudioPreset("m4a", ("-c:a", "alac"), None),
}
for _name in list(PRESETS):
    PRESETS[f"audio/{_name}"] = PRESETS[_name]


class AudioEncode(PerFileRobot):
    """Encodes the audio of each audio or video file."""

    name = "/audio/encode"
    accepts = frozenset({"audio", "video"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Encode one file's sound."""
        meta = file.record.get("meta") or {}
        if file.record.get("type") not in ("audio", "video") or not meta.get("audio_codec"):
            raise RobotError("AUDIO_ENCODE_INVALID_INPUT", f"{file.record.get('name')!r} has no sound to encode.")
        preset_name = str(params.get("preset") or "mp3")
        preset = PRESETS.get(preset_name)
        if preset is None:
            raise RobotError("AUDIO_ENCODE_VALIDATION", f"Unknown preset {preset_name!r}.")
        args = ["-i", str(file.path), "-map", "0:a:0", "-vn", "-map_metadata", "0", *preset.codec]
        bitrate = params.get("bitrate") or preset.bitrate
        if bitrate and preset.bitrate is not None:
            args += ["-b:a", str(int(bitrate))]
        if params.get("sample_rate"):
            args += ["-ar", str(int(params["sample_rate"]))]
        overrides = override_args(params.get("ffmpeg"), "AUDIO_ENCODE_VALIDATION")
        out = output_path(ctx.scratch_dir, str(file.record.get("name") or file.path.name), preset.ext)
        run_ffmpeg([*args, *overrides, str(out)])
        return [OutputFile(out, out.name, file)]
