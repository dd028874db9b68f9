"""PDF pages as images, rendered by PDFium (``pypdfium2``), and the finishing a page thumbnail
gets: plain margins trimmed, fitted to a size, flattened for formats without alpha."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from PIL import Image, ImageChops, ImageOps

_TRIM_FUZZ = 24
# A page rendered to cover a box is never drawn larger than this many times 72 dpi.
_MAX_COVER_SCALE = 8.0


#: The most pixels one rendered page may have (an A1 poster at 300 dpi): past it PDFium's bitmap
#: and its Pillow copy take gigabytes.
MAX_PAGE_PIXELS = 64_000_000


class PdfError(ValueError):
    """The file is no PDF PDFium can read, or a page of it cannot be rendered."""


class PageTooLarge(PdfError):
    """A page at the asked scale would pass :data:`MAX_PAGE_PIXELS`."""


def open_pdf(path: Path, password: str = "") -> Any:
    """``path`` opened with PDFium (with ``password`` for an encrypted one); close it when done.
    Raises :class:`PdfError`."""
    try:
        return pdfium.PdfDocument(str(path), password=password or None)
    except pdfium.PdfiumError as exc:
        raise PdfError(str(exc)) from None


def render_page(
    document: Any,
    number: int,
    *,
    scale: float = 1.0,
    cover: tuple[int, int] | None = None,
    smooth: bool = True,
    transparent: bool = False,
    use_cropbox: bool = True,
) -> Image.Image:
    """Page ``number`` (1-based) of an open document as a Pillow image, at ``scale`` (1 is 72
    dpi), or, with ``cover``, at the scale that makes the page just cover that box. ``smooth``
    anti-aliases text, images and paths; ``transparent`` leaves the page's background clear
    (RGBA) instead of white; without ``use_cropbox`` the whole media box is rendered."""
    try:
        page = document[number - 1]
        if not use_cropbox:
            page.set_cropbox(*page.get_mediabox())
        width, height = page.get_size()  # in points
        if cover is not None:
            scale = cover_scale(cover, (width, height))
        if width * scale * height * scale > MAX_PAGE_PIXELS:
            raise PageTooLarge(
                f"page {number} would be {width * scale:.0f}x{height * scale:.0f} pixels; "
                f"the emulator renders up to {MAX_PAGE_PIXELS:,}"
            )
        options: dict[str, Any] = {}
        if not smooth:
            options.update(no_smoothtext=True, no_smoothimage=True, no_smoothpath=True)
        if transparent:
            options["fill_color"] = (255, 255, 255, 0)
        image: Image.Image = page.render(scale=scale, **options).to_pil()
    except pdfium.PdfiumError as exc:
        raise PdfError(str(exc)) from None
    return image


def page_text(document: Any, number: int) -> str:
    """The selectable text of page ``number`` (1-based) of an open document."""
    try:
        page = document[number - 1]
        textpage = page.get_textpage()
        try:
            return str(textpage.get_text_bounded()).replace("\r\n", "\n")
        finally:
            textpage.close()
    except pdfium.PdfiumError as exc:
        raise PdfError(str(exc)) from None


def cover_scale(box: tuple[int, int], page_points: tuple[float, float]) -> float:
    """The scale that makes a page of ``page_points`` cover ``box``, bounded so that a tiny or a
    poster-sized page cannot make a huge bitmap."""
    width, height = page_points
    return min(_MAX_COVER_SCALE, max(box[0] / max(width, 1.0), box[1] / max(height, 1.0)))


def finish_page(
    image: Image.Image,
    *,
    trim: bool,
    background: str,
    size: tuple[int | None, int | None],
    strategy: str,
    pillow_format: str,
) -> Image.Image:
    """Trim the margins of the ``background`` colour, fit to ``size`` (one side may be None: it
    follows the aspect ratio) with a resize strategy, and flatten for formats without alpha."""
    if trim:
        plain = Image.new(image.mode, image.size, background)
        # A little tolerance: compressed page images have near-white noise in their margins.
        box = ImageChops.difference(image, plain).convert("L").point(lambda v: 255 if v > _TRIM_FUZZ else 0).getbbox()
        if box:
            image = image.crop(box)
    width, height = size
    if width or height:
        w = width if width else round(image.width * (height or 1) / image.height)
        h = height if height else round(image.height * (width or 1) / image.width)
        if strategy == "stretch":
            image = image.resize((w, h), Image.Resampling.LANCZOS)
        elif strategy in ("fillcrop", "crop"):
            image = ImageOps.fit(image, (w, h), Image.Resampling.LANCZOS)
        elif strategy == "pad":
            image = ImageOps.pad(image, (w, h), Image.Resampling.LANCZOS, color=background)
        else:
            image = ImageOps.contain(image, (w, h), Image.Resampling.LANCZOS)
    return image.convert("RGB") if pillow_format == "JPEG" else image
