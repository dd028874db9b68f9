"""The Assembly listing: its params and its items."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson

from ...storage.state import ListQuery
from ..errors import TransloaditError
from .model import Assembly
from .status import list_date, parse_list_date

MAX_PAGESIZE = 5000

_TYPES: dict[str, tuple[str, ...] | None] = {
    "all": None,
    "uploading": ("ASSEMBLY_UPLOADING",),
    "executing": ("ASSEMBLY_EXECUTING", "ASSEMBLY_REPLAYING"),
    "canceled": ("ASSEMBLY_CANCELED",),
    "completed": ("ASSEMBLY_COMPLETED",),
    "failed": ("ERROR",),
    "request_aborted": ("REQUEST_ABORTED",),
}


def _list_error(message: str) -> TransloaditError:
    return TransloaditError("ASSEMBLY_LIST_ERROR", message)


def _int_param(params: Mapping[str, Any], name: str, default: int, lo: int, hi: int) -> int:
    value = params.get(name, default)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise _list_error(f"{name} must be an integer from {lo} to {hi}, got {value!r}.")
    return value


def list_query(account_key: str, params: Mapping[str, Any]) -> ListQuery:
    """Validate the listing params into a :class:`ListQuery`."""
    page = _int_param(params, "page", 1, 1, 10**9)
    pagesize = _int_param(params, "pagesize", 50, 1, MAX_PAGESIZE)
    kind = params.get("type", "all")
    if kind not in _TYPES:
        raise _list_error(f"type must be one of {', '.join(_TYPES)}, got {kind!r}.")
    bounds: dict[str, float | None] = {}
    for name in ("fromdate", "todate"):
        value = params.get(name)
        if value in (None, ""):
            bounds[name] = None
            continue
        try:
            bounds[name] = parse_list_date(str(value))
        except ValueError:
            raise _list_error(f"{name} must use the format Y-m-d H:i:s, got {value!r}.") from None
    keywords = params.get("keywords", [])
    if isinstance(keywords, str):
        keywords = [keywords]
    if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
        raise _list_error("keywords must be a string or a list of strings.")
    return ListQuery(
        account_key=account_key,
        page=page,
        pagesize=pagesize,
        states=_TYPES[str(kind)],
        from_ts=bounds["fromdate"],
        to_ts=bounds["todate"],
        keywords=tuple(k for k in keywords if k),
    )


def list_item(assembly: Assembly) -> dict[str, Any]:
    """One listing entry, with the fields the official SDKs read."""
    s = assembly.status
    uploads = s.get("uploads", [])
    return {
        "id": assembly.id,
        "created": list_date(assembly.created_ts),
        "created_ts": int(assembly.created_ts),
        "parent_id": s.get("parent_id"),
        "account_id": s.get("account_id"),
        "template_id": s.get("template_id"),
        "instance": s.get("instance"),
        "region": s.get("region"),
        "notify_url": s.get("notify_url"),
        "redirect_url": None,
        "files": orjson.dumps([u.get("name") for u in uploads]).decode(),
        "warning_count": len(s.get("warnings", [])),
        "execution_duration": s.get("execution_duration"),
        "execution_start": s.get("execution_start"),
        "num_input_files": len(uploads),
        "bytes_usage": s.get("bytes_usage"),
        "bytes_expected": s.get("bytes_expected"),
        "bytes_received": s.get("bytes_received"),
        "upload_duration": s.get("upload_duration"),
        "ok": s.get("ok"),
        "error": s.get("error"),
    }
