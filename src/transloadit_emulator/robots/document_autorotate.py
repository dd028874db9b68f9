"""``/document/autorotate``: each PDF page turned upright by Tesseract's orientation detection
(``tesseract --psm 0`` on the page rendered at 150 dpi); pages with too little text to tell stay
as they are. The turn of each page is in ``meta.rotations`` (degrees clockwise)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..media.ocr import orientation
from ..media.pdf import PdfError, open_pdf, render_page
from ..media.pdf_tools import PdfToolError, rotate_pages
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.names import basename, own_dir, stem

DPI = 150
#: Below this OSD confidence a page is left alone (a guess on sparse text).
MIN_CONFIDENCE = 1.0


class DocumentAutorotate(PerFileRobot):
    """Turns the pages of each PDF upright."""

    name = "/document/autorotate"
    accepts = frozenset({"document"})
    job_slots = 2

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """One PDF with its pages turned upright."""
        name = basename(str(file.record.get("name") or "document.pdf"))
        if file.record.get("mime") != "application/pdf":
            raise RobotError(
                "DOCUMENT_AUTOROTATE_VALIDATION", f"{name!r} is not a PDF; /document/autorotate takes PDFs."
            )
        angles: list[int] = []
        out = own_dir(ctx.scratch_dir) / f"{stem(name)}.pdf"
        try:
            document = open_pdf(file.path)
            try:
                for number in range(1, len(document) + 1):
                    image = ctx.scratch_dir / f"osd-{number}.png"
                    render_page(document, number, scale=DPI / 72).convert("L").save(image)
                    found = orientation(image)
                    angles.append(found[0] if found is not None and found[1] >= MIN_CONFIDENCE else 0)
            finally:
                document.close()
            rotate_pages(file.path, angles, out)
        except (PdfError, PdfToolError) as exc:
            raise RobotError("DOCUMENT_AUTOROTATE_VALIDATION", f"{name!r} cannot be read as a PDF: {exc}") from None
        return [OutputFile(out, out.name, file, meta={"rotations": angles})]
