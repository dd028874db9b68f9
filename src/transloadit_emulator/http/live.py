"""The live status stream (Server-Sent Events) at ``websocket_url?assembly=ID``."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from ..core.assemblies.events import Event
from ..core.assemblies.service import AssemblyService
from ..errors import TransloaditError

#: Lets EventSource fire ``open`` at once, so Uppy stops polling.
_CONNECTED = b": connected\n\n"


def _frame(event: Event) -> bytes:
    """One SSE frame: plain messages carry their text, named events JSON."""
    if event.name is None:
        return f"data: {event.data}\n\n".encode()
    return b"event: " + event.name.encode() + b"\ndata: " + orjson.dumps(event.data) + b"\n\n"


async def _until_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def _next(batches: AsyncGenerator[list[Event], None]) -> list[Event] | None:
    return await anext(batches, None)


class EventStream(Response):
    """Server-Sent Events: one chunk, so one socket write, per batch of events (the events of
    one change), until the last batch or until the client goes away.

    Plain asyncio: Starlette's StreamingResponse runs an anyio task group per response and
    formats the task's repr when it cancels it, which cost more than the events themselves.
    """

    media_type = "text/event-stream"

    def __init__(self, batches: AsyncGenerator[list[Event], None]) -> None:
        # No body attribute: init_headers then sets no Content-Length (as for StreamingResponse).
        self.status_code = 200
        self.background = None
        self.init_headers({"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
        self.batches = batches

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Send the catch-up batch with the opening comment, then each batch as it comes."""
        gone = asyncio.ensure_future(_until_disconnect(receive))
        try:
            await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
            batch: list[Event] | None = await anext(self.batches, None)  # the catch-up: at once
            chunk = _CONNECTED
            while batch is not None:
                chunk += b"".join(_frame(event) for event in batch)
                if batch and batch[-1].final:  # the stream ends with it: one write for both
                    await send({"type": "http.response.body", "body": chunk, "more_body": False})
                    return
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
                pending = asyncio.ensure_future(_next(self.batches))
                await asyncio.wait((pending, gone), return_when=asyncio.FIRST_COMPLETED)
                if not pending.done():  # the client went away: stop following
                    pending.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await pending
                    return
                batch, chunk = pending.result(), b""
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            gone.cancel()
            await self.batches.aclose()


async def stream_assembly_events(request: Request) -> Response:
    """GET /ws?assembly=ID"""
    service: AssemblyService = request.app.state.assemblies
    assembly_id = request.query_params.get("assembly", "")
    if not assembly_id:
        raise TransloaditError("ASSEMBLY_NOT_FOUND", "Name the Assembly to follow: /ws?assembly=ID.")
    # ASSEMBLY_NOT_FOUND before any byte is sent
    return EventStream(service.stream_assembly_events(assembly_id))
