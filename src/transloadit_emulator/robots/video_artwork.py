"""``/video/artwork``: extract the cover picture of videos (an MP4's ``covr`` or attached picture;
files without one give no result), or with ``method: insert`` embed the picture of the ``use``
entry ``as: "image"`` into the videos of the entry ``as: "video"`` (without roles: the image and
video inputs). MP4, M4V and MOV take a cover as they are (streams copied); other containers are
rewritten as MP4 (streams copied where MP4 holds them). ``preset`` is an audio preset, as the
vendor's schema has it: the sound is re-encoded by it (``mp3``, ``aac``, ``alac``, ``flac``,
``opus``: codecs MP4 holds), the picture copied."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import RobotError
from ..media.artwork import VIDEO_CONTAINERS
from ..media.audio_presets import audio_output_args, audio_preset
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.artwork_step import ArtworkKind, artwork

_CODE = "VIDEO_ARTWORK_VALIDATION"
#: Audio presets whose codec an MP4, M4V or MOV holds.
_MP4_SOUND = frozenset({"mp3", "m4a", "flac", "opus"})


def _preset_encoding(params: Mapping[str, Any], ext: str, needed: bool) -> tuple[str, list[str]] | None:
    """The sound re-encoded by the Step's audio ``preset`` (with ``bitrate``, ``sample_rate`` and
    ``ffmpeg``), the picture copied; None without a preset (every stream is copied)."""
    if not params.get("preset"):
        return None
    preset = audio_preset(params, _CODE)
    if preset.ext not in _MP4_SOUND:
        raise RobotError(_CODE, f"preset {params['preset']!r} makes sound an MP4 cannot hold.")
    return ext, audio_output_args(params, preset, _CODE)


_KIND = ArtworkKind("video", VIDEO_CONTAINERS, _CODE, "mp4", (), re_encoding=_preset_encoding)


class VideoArtwork(Robot):
    """Reads cover art out of videos, or puts a picture in."""

    name = "/video/artwork"
    #: One ffmpeg: the vendor's ffmpeg stack versions pick nothing here.
    params_without_local_meaning = frozenset({"ffmpeg_stack"})
    job_slots = 6  # a video robot: the vendor weighs them heavy
    accepts = frozenset({"video", "image"})

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Extracted pictures, or the videos with their new cover."""
        return artwork(ctx, params, files, _KIND)
