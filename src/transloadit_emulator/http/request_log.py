"""Records every request and the start of its answer into the control plane's request ring.

Outermost, so status reads answered before routing are recorded too. Per request: one wrapped
``send`` that notes the status, the content type and the first body chunk (sliced only when
longer than the ring keeps), then one deque append; the bench (bench/status_get.py, run with
``TRANSLOADIT_EMULATOR_REQUEST_LOG_SIZE=0`` to compare) measures what that costs.
"""

from __future__ import annotations

import time

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
        noted: list[object] = [0, b"", b""]

        async def noting(message: Message) -> None:
            if message["type"] == "http.response.start":
                noted[0] = message["status"]
                for name, value in message.get("headers", ()):
                    if name == b"content-type":
                        noted[1] = value
            elif not noted[2]:
                body = message.get("body", b"")
                noted[2] = body if len(body) <= BODY_LIMIT else body[: BODY_LIMIT + 1]
            await send(message)

        try:
            await self.app(scope, receive, noting)
        finally:
            self.log.add(
                (
                    self.clock.now(),
                    scope["method"],
                    scope["path"],
                    scope.get("query_string") or b"",
                    noted[0],  # type: ignore[arg-type]
                    noted[1],
                    noted[2],
                    time.perf_counter() - started,
                )
            )
