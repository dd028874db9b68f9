"""``/file/serve``: picks the files a Smart CDN URL serves; its headers are applied when serving.

Inside an Assembly it passes its files on unchanged. ``core/smart_cdn.py`` serves the first of
them for a signed Smart CDN URL with the headers this Step sets (``cache_duration``,
``download_name``, ``headers``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .base import InputFile, OutputFile, PerFileRobot, RobotContext


class FileServe(PerFileRobot):
    """Forwards each file unchanged, keeping its id."""

    name = "/file/serve"

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The file itself, as the result to serve."""
        return [
            OutputFile(
                path=file.path, name=str(file.record.get("name") or file.path.name), source=file, passthrough=True
            )
        ]
