"""Endpoints of the emulator itself: health, file downloads, the spec."""

from __future__ import annotations

import orjson
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from ..core.assemblies.status import VERSION
from ..errors import TransloaditError
from ..spec import docs_bytes, spec_bytes
from ..storage.blobs import BlobStore
from .render import json_bytes

_HEALTH = orjson.dumps({"ok": "EMULATOR_READY", "version": VERSION})


async def get_emulator_health(request: Request) -> Response:
    """GET /_emulator/health"""
    return json_bytes(_HEALTH)


async def download_file(request: Request) -> Response:
    """GET /files/{assembly_id}/{file_id}/{filename}"""
    blobs: BlobStore = request.app.state.blobs
    p = request.path_params
    path = blobs.find(p["assembly_id"], p["file_id"], p["filename"])
    if path is None:
        raise TransloaditError("FILE_NOT_FOUND", f"No file at {request.url.path}.")
    return FileResponse(path, media_type="application/octet-stream", filename=path.name)


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
