"""``/document/ocr``: text in PDFs, recognised by Tesseract on each page rendered by PDFium at
300 dpi (English; ``provider`` has no local meaning). Each full result names its ``page``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..media.ocr import Line, OcrError, recognize
from ..media.pdf import PdfError, open_pdf, render_page
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.recognized import outputs

DPI = 300


class DocumentOcr(PerFileRobot):
    """Recognises the text of each PDF, page by page."""

    name = "/document/ocr"
    accepts = frozenset({"document"})
    job_slots = 2

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The text of one PDF."""
        name = file.record.get("name")
        if file.record.get("mime") != "application/pdf":
            raise RobotError("DOCUMENT_OCR_VALIDATION", f"{name!r} is not a PDF; /document/ocr takes PDFs.")
        lines: list[tuple[int | None, Line]] = []
        try:
            document = open_pdf(file.path)
            try:
                for number in range(1, len(document) + 1):
                    page = ctx.scratch_dir / f"ocr-page-{number}.png"
                    render_page(document, number, scale=DPI / 72).convert("RGB").save(page)
                    lines.extend((number, line) for line in recognize(page))
                    page.unlink()
            finally:
                document.close()
        except PdfError as exc:
            raise RobotError("DOCUMENT_OCR_VALIDATION", f"{name!r} cannot be read as a PDF: {exc}") from None
        except OcrError as exc:
            raise RobotError("INTERNAL_COMMAND_ERROR", f"Tesseract failed on {name!r}: {exc}") from None
        return outputs(ctx, params, file, lines)
