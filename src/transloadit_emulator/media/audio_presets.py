"""Audio encoding presets and the output options every audio robot shares: preset, ``bitrate``,
``sample_rate`` and the Step's ``ffmpeg`` overrides.

Presets: ``mp3`` (the default), ``aac``, ``ogg`` (Vorbis), ``opus``, ``flac``, ``wav``, ``alac``,
also spelt ``audio/<name>``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import RobotError
from .ffmpeg import override_args


@dataclass(frozen=True)
class AudioPreset:
    """A container extension, an encoder and its default bitrate (None for lossless)."""

    ext: str
    codec: tuple[str, ...]
    bitrate: int | None
    #: The sample rates the encoder takes; None: any up to :data:`MAX_SAMPLE_RATE`.
    rates: frozenset[int] | None = None


#: The highest ``sample_rate`` (Hz) the encoders without a list of their own are given.
MAX_SAMPLE_RATE = 192_000
_MP3_RATES = frozenset({8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000})
_AAC_RATES = _MP3_RATES | {7350, 64000, 88200, 96000}
_OPUS_RATES = frozenset({8000, 12000, 16000, 24000, 48000})


PRESETS: dict[str, AudioPreset] = {
    "mp3": AudioPreset("mp3", ("-c:a", "libmp3lame"), 128_000, _MP3_RATES),
    "aac": AudioPreset("m4a", ("-c:a", "aac", "-movflags", "+faststart"), 128_000, _AAC_RATES),
    "ogg": AudioPreset("ogg", ("-c:a", "libvorbis"), 128_000),
    "opus": AudioPreset("opus", ("-c:a", "libopus"), 96_000, _OPUS_RATES),
    "flac": AudioPreset("flac", ("-c:a", "flac"), None),
    "wav": AudioPreset("wav", ("-c:a", "pcm_s16le"), None),
    "alac": AudioPreset("m4a", ("-c:a", "alac"), None),
}
for _name in list(PRESETS):
    PRESETS[f"audio/{_name}"] = PRESETS[_name]


def audio_preset(params: Mapping[str, Any], code: str) -> AudioPreset:
    """The Step's ``preset`` (``mp3`` when unset); an unknown one raises ``code``."""
    name = str(params.get("preset") or "mp3")
    preset = PRESETS.get(name)
    if preset is None:
        raise RobotError(code, f"Unknown preset {name!r}.")
    return preset


def audio_output_args(params: Mapping[str, Any], preset: AudioPreset, code: str) -> list[str]:
    """Encoder options for a result: the preset's codec, ``bitrate`` and ``sample_rate`` over it,
    then the Step's ``ffmpeg`` overrides (an option they may not set raises ``code``)."""
    args = list(preset.codec)
    bitrate = params.get("bitrate") or preset.bitrate
    if bitrate and preset.bitrate is not None:
        args += ["-b:a", str(int(bitrate))]
    if params.get("sample_rate"):
        args += ["-ar", str(_sample_rate(int(params["sample_rate"]), preset, code))]
    return [*args, *override_args(params.get("ffmpeg"), code)]


def _sample_rate(rate: int, preset: AudioPreset, code: str) -> int:
    """``rate`` when the preset's encoder takes it; else ``code`` naming the rates it takes
    (ffmpeg would only fail with "Invalid argument")."""
    if preset.rates is not None and rate not in preset.rates:
        taken = ", ".join(str(r) for r in sorted(preset.rates))
        raise RobotError(code, f"sample_rate {rate} is not one the {preset.codec[1]} encoder takes: {taken}.")
    if not 1 <= rate <= MAX_SAMPLE_RATE:
        raise RobotError(code, f"sample_rate must be between 1 and {MAX_SAMPLE_RATE} Hz, got {rate}.")
    return rate
