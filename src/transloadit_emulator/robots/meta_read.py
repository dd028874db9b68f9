"""``/meta/read``: every file with its metadata read again, every tag included.

Each file is forwarded unchanged (it keeps its id); its ``meta`` is what the emulator's metadata
extraction reports for any file, plus ``tags``: every tag the file carries by name (an image's
EXIF text and XMP properties, custom ``/meta/write`` tags by their own name; an audio or video
file's container tags). Useful after imports and ``/meta/write``. The vendor's schema takes no
``use``; the emulator takes one all the same (default ``:original``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..media.meta_tags import read_tags
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.names import basename


class MetaRead(PerFileRobot):
    """Reads each file's tags into ``meta.tags``."""

    name = "/meta/read"
    job_slots = 2  # the vendor's 15 queue slots, on the emulator's scale (/video/encode's 60 -> 6)

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The file itself, with ``meta.tags``."""
        name = basename(str(file.record.get("name") or file.path.name))
        kind = file.record.get("type")
        tags = read_tags(file.path, str(kind) if kind else None) if kind in ("image", "audio", "video") else {}
        return [OutputFile(path=file.path, name=name, source=file, meta={"tags": tags}, passthrough=True)]
