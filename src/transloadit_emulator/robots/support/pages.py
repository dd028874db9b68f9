"""Page selections of document robots: ``"5"``, ``"5-10"``, ``"1,3-5"`` or a list of such
entries, read into 1-based page numbers of a document with ``count`` pages."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...integers import parse_natural

_ENTRY = re.compile(r"^\s*([0-9]+)\s*(?:-\s*([0-9]+)\s*)?$")


class PageSelectionError(ValueError):
    """An entry is no page number or range, or selects no page of the document."""


def select(
    entries: str | Sequence[str] | None, count: int, *, clamp: bool = False, limit: int | None = None
) -> list[int]:
    """The pages ``entries`` name, in their order (all pages when None). Ranges past the end are
    cut at ``count`` when ``clamp``; otherwise a page past the end is an error."""
    if entries is None:
        return list(range(1, count + 1))
    parts = entries.split(",") if isinstance(entries, str) else [str(e) for e in entries]
    pages: list[int] = []
    for part in parts:
        match = _ENTRY.match(part)
        first = parse_natural(match.group(1)) if match else None
        last = parse_natural(match.group(2)) if match and match.group(2) else first
        if first is None or last is None or not 1 <= first <= last:
            raise PageSelectionError(f"{part.strip()!r} is not a page number or a range like 2-4")
        if last > count and not clamp or first > count:
            raise PageSelectionError(f"{part.strip()!r} is past the document's last page ({count})")
        pages.extend(range(first, min(last, count) + 1))
        if limit is not None and len(pages) > limit:
            raise PageSelectionError(f"more than {limit} pages are selected")
    return pages
