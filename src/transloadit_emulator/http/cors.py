"""CORS, so pages on other origins (Uppy in a browser) can create, upload and follow Assemblies."""

from __future__ import annotations

from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

_TUS_HEADERS = [
    "Location",
    "Upload-Offset",
    "Upload-Length",
    "Upload-Defer-Length",
    "Upload-Metadata",
    "Tus-Resumable",
    "Tus-Version",
    "Tus-Extension",
    "Tus-Max-Size",
]


class BrowserCORS:
    """Starlette's CORS handling for requests that carry an ``Origin``; the rest pass straight on.

    A browser sends ``Origin`` on every cross-origin request and preflight, and CORS headers mean
    nothing to other clients, so SDKs, polling scripts and tus clients skip the per-response
    header work (a third of a status read's time in the app).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.cors = CORSMiddleware(
            app,
            allow_origins=["*"],
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"],
            allow_headers=["*"],
            expose_headers=_TUS_HEADERS,
            max_age=86400,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Route the request through CORS when it came from a page."""
        if scope["type"] == "http" and any(name == b"origin" for name, _ in scope["headers"]):
            await self.cors(scope, receive, send)
        else:
            await self.app(scope, receive, send)


def cors_middleware() -> list[Middleware]:
    """Any origin may call the emulator; tus headers are readable by the page."""
    return [Middleware(BrowserCORS)]
