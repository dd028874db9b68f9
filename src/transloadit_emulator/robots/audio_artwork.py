"""``/audio/artwork``: extract the cover picture of audio files (as it is stored, usually a JPEG;
files without one give no result), or with ``method: insert`` embed the picture of the ``use``
entry ``as: "image"`` into the files of the entry ``as: "audio"`` (without roles: the image and
audio inputs). MP3, M4A/MP4 and FLAC take a cover as they are; other formats fail the Step unless
``change_format_if_necessary`` is true, which re-encodes them to MP3."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..media.artwork import AUDIO_CONTAINERS
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.artwork_step import ArtworkKind, artwork

_KIND = ArtworkKind(
    "audio", AUDIO_CONTAINERS, "AUDIO_ARTWORK_VALIDATION", "mp3", ("-c:a", "libmp3lame", "-b:a", "192k")
)


class AudioArtwork(Robot):
    """Reads cover art out of audio files, or puts a picture in."""

    name = "/audio/artwork"
    accepts = frozenset({"audio", "image"})

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Extracted pictures, or the audio files with their new cover."""
        return artwork(ctx, params, files, _KIND)
