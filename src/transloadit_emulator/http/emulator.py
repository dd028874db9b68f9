"""Endpoints of the emulator itself: health, file downloads, the spec."""

from __future__ import annotations

import orjson
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, RedirectResponse, Response, StreamingResponse

from ..core.assemblies.status import VERSION
from ..core.readiness import Readiness
from ..errors import TransloaditError
from ..spec import docs_bytes, spec_bytes
from ..storage.blobs import BlobStore
from .render import json_bytes

_HEALTH = orjson.dumps({"ok": "EMULATOR_READY", "version": VERSION})


async def get_emulator_health(request: Request) -> Response:
    """GET /_emulator/health"""
    return json_bytes(_HEALTH)


async def get_emulator_ready(request: Request) -> Response:
    """GET /_emulator/ready"""
    readiness: Readiness = request.app.state.readiness
    return json_bytes(await run_in_threadpool(readiness.report))


async def download_file(request: Request) -> Response:
    """GET /files/{assembly_id}/{file_id}/{filename}: a local file, a stream from the bucket, or a redirect."""
    blobs: BlobStore = request.app.state.blobs
    p = request.path_params
    found = await run_in_threadpool(blobs.download, p["assembly_id"], p["file_id"], p["filename"])
    if found is None:
        raise TransloaditError("FILE_NOT_FOUND", f"No file at {request.url.path}.")
    if found.redirect_url is not None:
        return RedirectResponse(found.redirect_url, status_code=307)
    if found.path is not None:
        return FileResponse(found.path, media_type="application/octet-stream", filename=found.name)
    headers = {"Content-Disposition": f'attachment; filename="{found.name}"'}
    if found.size is not None:
        headers["Content-Length"] = str(found.size)
    return StreamingResponse(found.chunks or iter(()), media_type="application/octet-stream", headers=headers)


async def get_openapi(request: Request) -> Response:
    """GET /openapi.yaml"""
    return Response(spec_bytes(), media_type="application/yaml")


async def get_docs(request: Request) -> Response:
    """GET /docs"""
    html = docs_bytes()
    if html is None:
        raise TransloaditError(
            "EMULATOR_DOCS_NOT_BUILT",
            "The HTML reference (transloadit_emulator/docs/api.html) is missing: restore it or run `make docs`.",
        )
    return Response(html, media_type="text/html; charset=utf-8")
