"""``/document/merge``: the pages of every input PDF in one PDF (qpdf through pikepdf).

Order: inputs with ``as: "document_N"`` by N, else by file name (``sort_by: basename``, the
default) or as they came (``import_order``, and ``auto``: every file here has that order).
``input_passwords`` open encrypted inputs in that order; ``output_password`` encrypts the result
(AES-256). Images are put on pages of their own (Pillow); other inputs answer
``DOCUMENT_MERGE_UNSUPPORTED_CONVERSION``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import RobotError
from ..media.pdf_tools import PdfPasswordError, PdfToolError, images_to_pdf, merge
from .base import InputFile, OutputFile, Robot, RobotContext, undecodable
from .support.grouping import ordered_by_index, use_entries
from .support.names import basename


class DocumentMerge(Robot):
    """Concatenates the pages of all input documents."""

    name = "/document/merge"
    accepts = frozenset({"document", "image"})
    job_slots = 2

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """One merged PDF of all files."""
        ordered = _ordered(params, files)
        if not ordered:
            return []
        passwords = [str(p) for p in params.get("input_passwords") or []]
        sources = []
        for index, file in enumerate(ordered):
            password = passwords[index] if index < len(passwords) else ""
            if file.record.get("mime") == "application/pdf":
                sources.append((file.path, password))
            elif file.record.get("type") == "image":
                page = ctx.scratch_dir / f"page-{index}.pdf"
                try:
                    images_to_pdf([file.path], page)
                except (OSError, ValueError):
                    raise undecodable(file) from None
                sources.append((page, ""))
            else:
                raise RobotError(
                    "DOCUMENT_MERGE_UNSUPPORTED_CONVERSION",
                    f"{file.record.get('name')!r} is no PDF or image; /document/merge merges PDFs.",
                )
        out = ctx.scratch_dir / "merged.pdf"
        try:
            count = merge(sources, out, output_password=params.get("output_password") or None)
        except PdfPasswordError as exc:
            raise RobotError("DOCUMENT_MERGE_VALIDATION", f"An input is encrypted: {exc}.") from None
        except PdfToolError as exc:
            raise RobotError("DOCUMENT_MERGE_VALIDATION", f"An input cannot be read as a PDF: {exc}") from None
        return [OutputFile(out, out.name, ordered[0], meta={"page_count": count})]


def _ordered(params: Mapping[str, Any], files: Sequence[InputFile]) -> list[InputFile]:
    if any(entry.index is not None for entry in use_entries(params.get("use"))):
        return ordered_by_index(params, files)
    if params.get("sort_by") in ("import_order", "auto"):  # auto: every file here has an import order
        return list(files)
    return sorted(files, key=lambda f: basename(str(f.record.get("name") or "")))
