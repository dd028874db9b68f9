"""``/image/ocr``: text in images, recognised by Tesseract (English; ``provider`` has no local
meaning). Results as ``format`` and ``granularity`` ask (``robots/support/recognized.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..media.ocr import OcrError, recognize
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.recognized import outputs


class ImageOcr(PerFileRobot):
    """Recognises the text of each image."""

    name = "/image/ocr"
    #: The vendor's OCR services: Tesseract is the one engine.
    params_without_local_meaning = frozenset({"provider"})
    accepts = frozenset({"image"})
    job_slots = 2

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The text of one image."""
        try:
            lines = recognize(file.path)
        except OcrError as exc:
            raise RobotError(
                "INTERNAL_COMMAND_ERROR", f"Tesseract failed on {file.record.get('name')!r}: {exc}"
            ) from None
        return outputs(ctx, params, file, [(None, line) for line in lines])
