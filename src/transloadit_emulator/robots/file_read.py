"""``/file/read``: a file's content read as UTF-8 into ``meta.content`` for later Steps; the file
itself passes on unchanged. Files over 500 KB are refused, as the vendor documents."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from .base import InputFile, OutputFile, PerFileRobot, RobotContext

MAX_BYTES = 500 * 1024


class FileRead(PerFileRobot):
    """Puts each file's text in its ``meta.content``."""

    name = "/file/read"

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The file, passed on, with its content as text."""
        size = file.path.stat().st_size
        if size > MAX_BYTES:
            raise RobotError(
                "FILE_READ_VALIDATION_ERROR",
                f"{file.record.get('name')!r} has {size} bytes; /file/read reads files under 500 KB.",
            )
        content = file.path.read_bytes().decode("utf-8", "replace")
        return [
            OutputFile(
                file.path,
                str(file.record.get("name") or file.path.name),
                file,
                meta={"content": content},
                passthrough=True,
            )
        ]
