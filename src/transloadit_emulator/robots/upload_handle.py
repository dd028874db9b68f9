"""``/upload/handle``: the Step named ``:original`` that receives the uploads."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .base import InputFile, OutputFile, Robot, RobotContext


class UploadHandle(Robot):
    """Forwards the uploaded files unchanged."""

    name = "/upload/handle"
    takes_input = False

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Pass every upload through, keeping its id."""
        return [
            OutputFile(path=f.path, name=str(f.record.get("name") or f.path.name), source=f, passthrough=True)
            for f in files
        ]
