"""tus 1.0.0 at ``/resumable/files/``: the header protocol (core, creation, creation-defer-length,
termination, expiration) read into typed values for the tus service, and its answers written as headers.
"""

from __future__ import annotations

import base64
import binascii
import re
from email.utils import formatdate

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response

from ..core.tus import TusService, TusUpload, bad_header
from ..errors import TransloaditError
from ..integers import MAX_DIGITS, parse_natural, shown
from ..outbound.tus_protocol import TUS_VERSION, encode_metadata

TUS_EXTENSIONS = "creation,creation-defer-length,termination,expiration"
_METADATA_KEY = re.compile(r"^[^\s,]+$")
_PATCH_TYPE = "application/offset+octet-stream"


# -- reading headers ---------------------------------------------------------------------------


def check_version(headers: Headers) -> None:
    """``Tus-Resumable`` must name the one version spoken here."""
    version = headers.get("tus-resumable")
    if version != TUS_VERSION:
        raise TransloaditError(
            "TUS_VERSION_UNSUPPORTED",
            f"Tus-Resumable {version!r} is not supported; this server speaks {TUS_VERSION}.",
            headers={"Tus-Version": TUS_VERSION},
        )


def int_header(headers: Headers, name: str) -> int | None:
    """A non-negative integer header (``Upload-Length``, ``Upload-Offset``), None when absent."""
    value = headers.get(name)
    if value is None:
        return None
    number = parse_natural(value)
    if number is None:
        raise bad_header(f"{name} must be a whole number of 1 to {MAX_DIGITS} digits 0-9, got {shown(value)}.")
    return number


def parse_metadata(header: str | None) -> dict[str, str]:
    """Decode ``Upload-Metadata``: comma-separated ``key base64(value)`` pairs (value optional)."""
    result: dict[str, str] = {}
    if not header:
        return result
    for pair in header.split(","):
        parts = pair.strip().split(" ")
        key = parts[0]
        if not key or not _METADATA_KEY.match(key) or len(parts) > 2:
            raise bad_header(f"Upload-Metadata entry {pair.strip()!r} is not 'key base64value'.")
        try:
            result[key] = base64.b64decode(parts[1], validate=True).decode("utf-8") if len(parts) == 2 else ""
        except (binascii.Error, UnicodeDecodeError):
            raise bad_header(f"Upload-Metadata value of {key!r} is not base64 of UTF-8 text.") from None
    return result


def creation_length(headers: Headers) -> int | None:
    """``Upload-Length``, or None when ``Upload-Defer-Length: 1`` defers it; one of them is required."""
    length = int_header(headers, "Upload-Length")
    if length is None and headers.get("upload-defer-length") != "1":
        raise bad_header("Either Upload-Length or Upload-Defer-Length: 1 is required.")
    return length


def patch_offset(headers: Headers) -> int:
    """``Upload-Offset`` of a PATCH, whose body must be ``application/offset+octet-stream``."""
    offset = int_header(headers, "Upload-Offset")
    if offset is None:
        raise bad_header("Upload-Offset is required.")
    if headers.get("content-type", "").split(";")[0].strip() != _PATCH_TYPE:
        raise TransloaditError("TUS_UNSUPPORTED_MEDIA_TYPE", f"PATCH bodies must be Content-Type: {_PATCH_TYPE}.")
    return offset


# -- writing headers ---------------------------------------------------------------------------


def options_headers(max_size: int) -> dict[str, str]:
    """The server's capabilities, answered to ``OPTIONS``."""
    return {
        "Tus-Resumable": TUS_VERSION,
        "Tus-Version": TUS_VERSION,
        "Tus-Extension": TUS_EXTENSIONS,
        "Tus-Max-Size": str(max_size),
    }


def expires_header(upload: TusUpload) -> dict[str, str]:
    """``Upload-Expires`` (tus expiration extension) while the upload is unfinished."""
    if upload.expires_ts is None:
        return {}
    return {"Upload-Expires": formatdate(upload.expires_ts, usegmt=True)}


def state_headers(upload: TusUpload) -> dict[str, str]:
    """What ``HEAD`` tells a client resuming the upload."""
    headers = {"Tus-Resumable": TUS_VERSION, "Upload-Offset": str(upload.offset), "Cache-Control": "no-store"}
    if upload.length is None:
        headers["Upload-Defer-Length"] = "1"
    else:
        headers["Upload-Length"] = str(upload.length)
    if upload.metadata:
        headers["Upload-Metadata"] = encode_metadata(upload.metadata)
    headers.update(expires_header(upload))
    return headers


# -- endpoints ---------------------------------------------------------------------------------


def _service(request: Request) -> TusService:
    service: TusService = request.app.state.tus
    return service


async def get_tus_options(request: Request) -> Response:
    """OPTIONS /resumable/files/"""
    return Response(status_code=204, headers=options_headers(_service(request).max_size))


async def create_tus_upload(request: Request) -> Response:
    """POST /resumable/files/"""
    h = request.headers
    check_version(h)
    length = creation_length(h)
    upload = _service(request).create_tus_upload(length, parse_metadata(h.get("upload-metadata")))
    headers = {"Location": upload.url, "Tus-Resumable": TUS_VERSION, **expires_header(upload)}
    return Response(status_code=201, headers=headers)


async def get_tus_upload(request: Request) -> Response:
    """HEAD /resumable/files/{upload_id}"""
    check_version(request.headers)
    upload = _service(request).get_tus_upload(request.path_params["upload_id"])
    return Response(status_code=200, headers=state_headers(upload))


async def patch_tus_upload(request: Request) -> Response:
    """PATCH /resumable/files/{upload_id}; the body streams straight to the store."""
    h = request.headers
    check_version(h)
    offset = patch_offset(h)
    length = int_header(h, "Upload-Length")
    service = _service(request)
    upload = await service.patch_tus_upload(request.path_params["upload_id"], offset, length, request.stream())
    headers = {"Tus-Resumable": TUS_VERSION, "Upload-Offset": str(upload.offset), **expires_header(upload)}
    return Response(status_code=204, headers=headers)


async def delete_tus_upload(request: Request) -> Response:
    """DELETE /resumable/files/{upload_id}"""
    check_version(request.headers)
    _service(request).delete_tus_upload(request.path_params["upload_id"])
    return Response(status_code=204, headers={"Tus-Resumable": TUS_VERSION})
