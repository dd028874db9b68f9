"""Building the pieces of an Assembly Status: dates, URLs, file objects, masked params."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import orjson

from ...media.sniff import extension_for_mime
from ...storage.blobs import Digests
from ..human_forms import human_duration, human_size

VERSION = "0.1.0"
BUSY = frozenset({"ASSEMBLY_UPLOADING", "ASSEMBLY_EXECUTING", "ASSEMBLY_REPLAYING"})

MESSAGES = {
    "ASSEMBLY_UPLOADING": "The Assembly is still in the process of being uploaded.",
    "ASSEMBLY_EXECUTING": "The Assembly is currently being executed.",
    "ASSEMBLY_REPLAYING": "The Assembly is being replayed.",
    "ASSEMBLY_CANCELED": "The Assembly was canceled.",
    "ASSEMBLY_COMPLETED": "The Assembly was successfully completed.",
}


def list_date(ts: float) -> str:
    """The date format of listings (Assembly and Notification list items), RFC 3339 in UTC with
    milliseconds as the live API sends them (``2025-06-01T13:44:31.000Z``): the Go SDK reads list
    items' ``created`` and ``execution_start`` into ``time.Time``."""
    whole = int(ts // 1)
    millis = int(round((ts - whole) * 1000))
    if millis == 1000:
        whole, millis = whole + 1, 0
    return datetime.fromtimestamp(whole, UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{millis:03d}Z"


def status_to_list_date(value: Any) -> str | None:
    """A status date (``2020/01/09 12:02:06 GMT``) in the listing's format; None stays None."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return list_date(parse_list_date(value))
    except ValueError:
        return value


def parse_list_date(value: str) -> float:
    """A list filter's date as a UTC timestamp; ValueError when it is none of the accepted forms.

    The documented ``Y-m-d H:i:s`` and ``Y-m-d`` (UTC), ISO 8601 / RFC 3339 as the SDKs send it
    (JavaScript's ``toISOString()``: ``2026-12-06T18:40:33.571Z``; Go's ``time.Time``: nanoseconds
    and a ``+01:00`` offset), and the status documents' own ``2026/12/06 18:40:33 GMT``. A date
    without a zone is UTC.
    """
    text = value.strip().upper()  # RFC 3339 allows a lowercase "t" and "z"
    if text.endswith(" GMT"):
        text = text[:-4].replace("/", "-")
    if len(text) > 10 and text[10] in "T ":
        text = _trim_fraction(text)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(value) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


def _trim_fraction(text: str) -> str:
    """Cut fractional seconds to microseconds (Go sends nanoseconds), keeping the zone after them."""
    dot = text.find(".", 19)
    if dot == -1:
        return text
    end = dot + 1
    while end < len(text) and text[end].isdigit():
        end += 1
    return text[: min(end, dot + 7)] + text[end:]


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
    digests: Digests,
    mime: str,
    type_: str | None,
    meta: dict[str, Any],
    url: str,
    original: Mapping[str, Any] | None = None,
    user_meta: Mapping[str, Any] | None = None,
    ssl_url: str | None = None,
) -> dict[str, Any]:
    """A file object as ``uploads[]`` and ``results[step][]`` show it.

    ``original`` is the upload a result derives from; None for an upload itself. ``ssl_url`` is
    the file's https URL (on the TLS port); without one it is ``url``.
    """
    basename, ext = split_name(name)
    ext = ext or extension_for_mime(mime)  # a name without one: the detected type's, as the live API
    record: dict[str, Any] = {
        "id": file_id,
        "name": name,
        "basename": basename,
        "ext": ext,
        "size": size,
        "mime": mime,
        "type": type_,
        "field": field,
        "md5hash": digests.md5,
        "sha256": digests.sha256,
        "original_id": original["original_id"] if original else file_id,
        "original_basename": original["original_basename"] if original else basename,
        "original_name": original["original_name"] if original else name,
        "original_path": "/",
        "original_md5hash": original["original_md5hash"] if original else digests.md5,
        "from_batch_import": False,
        "is_tus_file": False,
        "tus_upload_url": None,
        "url": url,
        "ssl_url": ssl_url or url,
        "is_temp_url": False,
        "meta": meta,
        "user_meta": dict(user_meta or (original.get("user_meta", {}) if original else {})),
        "cost": size,  # the emulator bills the bytes of every file, as ``bytes_usage`` counts them
    }
    if original is not None:  # result files also carry their size and media facts at the top level
        record.update(result_facts(size, meta))
    return lift_asset_keys(record)


#: ``meta`` keys the vendor's stored-asset schema also puts at the top level of a file object.
_ASSET_KEYS = ("thumbhash", "has_alpha")


def lift_asset_keys(record: dict[str, Any]) -> dict[str, Any]:
    """Copy ``thumbhash`` and ``has_alpha`` (present when a Step's ``output_meta`` asked for the
    ThumbHash) from ``meta`` to the top level of ``record``, as the vendor's file schema has them."""
    meta = record.get("meta")
    if isinstance(meta, Mapping):
        record.update({key: meta[key] for key in _ASSET_KEYS if meta.get(key) is not None})
    return record


def result_facts(size: int, meta: Mapping[str, Any]) -> dict[str, Any]:
    """The top-level keys only result files have: ``size_human``, and the ``width``, ``height``
    and ``duration`` of their ``meta`` (null where the file has none) with ``duration_human``."""
    duration = _number(meta.get("duration"))
    return {
        "size_human": human_size(size),
        "width": _integer(meta.get("width")),
        "height": _integer(meta.get("height")),
        "duration": duration,
        "duration_human": human_duration(duration),
    }


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _integer(value: Any) -> int | None:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def account_fields(account_key: str, template_name: str | None = None) -> dict[str, Any]:
    """The top-level keys of a status that name who runs it, as the live API sends them:
    ``account_name`` and ``account_slug`` (null: the emulator's accounts have no names),
    ``api_auth_key_id`` (a stable 32-hex id of the Auth Key used), ``template_name`` (the
    Template's name when ``template_id`` was given) and ``usage_tags`` (a string, empty here)."""
    return {
        "account_name": None,
        "account_slug": None,
        "api_auth_key_id": hashlib.sha1(f"auth-key:{account_key}".encode()).hexdigest()[:32],
        "template_name": template_name,
        "usage_tags": "",
    }


def result_fields(queue: str, queue_time: float, exec_time: float) -> dict[str, Any]:
    """What every result file adds to its record: its job's queue and times, spelled as the live
    API spells them (``queue_time``, ``exec_time``), and no tus origin: ``is_tus_file`` and
    ``tus_upload_url`` belong to the upload alone, so an ``:original`` result shows false/null."""
    return {
        "queue": queue,
        "queue_time": queue_time,
        "exec_time": exec_time,
        "is_tus_file": False,
        "tus_upload_url": None,
    }


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


def no_jobs() -> dict[str, list[Any]]:
    """The warning and job lists of a new status (new lists each time: they are filled in place)."""
    return {"warnings": [], "executing_jobs": [], "running_jobs": [], "started_jobs": []}


#: The ``notify_*`` fields before any Notification.
NO_NOTIFICATION: dict[str, Any] = {
    "notify_start": None,
    "notify_status": None,
    "notify_response_code": None,
    "notify_response_data": None,
    "notify_duration": None,
    "notify_error": None,
}


def service_urls(base_url: str, assembly_id: str, ssl_base_url: str = "") -> dict[str, str]:
    """The URLs a status names: the Assembly's own (``assembly_ssl_url`` on the TLS port when
    ``ssl_base_url`` is given), and where to upload and follow it."""
    url = f"{base_url}/assemblies/{assembly_id}"
    return {
        "assembly_url": url,
        "assembly_ssl_url": f"{ssl_base_url or base_url}/assemblies/{assembly_id}",
        "companion_url": f"{base_url}/companion/",
        "uppyserver_url": f"{base_url}/companion/",
        "tus_url": f"{base_url}/resumable/files/",
        "websocket_url": f"{base_url}/ws",
        "update_stream_url": f"{base_url}/ws?assembly={assembly_id}",
    }
