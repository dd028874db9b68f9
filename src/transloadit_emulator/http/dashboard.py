"""The dashboard: static pages shipped in the package (``transloadit_emulator/dashboard/``), the
browser's redirect from ``/`` and the spec as JSON for the page's Template validation.

The page signs its own API calls with the account's key and secret (WebCrypto), so nothing here
reads credentials. Every answer carries a strict Content-Security-Policy: scripts and styles only
from this origin, no inline code, and no request to any other machine.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from urllib.parse import urlsplit

import orjson
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ..errors import TransloaditError
from ..settings import Settings
from ..spec import load_spec

DASHBOARD_DIR = Path(__file__).resolve().parent.parent / "dashboard"
_ASSET = re.compile(r"^[a-z][a-z0-9_-]{0,40}\.(js|css|svg)$")
_TYPES = {"js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8", "svg": "image/svg+xml"}


@functools.cache
def _asset(name: str) -> bytes | None:
    """A file of the dashboard directory (names are checked first, so no path leaves it)."""
    try:
        return (DASHBOARD_DIR / name).read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        return None


def content_security_policy(settings: Settings) -> str:
    """Only this emulator: its own origin, plus the https origin that result ``ssl_url``\\ s use."""
    origins = {_origin(settings.base_url), _origin(settings.ssl_base_url)} - {""}
    extra = " ".join(sorted(origins))
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; "
        f"img-src 'self' data: blob: {extra}; media-src 'self' {extra}; connect-src 'self' {extra}; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'"
    )


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def _headers(request: Request) -> dict[str, str]:
    return {
        "Content-Security-Policy": content_security_policy(request.app.state.settings),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-cache",
    }


async def get_dashboard(request: Request) -> Response:
    """GET /dashboard"""
    html = _asset("index.html")
    if html is None:
        raise TransloaditError("EMULATOR_DASHBOARD_NOT_FOUND", "The dashboard's files are missing from the package.")
    return Response(html, media_type="text/html; charset=utf-8", headers=_headers(request))


async def get_dashboard_asset(request: Request) -> Response:
    """GET /dashboard/{asset}"""
    name = request.path_params["asset"]
    body = _asset(name) if _ASSET.match(name) else None
    if body is None:
        raise TransloaditError("EMULATOR_DASHBOARD_NOT_FOUND", f"The dashboard has no file {name!r}.")
    return Response(body, media_type=_TYPES[name.rsplit(".", 1)[1]], headers=_headers(request))


def wants_html(request: Request) -> bool:
    """A browser navigating: its Accept names text/html (API clients send */* or JSON)."""
    return "text/html" in request.headers.get("accept", "")


def dashboard_redirect() -> Response:
    """303 to the dashboard, for a browser that opened the API root."""
    return RedirectResponse("/dashboard", status_code=303)


@functools.cache
def _spec_json() -> bytes:
    return orjson.dumps(load_spec())


async def get_openapi_json(request: Request) -> Response:
    """GET /openapi.json"""
    return Response(_spec_json(), media_type="application/json")
