"""``/document/thumbs``: images of PDF pages, rendered with PDFium (pypdfium2).

``page`` (1-based) or ``page_range`` (``"2-4"``, not with ``page`` nor with GIF) pick pages, all
pages by default; ``format`` png/jpeg: one image per page; ``gif``: one animated GIF cycling
through the pages, ``delay`` hundredths of a second each (default 100); ``width``/``height`` with
``resize_strategy`` and ``background``; ``density`` (dpi, default 72) sets the render scale;
``trim_whitespace`` cuts plain margins; ``antialiasing`` (default off, as the vendor's) smooths
text, images and paths; ``alpha: "Set"`` keeps the page background transparent, ``"Remove"``
(the default) white; ``colorspace`` as ``/image/resize``'s; ``pdf_use_cropbox: false`` renders
the whole media box. Each image carries ``meta.page_number``, ``meta.thumb_index`` (0-based) and
the document's ``meta.page_count``. ``stack`` (Ghostscript, vips, PDFium), ``turbo`` and
``imagemagick_stack`` have no local meaning: PDFium renders every page, in order. Office documents
(Word, Excel, PowerPoint, OpenDocument, RTF) are first printed to PDF by the warm LibreOffice
(``media/office.py``); other files are refused with ``DOCUMENT_THUMBS_INVALID_INPUT``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import RobotError
from ..integers import parse_natural
from ..media.image.colorspace import to_colorspace
from ..media.office import OfficeError, converter
from ..media.pdf import PageTooLarge, PdfError, finish_page, open_pdf, render_page
from ..variables import to_text
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.names import own_dir

if TYPE_CHECKING:
    from PIL import Image

_FORMATS = {"png": ("PNG", "png"), "jpeg": ("JPEG", "jpg"), "jpg": ("JPEG", "jpg"), "gif": ("GIF", "gif")}
_RANGE = re.compile(r"^([0-9]+)-([0-9]+)$")
_INVALID = "DOCUMENT_THUMBS_INVALID_INPUT"


class DocumentThumbs(PerFileRobot):
    """Renders pages of each PDF to images."""

    name = "/document/thumbs"
    #: PDFium renders every page: the vendor's ImageMagick/Ghostscript/vips choices (``stack``,
    #: ``imagemagick_stack``) pick nothing here, and ``turbo`` only speeds the vendor's run up (same pages).
    params_without_local_meaning = frozenset({"imagemagick_stack", "stack", "turbo"})
    accepts = frozenset({"document"})
    job_slots = 6  # the vendor's 60 queue slots, like /video/encode's

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The page images of one PDF."""
        name = to_text(file.record.get("name")) or file.path.name
        pdf = _as_pdf(ctx, file, name)
        pillow_format, ext = _FORMATS[str(params.get("format") or "png")]
        try:
            document = open_pdf(pdf)
        except PdfError as exc:
            raise RobotError(_INVALID, f"{name!r} cannot be read as a PDF: {exc}") from None
        try:
            count = len(document)
            pages = _pages(params, count)
            stem = name.rsplit(".", 1)[0] or "page"
            images = [_finish(_render(document, number, params, name), params, pillow_format) for number in pages]
        finally:
            document.close()
        where = own_dir(ctx.scratch_dir)
        if pillow_format == "GIF":
            out = where / f"{stem}.gif"
            delay = params.get("delay")
            duration = 10 * (delay if isinstance(delay, int) and not isinstance(delay, bool) else 100)
            images[0].save(out, "GIF", save_all=True, append_images=images[1:], duration=duration, loop=0, disposal=2)
            return [OutputFile(out, out.name, file, meta={"page_count": count})]
        outputs = []
        for index, (number, image) in enumerate(zip(pages, images, strict=True)):
            out = where / f"{stem}_{number}.{ext}"
            image.save(out, pillow_format)
            meta = {"page_number": number, "thumb_index": index, "page_count": count}
            outputs.append(OutputFile(out, out.name, file, meta=meta))
        return outputs


