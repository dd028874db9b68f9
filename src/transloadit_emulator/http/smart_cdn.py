"""``GET /_smartcdn/{workspace}/{template}/{input}``: signed Smart CDN URLs (see core/smart_cdn.py).

The path is read raw (still percent-encoded) because the signature covers the bytes the SDK
wrote: ``foo%2Finput`` and ``foo/input`` are different URLs with different signatures.
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from ..core.smart_cdn import PREFIX, SmartCdnService
from ..core.smart_cdn_auth import SmartCdnRequest
from ..errors import TransloaditError


def parse_request(raw_path: str, query: str) -> SmartCdnRequest:
    """Split ``/_smartcdn/{workspace}/{template}/{input...}`` (raw) into a request."""
    parts = raw_path.removeprefix(PREFIX).split("/", 2)
    if len(parts) < 3 or not all(parts):
        raise TransloaditError("FILE_NOT_FOUND", "A Smart CDN URL is /_smartcdn/{workspace}/{template}/{input}.")
    return SmartCdnRequest(workspace=parts[0], template=parts[1], input=parts[2], query=query)


async def serve_smart_cdn(request: Request) -> Response:
    """GET (and HEAD) a signed Smart CDN URL: the served result with the ``/file/serve`` headers."""
    raw_path = request.scope.get("raw_path", request.url.path.encode()).decode("latin-1").split("?", 1)[0]
    cdn = parse_request(raw_path, request.scope.get("query_string", b"").decode("latin-1"))
    service: SmartCdnService = request.app.state.smart_cdn
    delivery = await run_in_threadpool(service.deliver, cdn)
    headers = dict(delivery.headers)
    media_type = headers.pop("Content-Type", None)
    if delivery.body is not None:
        return Response(delivery.body, headers=headers, media_type=media_type)
    return FileResponse(delivery.path, headers=headers, media_type=media_type)
