"""Signed calls with rate-limit retries, and the decisions about retrying and finishing (no I/O)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any, TypeVar

from transloadit_client.models import AssemblyStatus

from .core import KitCore
from .effects import Call, Flow, Sleep
from .errors import TransloaditApiError, api_error

T = TypeVar("T")

#: ``ok`` codes of an Assembly that is still running; anything else (or an ``error``) is final.
BUSY_CODES = frozenset({"ASSEMBLY_UPLOADING", "ASSEMBLY_EXECUTING", "ASSEMBLY_REPLAYING"})
RATE_LIMIT_CODES = frozenset({"RATE_LIMIT_REACHED", "ASSEMBLY_STATUS_FETCHING_RATE_LIMIT_REACHED"})


def is_finished(status: AssemblyStatus) -> bool:
    """True once an Assembly completed, was canceled, or failed."""
    error = status.error if isinstance(status.error, str) else None
    if error and error not in RATE_LIMIT_CODES:
        return True
    ok = status.ok if isinstance(status.ok, str) else None
    return ok is not None and ok not in BUSY_CODES


def status_retry_in(status: AssemblyStatus) -> float | None:
    """``info.retryIn`` of a status (the status-fetching rate limit), if any."""
    info = status.info
    if info is None or not hasattr(info, "additional_properties"):
        return None
    value = info.additional_properties.get("retryIn")
    return float(value) if isinstance(value, int | float) else None


def retry_delay(error: TransloaditApiError, attempts: int, max_retries: int) -> float | None:
    """Seconds to wait before trying again after ``attempts`` retries; None to give up with ``error``.

    Only rate limits are retried, after ``info.retryIn`` (one second when the answer names none).
    """
    if error.code not in RATE_LIMIT_CODES or attempts >= max_retries:
        return None
    retry_in = error.retry_in
    return retry_in if retry_in is not None else 1.0


def with_retries(kit: KitCore[Any], expected: type[T], build: Callable[[], Call]) -> Flow[T]:
    """Send ``build()`` (built afresh, so signed afresh, for every attempt) until it answers ``expected``.

    Rate limits are retried (:func:`retry_delay`); any other error answer raises ``TransloaditApiError``.
    """
    attempts = 0
    while True:
        response = yield build()
        if isinstance(response.parsed, expected):
            return response.parsed
        error = api_error(response)
        delay = retry_delay(error, attempts, kit.max_retries)
        if delay is None:
            raise error
        attempts += 1
        yield Sleep(delay)


def signed_read(
    kit: KitCore[Any],
    expected: type[T],
    endpoint: ModuleType,
    *path: str,
    extra: Mapping[str, Any] | None = None,
) -> Flow[T]:
    """A GET or DELETE with ``params`` and ``signature`` in the query (``extra`` in the params)."""
    return (yield from with_retries(kit, expected, lambda: Call(endpoint, path, kit.signed_query(extra))))


def signed_post(kit: KitCore[Any], expected: type[T], endpoint: ModuleType, *path: str, **values: Any) -> Flow[T]:
    """A POST or PUT of a signed urlencoded form whose params carry ``values`` (None left out)."""
    return (yield from with_retries(kit, expected, lambda: Call(endpoint, path, {"body": kit.signed_form(**values)})))