def _as_pdf(ctx: RobotContext, file: InputFile, name: str) -> Path:
    """The file itself when it is a PDF, else its PDF printed by LibreOffice (office documents)."""
    if file.record.get("mime") == "application/pdf":
        return file.path
    if file.record.get("type") != "document":
        raise RobotError(_INVALID, f"{name!r} is neither a PDF nor an office document.")
    out = ctx.scratch_dir / f"{file.path.stem}.thumbs-source.pdf"
    try:
        converter().convert(file.path, out, "pdf")
    except OfficeError as exc:
        raise RobotError(_INVALID, f"{name!r} cannot be printed to PDF: {exc}") from None
    return out


def _pages(params: Mapping[str, Any], count: int) -> list[int]:
    """The 1-based page numbers to render."""
    page, page_range = params.get("page"), params.get("page_range")
    if page is not None and page_range:
        raise RobotError("DOCUMENT_THUMBS_VALIDATION", "page and page_range cannot be used together.")
    if page_range and str(params.get("format")) == "gif":
        raise RobotError("DOCUMENT_THUMBS_VALIDATION", "page_range is not supported with the gif format.")
    if page is not None:
        if not 1 <= int(page) <= count:
            raise RobotError("DOCUMENT_THUMBS_VALIDATION", f"page {page} is not in the document (1-{count}).")
        return [int(page)]
    if page_range:
        match = _RANGE.match(str(page_range))
        bounds = (parse_natural(match.group(1)), parse_natural(match.group(2))) if match else (None, None)
        first, last = (bounds[0], bounds[1]) if bounds[0] is not None and bounds[1] is not None else (0, -1)
        if not 1 <= first <= last:
            raise RobotError("DOCUMENT_THUMBS_VALIDATION", f"page_range {page_range!r} is not a range like 2-4.")
        if first > count:
            raise RobotError("DOCUMENT_THUMBS_VALIDATION", f"page_range {page_range!r} starts after page {count}.")
        return list(range(first, min(last, count) + 1))
    return list(range(1, count + 1))


def _density(value: Any) -> float:
    if value in (None, ""):
        return 72.0
    dpi = float(str(value).split("x", 1)[0])
    if dpi <= 0:
        raise RobotError("DOCUMENT_THUMBS_VALIDATION", f"density {value!r} must be more than 0 dpi.")
    return dpi


def _render(document: Any, number: int, params: Mapping[str, Any], name: str) -> Image.Image:
    try:
        return render_page(
            document,
            number,
            scale=_density(params.get("density")) / 72,
            smooth=params.get("antialiasing") is True,
            transparent=params.get("alpha") == "Set",
            use_cropbox=params.get("pdf_use_cropbox") is not False,
        )
    except PageTooLarge as exc:
        raise RobotError(
            "DOCUMENT_THUMBS_VALIDATION", f"density {params.get('density')!r} is too high: {exc}."
        ) from None
    except PdfError as exc:
        raise RobotError(_INVALID, f"Page {number} of {name!r} cannot be rendered: {exc}") from None


def _background(params: Mapping[str, Any]) -> str:
    """The Step's ``background``: a colour Pillow knows (hex or name), else ``DOCUMENT_THUMBS_VALIDATION``."""
    from PIL import ImageColor

    value = str(params.get("background") or "#FFFFFF")
    try:
        ImageColor.getrgb(value)
    except ValueError:
        raise RobotError("DOCUMENT_THUMBS_VALIDATION", f"background {value[:40]!r} is not a colour.") from None
    return value


def _finish(image: Image.Image, params: Mapping[str, Any], pillow_format: str) -> Image.Image:
    """Trim, fit to the asked size, and flatten for formats without alpha."""
    width, height = params.get("width"), params.get("height")
    colorspace = params.get("colorspace")
    image = finish_page(
        image,
        trim=bool(params.get("trim_whitespace", True)),
        background=_background(params),
        size=(int(width) if width else None, int(height) if height else None),
        strategy=str(params.get("resize_strategy") or "pad"),
        pillow_format=pillow_format,
    )
    return to_colorspace(image, colorspace, pillow_format) if isinstance(colorspace, str) and colorspace else image
