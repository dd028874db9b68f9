"""``/video/artwork``: extract the cover picture of videos (an MP4's ``covr`` or attached picture;
files without one give no result), or with ``method: insert`` embed the picture of the ``use``
entry ``as: "image"`` into the videos of the entry ``as: "video"`` (without roles: the image and
video inputs). MP4, M4V and MOV take a cover as they are (streams copied); other containers are
rewritten as MP4 (streams copied where MP4 holds them)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..media.artwork import VIDEO_CONTAINERS
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.artwork_step import ArtworkKind, artwork

_KIND = ArtworkKind("video", VIDEO_CONTAINERS, "VIDEO_ARTWORK_VALIDATION", "mp4", ())


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
