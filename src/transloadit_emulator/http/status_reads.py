"""The hot path: ``GET /assemblies/{id}``, what every SDK and Uppy poll, answered before routing.

A status read is one call into the service (``get_assembly``, which answers from the board's
cached bytes); the rest of the stack (exception middleware, the router trying each route,
building a ``Request``) costs more than that call. Here the path is matched once and the answer
sent as raw ASGI messages. Errors render through the one renderer; a signed read needs the
``assemblies:read`` scope of its Auth Key, as on the full path; requests with a bearer token and
everything else go on to the app.
"""

from __future__ import annotations

import re

from starlette.types import ASGIApp, Receive, Scope, Send

from ..core.assemblies.model import SignedRequest
from ..errors import TransloaditError
from .forms import params_and_signature
from .render import error_response

_STATUS_PATH = re.compile(r"^/assemblies/([0-9a-f]{32})$")
_JSON = b"application/json"
#: What an Auth Key must be allowed to read a status (``forms.required_scope`` of this GET).
_READ_SCOPE = "assemblies:read"


class StatusReads:
    """Answers ``GET /assemblies/{id}`` itself; passes every other request to ``app``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer a status read, or hand the request on."""
        match = _STATUS_PATH.match(scope["path"]) if scope["type"] == "http" and scope["method"] == "GET" else None
        service = getattr(scope["app"].state, "assemblies", None) if match else None
        if match is None or service is None:
            await self.app(scope, receive, send)
            return
        referer = None
        for name, value in scope["headers"]:
            if name == b"authorization":
                await self.app(scope, receive, send)
                return
            if name == b"referer":
                referer = value.decode("latin-1")
        query: bytes = scope.get("query_string") or b""
        try:
            params, signature = params_and_signature(query) if query else (None, None)
            body = service.get_assembly(match[1], SignedRequest(params, signature, referer, scope=_READ_SCOPE))
        except TransloaditError as exc:
            await error_response(exc)(scope, receive, send)
            return
        headers = [(b"content-length", str(len(body)).encode()), (b"content-type", _JSON)]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})
