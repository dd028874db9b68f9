"""The live status stream (Server-Sent Events) at ``websocket_url?assembly=ID``."""

from __future__ import annotations

from collections.abc import AsyncIterator

import orjson
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from ..core.assemblies.events import Event
from ..core.assemblies.service import AssemblyService
from ..errors import TransloaditError


def _frame(event: Event) -> bytes:
    """One SSE frame: plain messages carry their text, named events JSON."""
    if event.name is None:
        return f"data: {event.data}\n\n".encode()
    return b"event: " + event.name.encode() + b"\ndata: " + orjson.dumps(event.data) + b"\n\n"


async def stream_assembly_events(request: Request) -> Response:
    """GET /ws?assembly=ID"""
    service: AssemblyService = request.app.state.assemblies
    assembly_id = request.query_params.get("assembly", "")
    if not assembly_id:
        raise TransloaditError("ASSEMBLY_NOT_FOUND", "Name the Assembly to follow: /ws?assembly=ID.")
    events = service.stream_assembly_events(assembly_id)  # ASSEMBLY_NOT_FOUND before any byte is sent

    async def body() -> AsyncIterator[bytes]:
        try:
            yield b": connected\n\n"  # lets EventSource fire `open` at once, so Uppy stops polling
            async for event in events:
                yield _frame(event)
        finally:
            await events.aclose()

    return StreamingResponse(
        body(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
