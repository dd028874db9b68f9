"""``GET /``: the API root, as the real API answers it (no authentication); browsers go to the dashboard."""

from __future__ import annotations

from urllib.parse import urlsplit

import orjson
from starlette.requests import Request
from starlette.responses import Response

from .dashboard import dashboard_redirect, wants_html
from .render import json_bytes


async def get_server_root(request: Request) -> Response:
    """GET /"""
    if wants_html(request):  # a browser: the dashboard; API clients keep the JSON root document
        return dashboard_redirect()
    # The real API answers 200 whether or not the request carries params and a signature, so
    # neither is read. The hostname is the one clients reach this emulator at.
    hostname = urlsplit(request.app.state.settings.base_url).hostname or ""
    return json_bytes(orjson.dumps({"ok": "SERVER_ROOT", "hostname": hostname}))
