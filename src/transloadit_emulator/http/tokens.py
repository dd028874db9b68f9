"""``POST /token``: parse HTTP Basic and the form, call the token service, render."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from ..core.tokens import TokenService
from .forms import read_form_fields
from .render import json_bytes


async def create_token(request: Request) -> Response:
    """POST /token"""
    service: TokenService = request.app.state.tokens
    form = await read_form_fields(request, ("grant_type", "scope"))
    body = await run_in_threadpool(
        service.create_token, request.headers.get("authorization"), form["grant_type"], form["scope"]
    )
    return json_bytes(body, headers={"Cache-Control": "no-store"})
