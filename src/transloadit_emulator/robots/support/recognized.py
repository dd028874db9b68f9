"""The result shapes of the OCR robots (``/image/ocr``, ``/document/ocr``), from Tesseract's
lines: ``granularity: list`` gives the phrases as strings, ``full`` objects with ``text`` and
``boundingPolygon`` (the corners in pixels; ``page`` added for documents). ``format: json``
writes them to a JSON file, ``text`` the lines to a text file, ``meta`` returns the input with
them in ``meta.recognized_text``."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from ...media.ocr import Line
from ..base import InputFile, OutputFile, RobotContext
from .names import basename, stem


def shaped(lines: Sequence[tuple[int | None, Line]], granularity: str) -> list[Any]:
    """``(page or None, line)`` pairs as the vendor's ``recognized_text`` list."""
    if granularity == "list":
        return [line.text for _page, line in lines]
    items = []
    for page, line in lines:
        item: dict[str, Any] = {"text": line.text, "boundingPolygon": line.polygon(), "confidence": line.confidence}
        if page is not None:
            item["page"] = page
        items.append(item)
    return items


def outputs(
    ctx: RobotContext, params: Mapping[str, Any], file: InputFile, lines: Sequence[tuple[int | None, Line]]
) -> list[OutputFile]:
    """The Step's result for one input, as its ``format`` asks."""
    fmt = str(params.get("format") or "json")
    granularity = str(params.get("granularity") or "full")
    name = stem(basename(str(file.record.get("name") or "file")))
    if fmt == "meta":
        return [
            OutputFile(
                file.path,
                str(file.record.get("name") or file.path.name),
                file,
                meta={"recognized_text": shaped(lines, granularity)},
                passthrough=True,
            )
        ]
    if fmt == "text":
        out = ctx.scratch_dir / f"{name}.txt"
        out.write_text("".join(line.text + "\n" for _page, line in lines), encoding="utf-8")
    else:
        out = ctx.scratch_dir / f"{name}.json"
        out.write_text(json.dumps(shaped(lines, granularity), ensure_ascii=False), encoding="utf-8")
    return [OutputFile(out, out.name, file)]
