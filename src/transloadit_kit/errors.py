"""Exceptions raised by :class:`transloadit_kit.Transloadit`."""

from __future__ import annotations

from typing import Any

import httpx
from transloadit_client.types import Response


class TransloaditApiError(Exception):
    """The API answered with an error code."""

    def __init__(self, code: str, message: str, http_status: int, body: dict[str, Any]) -> None:
        super().__init__(f"{code} (HTTP {http_status}): {message}")
        self.code = code
        self.message = message
        self.http_status = http_status
        self.body = body

    @property
    def retry_in(self) -> float | None:
        """Seconds the API asked to wait before retrying (``info.retryIn``), if any."""
        info = self.body.get("info")
        if isinstance(info, dict) and isinstance(info.get("retryIn"), int | float):
            return float(info["retryIn"])
        return None


class AssemblyTimeoutError(TimeoutError):
    """An Assembly did not finish within the time allowed for waiting."""

    def __init__(self, assembly_id: str, last_ok: str | None) -> None:
        super().__init__(f"Assembly {assembly_id} still {last_ok} when the wait timed out")
        self.assembly_id = assembly_id
        self.last_ok = last_ok


def api_error(response: Response[Any]) -> TransloaditApiError:
    """A :class:`TransloaditApiError` from an error answer (parsed or not)."""
    try:
        body = httpx.Response(response.status_code, content=response.content).json()
    except ValueError:
        body = {}
    if not isinstance(body, dict):
        body = {}
    code = str(body.get("error") or f"HTTP_{int(response.status_code)}")
    message = str(body.get("message") or response.content[:200].decode("utf-8", "replace"))
    return TransloaditApiError(code, message, int(response.status_code), body)
