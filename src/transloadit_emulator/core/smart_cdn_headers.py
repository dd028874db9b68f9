"""The headers ``/file/serve`` sends with a file: the vendor's defaults, ``cache_duration``,
``download_name`` and the Step's own ``headers`` (with Assembly Variables) merged over them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..variables import file_scope, interpolate, to_text

#: Browsers keep a served file 72 h, CDNs 24 h, unless ``cache_duration`` says otherwise.
DEFAULT_CACHE_CONTROL = "public, max-age=259200, s-maxage=86400"

#: The vendor's default headers of ``/file/serve`` (its schema's ``headers`` default).
DEFAULT_HEADERS: dict[str, str] = {
    "Access-Control-Allow-Headers": (
        "X-Requested-With, Content-Type, Cache-Control, Accept, Content-Length, Transloadit-Client, "
        "Authorization, Range, If-Range"
    ),
    "Access-Control-Allow-Methods": "POST, GET, PUT, DELETE, OPTIONS",
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "Transloadit-Assembly-URL, Content-Range, Content-Length, Accept-Ranges",
    "Cache-Control": DEFAULT_CACHE_CONTROL,
    "Content-Type": "${file.mime}; charset=utf-8",
    "Accept-Ranges": "bytes",
}

_S_MAXAGE = re.compile(r"s-maxage=(\d{1,10})")
_MAX_AGE = re.compile(r"(?<![-\w])max-age=(\d{1,10})")


def served_headers(step: Mapping[str, Any], record: Mapping[str, Any], status: Mapping[str, Any]) -> dict[str, str]:
    """The headers to serve ``record`` (a result file) with, for the ``/file/serve`` ``step``."""
    headers = dict(DEFAULT_HEADERS)
    duration = step.get("cache_duration")
    if isinstance(duration, int) and not isinstance(duration, bool):
        headers["Cache-Control"] = f"public, max-age={duration}, s-maxage={duration}"
    own = step.get("headers")
    if isinstance(own, Mapping):
        headers.update({str(k): to_text(v) for k, v in own.items()})
    scope = {
        "file": file_scope(record),
        "fields": status.get("fields") or {},
        "assembly": {"id": status.get("assembly_id")},
    }
    out = {k: _clean(to_text(interpolate(v, scope))) for k, v in headers.items()}
    out["Transloadit-Assembly"] = str(status.get("assembly_id") or "")
    out["Transloadit-Assembly-URL"] = str(status.get("assembly_ssl_url") or status.get("assembly_url") or "")
    name = step.get("download_name")
    if isinstance(name, str) and name:
        out["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name)}"
    return out


def shared_max_age(headers: Mapping[str, str]) -> int:
    """How long a CDN keeps the file: ``s-maxage``, else ``max-age``, of its Cache-Control (0: not at all)."""
    control = headers.get("Cache-Control", "")
    if "no-store" in control or "private" in control:
        return 0
    match = _S_MAXAGE.search(control) or _MAX_AGE.search(control)
    return int(match.group(1)) if match else 0


def _clean(value: str) -> str:
    """No control characters in a header value (a Variable may hold anything)."""
    return "".join(c for c in value if c >= " " and c != "\x7f")
