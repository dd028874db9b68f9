"""The Assembly listing: its params and its items."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson

from ...storage.state import ListQuery
from ..paging import choice_param, read_page
from .model import Assembly
from .status import list_date, status_to_list_date

_CODE = "ASSEMBLY_LIST_ERROR"

_TYPES: dict[str, tuple[str, ...] | None] = {
    "all": None,
    "uploading": ("ASSEMBLY_UPLOADING",),
    "executing": ("ASSEMBLY_EXECUTING", "ASSEMBLY_REPLAYING"),
    "canceled": ("ASSEMBLY_CANCELED",),
    "completed": ("ASSEMBLY_COMPLETED",),
    "failed": ("ERROR",),
    "request_aborted": ("REQUEST_ABORTED",),
}


def list_query(account_key: str, params: Mapping[str, Any]) -> ListQuery:
    """Validate the listing params into a :class:`ListQuery`."""
    page = read_page(params, _CODE)
    kind = choice_param(params, "type", "all", tuple(_TYPES), _CODE)
    return ListQuery(
        account_key=account_key,
        page=page.page,
        pagesize=page.pagesize,
        states=_TYPES[kind],
        from_ts=page.from_ts,
        to_ts=page.to_ts,
        keywords=page.keywords,
    )


def list_item(assembly: Assembly) -> dict[str, Any]:
    """One listing entry, with the fields the official SDKs read."""
    s = assembly.status.document
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
        "execution_start": status_to_list_date(s.get("execution_start")),
        "num_input_files": len(uploads),
        "bytes_usage": s.get("bytes_usage"),
        "bytes_expected": s.get("bytes_expected"),
        "bytes_received": s.get("bytes_received"),
        "upload_duration": s.get("upload_duration"),
        "ok": s.get("ok"),
        "error": s.get("error"),
    }
