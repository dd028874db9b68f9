"""``/document/extract``: the selectable text (PDFium) and the embedded raster images (qpdf) of
PDFs. ``text_method`` ``ocr`` reads the pages with Tesseract instead, ``auto`` falls back to it
when a page has no text (``ocr_provider`` has no local meaning). Text as one file for the
selection or one per page (``text_granularity``), plain or JSON (``{"pages": [{"page", "text"}],
"text"}``); images filtered by size, deduplicated, in their own or the asked format."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..media.ocr import OcrError, recognize
from ..media.pdf import PdfError, open_pdf, page_text, render_page
from ..media.pdf_tools import PdfToolError, embedded_images, write_image
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.names import basename, own_dir, stem
from .support.pages import PageSelectionError, select

_CODE = "DOCUMENT_EXTRACT_VALIDATION"


class DocumentExtract(PerFileRobot):
    """Text and images out of each PDF."""

    name = "/document/extract"
    accepts = frozenset({"document"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The text files and images of one PDF."""
        name = basename(str(file.record.get("name") or "document.pdf"))
        if file.record.get("mime") != "application/pdf":
            raise RobotError(_CODE, f"{name!r} is not a PDF; /document/extract takes PDFs.")
        targets = params.get("extract") or ["text", "images"]
        targets = [targets] if isinstance(targets, str) else list(targets)
        password = str(params.get("password") or "")
        try:
            document = open_pdf(file.path, password)
        except PdfError as exc:
            raise RobotError(_CODE, f"{name!r} cannot be read as a PDF: {exc}") from None
        try:
            pages = select(params.get("page_range"), len(document), clamp=True, limit=1000)
            texts = _texts(ctx, params, document, pages) if "text" in targets else []
        except PageSelectionError as exc:
            raise RobotError(_CODE, f"page_range: {exc}.") from None
        finally:
            document.close()
        outputs = _text_files(ctx, params, file, stem(name), texts) if "text" in targets else []
        if "images" in targets:
            outputs.extend(_images(ctx, params, file, stem(name), pages, password))
        return outputs


def _texts(ctx: RobotContext, params: Mapping[str, Any], document: Any, pages: list[int]) -> list[tuple[int, str]]:
    method = str(params.get("text_method") or "native")
    texts = []
    for number in pages:
        text = page_text(document, number) if method != "ocr" else ""
        if method == "ocr" or (method == "auto" and not text.strip()):
            image = ctx.scratch_dir / f"extract-ocr-{number}.png"
            render_page(document, number, scale=300 / 72).convert("RGB").save(image)
            try:
                text = "\n".join(line.text for line in recognize(image))
            except OcrError as exc:
                raise RobotError("INTERNAL_COMMAND_ERROR", f"Tesseract failed: {exc}") from None
        texts.append((number, text))
    return texts


def _text_files(
    ctx: RobotContext, params: Mapping[str, Any], file: InputFile, base: str, texts: list[tuple[int, str]]
) -> list[OutputFile]:
    as_json = params.get("text_format") == "json"
    groups = [[t] for t in texts] if params.get("text_granularity") == "page" else [texts]
    outputs, where = [], own_dir(ctx.scratch_dir)
    for group in groups:
        suffix = f"_page_{group[0][0]}" if len(groups) > 1 or params.get("text_granularity") == "page" else ""
        out = where / f"{base}{suffix}.{'json' if as_json else 'txt'}"
        joined = "\n\n".join(text for _n, text in group)
        if as_json:
            body = {"pages": [{"page": n, "text": text} for n, text in group], "text": joined}
            out.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
        else:
            out.write_text(joined, encoding="utf-8")
        meta = {"pages": [n for n, _t in group], "extracted": "text"}
        outputs.append(OutputFile(out, out.name, file, meta=meta))
    return outputs


def _images(
    ctx: RobotContext, params: Mapping[str, Any], file: InputFile, base: str, pages: list[int], password: str
) -> list[OutputFile]:
    seen: set[str] = set()
    outputs, where = [], own_dir(ctx.scratch_dir)
    min_w, min_h = int(params.get("min_image_width") or 0), int(params.get("min_image_height") or 0)
    min_bytes = int(params.get("min_image_bytes") or 0)
    try:
        for index, found in enumerate(
            embedded_images(file.path, pages, password=password, masks=bool(params.get("include_image_masks")))
        ):
            if found.image.width < min_w or found.image.height < min_h:
                continue
            path = write_image(
                found.image,
                where / f"{base}_page_{found.page}_image_{index + 1}",
                str(params.get("image_format") or "auto"),
            )
            digest = hashlib.md5(path.read_bytes()).hexdigest()
            if path.stat().st_size < min_bytes or (params.get("dedupe_images", True) and digest in seen):
                path.unlink()
                continue
            seen.add(digest)
            meta = {"page": found.page, "extracted": "image", "is_mask": found.is_mask}
            outputs.append(OutputFile(path, path.name, file, meta=meta))
    except PdfToolError as exc:
        raise RobotError(_CODE, f"{file.record.get('name')!r}: {exc}") from None
    return outputs
