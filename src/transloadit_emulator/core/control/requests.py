"""The last requests the emulator answered, in a bounded ring (``GET /_emulator/requests``).

The HTTP layer's recorder appends one tuple per request; nothing is formatted until the ring
is read, so recording costs a deque append.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from ..assemblies.status import list_date

#: How much of an answer's body is kept.
BODY_LIMIT = 2048

#: ``(time, method, path, query, status, content_type, body, duration_s)``: atomic values only, so
#: the garbage collector untracks the tuple (see ``http/request_log.py``).
Entry = tuple[float, str, str, bytes, int, bytes, bytes, float]


class RequestLog:
    """A ring of the last ``size`` requests; ``size`` 0 records nothing."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._ring: deque[Entry] = deque(maxlen=max(1, size))

    def add(self, entry: Entry) -> None:
        """Remember one request (the oldest goes when the ring is full)."""
        self._ring.append(entry)

    def clear(self) -> None:
        """Forget every request."""
        self._ring.clear()

    def items(self, limit: int | None = None) -> list[dict[str, Any]]:
        """The requests, newest first, as the control plane lists them."""
        entries = list(self._ring)
        entries.reverse()
        return [_item(e) for e in entries[:limit]]


def _item(entry: Entry) -> dict[str, Any]:
    at, method, path, query, status, content_type, body, duration = entry
    text = body[:BODY_LIMIT].decode("utf-8", "replace")
    return {
        "time": list_date(at),
        "method": method,
        "path": path,
        "query": query.decode("latin-1"),
        "status": status,
        "content_type": content_type.decode("latin-1") or None,
        "body": text,
        "body_truncated": len(body) > BODY_LIMIT,
        "duration": round(duration, 6),
    }
