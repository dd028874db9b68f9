"""tus endpoints at ``/resumable/files/``: parse headers, call the tus service, answer with headers."""

from __future__ import annotations

from email.utils import formatdate

from starlette.requests import Request
from starlette.responses import Response

from ..core.tus import TUS_VERSION, TusService, TusUpload, encode_metadata


def _service(request: Request) -> TusService:
    service: TusService = request.app.state.tus
    return service


def _version(request: Request) -> str | None:
    return request.headers.get("tus-resumable")


def _state_headers(upload: TusUpload) -> dict[str, str]:
    headers = {"Tus-Resumable": TUS_VERSION, "Upload-Offset": str(upload.offset), "Cache-Control": "no-store"}
    if upload.length is None:
        headers["Upload-Defer-Length"] = "1"
    else:
        headers["Upload-Length"] = str(upload.length)
    if upload.metadata:
        headers["Upload-Metadata"] = encode_metadata(upload.metadata)
    headers.update(_expires(upload))
    return headers


def _expires(upload: TusUpload) -> dict[str, str]:
    """``Upload-Expires`` (tus expiration extension) while the upload is unfinished."""
    if upload.expires_ts is None:
        return {}
    return {"Upload-Expires": formatdate(upload.expires_ts, usegmt=True)}


async def get_tus_options(request: Request) -> Response:
    """OPTIONS /resumable/files/"""
    return Response(status_code=204, headers=_service(request).get_tus_options())


async def create_tus_upload(request: Request) -> Response:
    """POST /resumable/files/"""
    h = request.headers
    upload = _service(request).create_tus_upload(
        _version(request), h.get("upload-length"), h.get("upload-defer-length"), h.get("upload-metadata")
    )
    headers = {"Location": upload.url, "Tus-Resumable": TUS_VERSION, **_expires(upload)}
    return Response(status_code=201, headers=headers)


async def get_tus_upload(request: Request) -> Response:
    """HEAD /resumable/files/{upload_id}"""
    upload = _service(request).get_tus_upload(_version(request), request.path_params["upload_id"])
    return Response(status_code=200, headers=_state_headers(upload))


async def patch_tus_upload(request: Request) -> Response:
    """PATCH /resumable/files/{upload_id}; the body streams straight to disk."""
    h = request.headers
    upload = await _service(request).patch_tus_upload(
        _version(request),
        request.path_params["upload_id"],
        offset=h.get("upload-offset"),
        length=h.get("upload-length"),
        content_type=h.get("content-type"),
        body=request.stream(),
    )
    headers = {"Tus-Resumable": TUS_VERSION, "Upload-Offset": str(upload.offset), **_expires(upload)}
    return Response(status_code=204, headers=headers)


async def delete_tus_upload(request: Request) -> Response:
    """DELETE /resumable/files/{upload_id}"""
    _service(request).delete_tus_upload(_version(request), request.path_params["upload_id"])
    return Response(status_code=204, headers={"Tus-Resumable": TUS_VERSION})
