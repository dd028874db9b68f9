"""``/document/optimize``: smaller PDFs with qpdf (pikepdf): images drawn above the preset's
resolution downsampled and stored as JPEG (``screen`` 72 dpi, ``ebook`` 150, ``printer`` 300,
``prepress`` none; ``image_dpi`` overrides), streams recompressed and packed in object streams,
metadata removed on request, ``linearize``d (Fast Web View), written as PDF ``compatibility``.
``subset_fonts`` has no local meaning (qpdf does not subset fonts)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..media.pdf_tools import OptimizeOptions, PdfToolError, optimize
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.names import basename, own_dir, stem

#: preset -> (image dpi, JPEG quality)
PRESETS: dict[str, tuple[int | None, int]] = {
    "screen": (72, 50),
    "ebook": (150, 70),
    "printer": (300, 85),
    "prepress": (None, 95),
}


class DocumentOptimize(PerFileRobot):
    """Rewrites each PDF smaller."""

    name = "/document/optimize"
    accepts = frozenset({"document"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """One optimised PDF."""
        name = basename(str(file.record.get("name") or "document.pdf"))
        if file.record.get("mime") != "application/pdf":
            raise RobotError(
                "DOCUMENT_OPTIMIZE_UNSUPPORTED_INPUT", f"{name!r} is not a PDF; /document/optimize takes PDFs."
            )
        dpi, quality = PRESETS[str(params.get("preset") or "ebook")]
        if params.get("image_dpi") is not None:
            dpi = int(params["image_dpi"])
        options = OptimizeOptions(
            image_dpi=dpi,
            jpeg_quality=quality,
            remove_metadata=bool(params.get("remove_metadata", False)),
            linearize=bool(params.get("linearize", True)),
            version=str(params.get("compatibility") or "1.7"),
            compress_fonts=bool(params.get("compress_fonts", True)),
        )
        out = own_dir(ctx.scratch_dir) / f"{stem(name)}.pdf"
        try:
            optimize(file.path, out, options)
        except PdfToolError as exc:
            raise RobotError(
                "DOCUMENT_OPTIMIZE_UNSUPPORTED_INPUT", f"{name!r} cannot be read as a PDF: {exc}"
            ) from None
        size_before = file.path.stat().st_size
        return [OutputFile(out, out.name, file, meta={"original_size": size_before})]
