"""Building the pieces of an Assembly Status: dates, URLs, file objects, masked params."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import orjson

VERSION = "0.1.0"
BUSY = frozenset({"ASSEMBLY_UPLOADING", "ASSEMBLY_EXECUTING", "ASSEMBLY_REPLAYING"})

MESSAGES = {
    "ASSEMBLY_UPLOADING": "The Assembly is still in the process of being uploaded.",
    "ASSEMBLY_EXECUTING": "The Assembly is currently being executed.",
    "ASSEMBLY_REPLAYING": "The Assembly is being replayed.",
    "ASSEMBLY_CANCELED": "The Assembly was canceled.",
    "ASSEMBLY_COMPLETED": "The Assembly was successfully completed.",
}


def status_date(ts: float) -> str:
    """Transloadit's status date format: ``2020/01/09 12:02:06 GMT``."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y/%m/%d %H:%M:%S GMT")


def list_date(ts: float) -> str:
    """The listing's date format: ``2020-01-09 12:02:06`` (UTC)."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%S")


def parse_list_date(value: str) -> float:
    """Parse a ``Y-m-d H:i:s`` (or ``Y-m-d``) UTC date; ValueError when malformed."""
    text = value.strip()
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=UTC).timestamp()
        except ValueError:
            continue
    raise ValueError(value)


def mask_params(params: Mapping[str, Any]) -> str:
    """The params echoed in the status: compact JSON with the Auth Key (and any secret) masked."""
    masked = dict(params)
    auth = masked.get("auth")
    if isinstance(auth, dict):
        auth = dict(auth)
        for secret_key in ("key", "secret"):
            if secret_key in auth:
                auth[secret_key] = "****"
        masked["auth"] = auth
    return orjson.dumps(masked).decode()


def split_name(name: str) -> tuple[str, str]:
    """``"photo.jpg"`` -> (``"photo"``, ``"jpg"``); no extension -> (name, "")."""
    base, dot, ext = name.rpartition(".")
    if not dot or not base:
        return name, ""
    return base, ext.lower()


def file_record(
    *,
    file_id: str,
    name: str,
    field: str | None,
    size: int,
    md5hash: str,
    mime: str,
    type_: str | None,
    meta: dict[str, Any],
    url: str,
    original: Mapping[str, Any] | None = None,
    user_meta: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """A file object as ``uploads[]`` and ``results[step][]`` show it.

    ``original`` is the upload a result derives from; None for an upload itself.
    """
    basename, ext = split_name(name)
    record: dict[str, Any] = {
        "id": file_id,
        "name": name,
        "basename": basename,
        "ext": ext,
        "size": size,
        "mime": mime,
        "type": type_,
        "field": field,
        "md5hash": md5hash,
        "original_id": original["original_id"] if original else file_id,
        "original_basename": original["original_basename"] if original else basename,
        "original_name": original["original_name"] if original else name,
        "original_path": "/",
        "original_md5hash": original["original_md5hash"] if original else md5hash,
        "from_batch_import": False,
        "is_tus_file": False,
        "tus_upload_url": None,
        "url": url,
        "ssl_url": url,
        "meta": meta,
        "user_meta": dict(user_meta or (original.get("user_meta", {}) if original else {})),
    }
    return record


#: An Assembly id: 32 lowercase hexadecimal characters.
ASSEMBLY_ID = re.compile(r"^[0-9a-f]{32}$")


#: The timing and flags of a new status.
EMPTY_PROGRESS: dict[str, Any] = {
    "upload_duration": 0.0,
    "execution_start": None,
    "execution_duration": None,
    "queue_duration": 0.0,
    "jobs_queue_duration": 0.0,
    "last_job_completed": None,
    "upload_meta_data_extracted": True,
    "is_infinite": False,
    "has_dupe_jobs": False,
}
#: The ``notify_*`` fields before any Notification.
NO_NOTIFICATION: dict[str, Any] = {
    "notify_start": None,
    "notify_status": None,
    "notify_response_code": None,
    "notify_response_data": None,
    "notify_duration": None,
    "notify_error": None,
}


def service_urls(base_url: str, assembly_id: str) -> dict[str, str]:
    """The URLs a status names: the Assembly's own, and where to upload and follow it."""
    url = f"{base_url}/assemblies/{assembly_id}"
    return {
        "assembly_url": url,
        "assembly_ssl_url": url,
        "companion_url": f"{base_url}/companion/",
        "uppyserver_url": f"{base_url}/companion/",
        "tus_url": f"{base_url}/resumable/files/",
        "websocket_url": f"{base_url}/ws",
        "update_stream_url": f"{base_url}/ws?assembly={assembly_id}",
    }
