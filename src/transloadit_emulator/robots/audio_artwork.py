"""``/audio/artwork``: extract the cover picture of audio files (as it is stored, usually a JPEG;
files without one give no result), or with ``method: insert`` embed the picture of the ``use``
entry ``as: "image"`` into the files of the entry ``as: "audio"`` (without roles: the image and
audio inputs). MP3, M4A/MP4 and FLAC take a cover as they are; other formats fail the Step unless
``change_format_if_necessary`` is true, which re-encodes them with the Step's ``preset`` (one
whose container holds a cover: ``mp3``, ``aac``, ``alac``, ``flac``), else to MP3 at 192 kbit/s."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import RobotError
from ..media.artwork import AUDIO_CONTAINERS
from ..media.audio_presets import audio_output_args, audio_preset
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.artwork_step import ArtworkKind, artwork

_CODE = "AUDIO_ARTWORK_VALIDATION"


def _preset_encoding(params: Mapping[str, Any], ext: str, needed: bool) -> tuple[str, list[str]] | None:
    """The extension and options of the Step's audio ``preset`` (with ``bitrate``, ``sample_rate``
    and ``ffmpeg``) for a file re-encoded to hold a cover; None without a preset or a re-encode."""
    if not (needed and params.get("preset")):
        return None
    preset = audio_preset(params, _CODE)
    if preset.ext not in AUDIO_CONTAINERS:
        raise RobotError(_CODE, f"preset {params['preset']!r} makes .{preset.ext} files, which cannot hold cover art.")
    return preset.ext, audio_output_args(params, preset, _CODE)


_KIND = ArtworkKind(
    "audio", AUDIO_CONTAINERS, _CODE, "mp3", ("-c:a", "libmp3lame", "-b:a", "192k"), re_encoding=_preset_encoding
)


class AudioArtwork(Robot):
    """Reads cover art out of audio files, or puts a picture in."""

    name = "/audio/artwork"
    accepts = frozenset({"audio", "image"})
    #: One ffmpeg: the vendor's stack versions pick nothing here.
    params_without_local_meaning = frozenset({"ffmpeg_stack"})

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Extracted pictures, or the audio files with their new cover."""
        return artwork(ctx, params, files, _KIND)
