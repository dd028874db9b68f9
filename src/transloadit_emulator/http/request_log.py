"""Records every request and the start of its answer into the control plane's request ring.

Outermost, so status reads answered before routing are recorded too. Per request: one wrapped
``send`` that keeps the status, the headers' list (searched only when the ring is listed) and
the first body chunk (sliced only when longer than the ring keeps), then one deque append; the bench (bench/status_get.py, run with
``TRANSLOADIT_EMULATOR_REQUEST_LOG_SIZE=0`` to compare) measures what that costs.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..core.clock import Clock
from ..core.control.requests import BODY_LIMIT, RequestLog

#: Reading the ring is not recorded in it, so a client polling it does not flood it.
_SELF = "/_emulator/requests"


class RequestRecorder:
    """ASGI middleware: one ring entry per HTTP request."""

    def __init__(self, app: ASGIApp, log: RequestLog, clock: Clock) -> None:
        self.app = app
        self.log = log
        self.clock = clock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, noting its answer."""
        if scope["type"] != "http" or scope["path"] == _SELF:
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 0
        headers: Iterable[tuple[bytes, bytes]] = ()
        body = b""

        async def noting(message: Message) -> None:
            nonlocal status, headers, body
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = message.get("headers", ())  # read when the ring is listed
            elif not body:
                chunk = message.get("body", b"")
                body = chunk if len(chunk) <= BODY_LIMIT else chunk[: BODY_LIMIT + 1]
            await send(message)

        try:
            await self.app(scope, receive, noting)
        finally:
            query = scope.get("query_string") or b""
            duration = time.perf_counter() - started
            self.log.add((self.clock.now(), scope["method"], scope["path"], query, status, headers, body, duration))
