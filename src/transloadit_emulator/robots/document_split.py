"""``/document/split``: the pages ``pages`` names (``"5"``, ``"5-10"``, or a list of such) of
each input PDF as one new PDF, in that order; all pages when ``pages`` is not given."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..media.pdf_tools import PdfToolError, page_count, select_pages
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.names import basename, own_dir, stem
from .support.pages import PageSelectionError, select


class DocumentSplit(PerFileRobot):
    """Keeps the selected pages of each PDF."""

    name = "/document/split"
    accepts = frozenset({"document"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The selected pages of one PDF."""
        name = basename(str(file.record.get("name") or "document.pdf"))
        if file.record.get("mime") != "application/pdf":
            raise RobotError("DOCUMENT_SPLIT_VALIDATION", f"{name!r} is not a PDF; /document/split takes PDFs.")
        try:
            count = page_count(file.path)
            pages = select(params.get("pages"), count)
            out = own_dir(ctx.scratch_dir) / f"{stem(name)}.pdf"
            select_pages(file.path, pages, out)
        except (PageSelectionError, PdfToolError) as exc:
            raise RobotError("DOCUMENT_SPLIT_VALIDATION", f"{name!r}: {exc}.") from None
        return [OutputFile(out, out.name, file, meta={"page_count": len(pages)})]
