"""``/document/convert``: documents into another ``format``, each by a local route:

- office documents (Word, Excel, PowerPoint, OpenDocument, RTF, text, CSV, HTML into office
  formats) through one warm LibreOffice (``media/office.py``), into PDF and the office formats
  of the same family;
- HTML and Markdown (``markdown_format``, ``markdown_theme``) into PDF through Chromium, with
  the ``pdf_*`` params; Markdown into HTML; SVG into PDF;
- images into PDF and other image formats (Pillow), PDF into images (PDFium, one per page);
- SubRip and WebVTT subtitles into each other.

Any other pair answers ``DOCUMENT_CONVERT_UNSUPPORTED_CONVERSION``, as the vendor's does.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import RobotError
from ..media import markup
from ..media.chromium import BrowserError, PageJob, browser
from ..media.office import FILTERS, OfficeError, UnsupportedConversion, converter
from ..media.pdf import PdfError, open_pdf, render_page
from ..media.pdf_tools import PdfToolError, images_to_pdf
from .base import InputFile, OutputFile, PerFileRobot, RobotContext, undecodable
from .support.names import basename, extension, own_dir, stem
from .support.web_pages import browser_failure, host_guard

OFFICE = frozenset(
    {
        "doc",
        "docx",
        "odt",
        "ott",
        "rtf",
        "txt",
        "xls",
        "xlsx",
        "ods",
        "csv",
        "xla",
        "ppt",
        "pptx",
        "odp",
        "pps",
        "pot",
        "ppz",
        "html",
        "xhtml",
        "xml",
    }
)
IMAGES = {"jpg": "JPEG", "png": "PNG", "gif": "GIF", "bmp": "BMP", "tiff": "TIFF", "webp": "WEBP"}
_ALIASES = {"jpeg": "jpg", "text": "txt", "htm": "html", "tif": "tiff", "markdown": "md"}
_UNSUPPORTED = "DOCUMENT_CONVERT_UNSUPPORTED_CONVERSION"


class DocumentConvert(PerFileRobot):
    """Converts each file to ``format``."""

    name = "/document/convert"
    accepts = None  # HTML, Markdown, text and subtitles have no file type of their own
    job_slots = 2

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The converted file (one per page for PDF to images)."""
        name = basename(str(file.record.get("name") or "file"))
        source = _normalised(extension(file.record) or _from_mime(file.record))
        target = _normalised(str(params.get("format") or "pdf"))
        where = own_dir(ctx.scratch_dir)  # two inputs of one name must not overwrite each other's result
        out = where / f"{stem(name)}.{target}"
        if out.name == name:
            out = where / f"{stem(name)}.converted.{target}"
        if source == "pdf" and target in IMAGES:
            return _pdf_to_images(where, file, stem(name), target)
        if source == target:
            shutil.copyfile(file.path, out)
        elif source in ("srt", "vtt") and target in ("srt", "vtt"):
            text = file.path.read_text(encoding="utf-8", errors="replace")
            try:
                out.write_text(
                    markup.srt_to_vtt(text) if target == "vtt" else markup.vtt_to_srt(text), encoding="utf-8"
                )
            except ValueError as exc:
                raise undecodable(file, str(exc)) from None
        elif source in IMAGES and (target == "pdf" or target in IMAGES):
            _image(file, out, target)
        elif source in ("md", "html", "xhtml", "svg") and target == "pdf" or source == "md" and target == "html":
            _web(ctx, params, file, source, target, out)
        elif source in OFFICE and target in FILTERS:
            _office(file, out, source, target)
        else:
            raise RobotError(_UNSUPPORTED, f"The emulator cannot convert {source or 'this file'} to {target}.")
        return [OutputFile(out, out.name, file)]


def _normalised(fmt: str) -> str:
    fmt = fmt.lower()
    return _ALIASES.get(fmt, fmt)


def _from_mime(record: Mapping[str, Any]) -> str:
    mime = str(record.get("mime") or "")
    return {
        "application/pdf": "pdf",
        "text/html": "html",
        "text/markdown": "md",
        "image/jpeg": "jpg",
        "image/png": "png",
        "text/plain": "txt",
    }.get(mime, "")


def _office(file: InputFile, out: Path, source: str, target: str) -> None:
    try:
        converter().convert(file.path, out, target)
    except UnsupportedConversion as exc:
        raise RobotError(_UNSUPPORTED, f"The emulator cannot convert {source} to {target}: {exc}.") from None
    except OfficeError as exc:
        raise RobotError(
            "INTERNAL_COMMAND_ERROR", f"LibreOffice could not convert {file.record.get('name')!r}: {exc}"
        ) from None


def _image(file: InputFile, out: Path, target: str) -> None:
    from PIL import Image, UnidentifiedImageError

    try:
        if target == "pdf":
            images_to_pdf([file.path], out)
            return
        with Image.open(file.path) as image:
            frame = image.convert("RGB") if target == "jpg" else image.copy()
            frame.save(out, IMAGES[target])
    except (OSError, ValueError, UnidentifiedImageError, PdfToolError) as exc:
        raise undecodable(file, str(exc)) from None


def _pdf_to_images(where: Path, file: InputFile, base: str, target: str) -> list[OutputFile]:
    outputs = []
    try:
        document = open_pdf(file.path)
        try:
            count = len(document)
            for number in range(1, count + 1):
                out = where / f"{base}_{number}.{target}"
                image = render_page(document, number, scale=2.0)
                (image.convert("RGB") if target == "jpg" else image).save(out, IMAGES[target])
                outputs.append(OutputFile(out, out.name, file, meta={"page_number": number, "page_count": count}))
        finally:
            document.close()
    except PdfError as exc:
        raise undecodable(file, str(exc)) from None
    return outputs


def _web(ctx: RobotContext, params: Mapping[str, Any], file: InputFile, source: str, target: str, out: Path) -> None:
    page = out.parent / f"{out.stem}.source.{'html' if source == 'md' else source}"
    if source == "md":
        text = file.path.read_text(encoding="utf-8", errors="replace")
        page.write_text(
            markup.markdown_to_html(
                text,
                variant=str(params.get("markdown_format") or "gfm"),
                theme=str(params.get("markdown_theme") or "github"),
                title=stem(out.name),
            ),
            encoding="utf-8",
        )
        if target == "html":
            shutil.move(page, out)
            return
    else:
        shutil.copyfile(file.path, page)
    try:
        options = _print_options(params)
    except ValueError as exc:
        raise RobotError("DOCUMENT_CONVERT_VALIDATION", str(exc)) from None
    try:
        out.write_bytes(browser().pdf(PageJob(page.as_uri(), host_allowed=host_guard(ctx)), options))
    except BrowserError as exc:
        raise browser_failure(exc) from None


def _print_options(params: Mapping[str, Any]) -> dict[str, Any]:
    width, height = markup.PAPER[str(params.get("pdf_format") or "Letter")]
    options: dict[str, Any] = {
        "paperWidth": width,
        "paperHeight": height,
        "printBackground": bool(params.get("pdf_print_background", True)),
        "displayHeaderFooter": bool(params.get("pdf_display_header_footer", False)),
        **markup.margins(str(params.get("pdf_margin") or "6.25mm,6.25mm,14.11mm,6.25mm")),
    }
    if params.get("pdf_header_template") is not None:
        options["headerTemplate"] = str(params["pdf_header_template"])
    if params.get("pdf_footer_template") is not None:
        options["footerTemplate"] = str(params["pdf_footer_template"])
    return options
