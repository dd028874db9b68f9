"""Listing params shared by every list operation: page, pagesize, date bounds, keywords, sort."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import TransloaditError
from ..integers import parse_natural, shown
from .assemblies.status import parse_list_date

MAX_PAGESIZE = 5000


@dataclass(frozen=True)
class Page:
    """The common part of a listing request, validated."""

    page: int
    pagesize: int
    from_ts: float | None
    to_ts: float | None
    keywords: tuple[str, ...]


def int_param(params: Mapping[str, Any], name: str, default: int, lo: int, hi: int, code: str) -> int:
    """An integer param in ``[lo, hi]`` (digit strings accepted, as query strings carry them)."""
    value = params.get(name, default)
    number = parse_natural(value) if isinstance(value, str) else value
    if isinstance(number, bool) or not isinstance(number, int) or not lo <= number <= hi:
        given = shown(value) if isinstance(value, str) else repr(value)
        raise TransloaditError(code, f"{name} must be an integer from {lo} to {hi}, got {given}.")
    return number


def choice_param(params: Mapping[str, Any], name: str, default: str, allowed: tuple[str, ...], code: str) -> str:
    """A param that must be one of ``allowed``."""
    value = params.get(name, default)
    if value not in allowed:
        raise TransloaditError(code, f"{name} must be one of {', '.join(allowed)}, got {value!r}.")
    return str(value)


def read_page(params: Mapping[str, Any], code: str, default_pagesize: int = 50) -> Page:
    """``page``, ``pagesize`` (1–5000), ``fromdate`` / ``todate`` (``Y-m-d H:i:s`` or ISO 8601, see
    :func:`parse_list_date`) and ``keywords``."""
    page = int_param(params, "page", 1, 1, 10**9, code)
    pagesize = int_param(params, "pagesize", default_pagesize, 1, MAX_PAGESIZE, code)
    bounds: dict[str, float | None] = {}
    for name in ("fromdate", "todate"):
        value = params.get(name)
        if value in (None, ""):
            bounds[name] = None
            continue
        try:
            bounds[name] = parse_list_date(str(value))
        except ValueError:
            raise TransloaditError(code, f"{name} must be a date as Y-m-d H:i:s or ISO 8601, got {value!r}.") from None
    keywords = params.get("keywords", [])
    if isinstance(keywords, str):
        keywords = [keywords]
    if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
        raise TransloaditError(code, "keywords must be a string or a list of strings.")
    return Page(page, pagesize, bounds["fromdate"], bounds["todate"], tuple(k for k in keywords if k))
