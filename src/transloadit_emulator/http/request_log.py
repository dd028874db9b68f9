"""Records every request and the start of its answer into the control plane's request ring.

Outermost, so status reads answered before routing are recorded too. Per request: one wrapped
``send`` that notes the status, the content type and a reference to the first body chunk (cut
only when it is large), then one deque append of a tuple of strings, bytes and numbers (which the
garbage collector stops tracking). What it costs a status read is measured by bench/status_get.py
(CPU per request against an emulator started with ``TRANSLOADIT_EMULATOR_REQUEST_LOG_SIZE=0``,
which leaves the middleware out): about 2 us per read in process (the minimum over many batches);
over a socket, where a read costs 30 to 40 us of CPU, runs on a loaded machine differ by more.
"""

from __future__ import annotations

import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..core.clock import Clock
from ..core.control.requests import BODY_LIMIT, RequestLog

#: Bodies up to this size are kept whole (by reference): 200 of them are at most 3.2 MiB.
_KEEP = 16 * 1024
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
        content_type = b""
        body = b""

        async def noting(message: Message) -> None:
            nonlocal status, content_type, body
            if message["type"] == "http.response.start":
                status = message["status"]
                for name, value in message.get("headers", ()):
                    if name == b"content-type":
                        content_type = value
            elif not body:
                chunk = message.get("body", b"")
                # A reference, no copy; only a large chunk (a download's) is cut, to bound the ring's memory.
                body = chunk if len(chunk) <= _KEEP else chunk[: BODY_LIMIT + 1]
            await send(message)

        try:
            await self.app(scope, receive, noting)
        finally:
            query = scope.get("query_string") or b""
            duration = time.perf_counter() - started
            self.log.add(
                (self.clock.now(), scope["method"], scope["path"], query, status, content_type, body, duration)
            )
