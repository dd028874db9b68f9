"""Rendering responses, and the one place where errors become HTTP responses."""

from __future__ import annotations

import logging

import orjson
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from ..errors import TransloaditError

JSON = "application/json"
logger = logging.getLogger("transloadit_emulator.http")


def json_bytes(body: bytes, status_code: int = 200, headers: dict[str, str] | None = None) -> Response:
    """A JSON response from already-encoded bytes."""
    return Response(body, status_code=status_code, media_type=JSON, headers=headers)


def error_response(exc: TransloaditError) -> Response:
    """The response for a coded error: its body, its HTTP status, its headers."""
    return json_bytes(orjson.dumps(exc.to_body()), exc.http_status, exc.headers or None)


async def on_transloadit_error(request: Request, exc: Exception) -> Response:
    """Exception handler for :class:`TransloaditError`."""
    assert isinstance(exc, TransloaditError)
    return error_response(exc)


async def on_http_error(request: Request, exc: Exception) -> Response:
    """Starlette's routing errors (unknown URL, wrong method) as Transloadit errors."""
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        err = TransloaditError(
            "SERVER_405",
            f"The method {request.method} is not allowed on {request.url.path}.",
            headers=dict(exc.headers or {}),
        )
    else:
        err = TransloaditError(
            "SERVER_404", f"The method or URL is not recognized: {request.method} {request.url.path}."
        )
    return error_response(err)


async def on_unexpected_error(request: Request, exc: Exception) -> Response:
    """Last resort: log the bug, answer SERVER_500 without a traceback."""
    logger.exception("unhandled error on %s %s", request.method, request.url.path)
    return error_response(TransloaditError("SERVER_500", "An internal error occurred; see the emulator log."))
