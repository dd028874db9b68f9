"""The reference for bench/startup.py: a bare Starlette app answering GET /_emulator/health."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


async def health(request: Request) -> Response:
    """A fixed JSON answer, as the emulator's health check gives."""
    return Response(b'{"ok":"EMULATOR_HEALTHY"}', media_type="application/json")


app = Starlette(routes=[Route("/_emulator/health", health)])
