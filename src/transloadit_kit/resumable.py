"""Resumable (tus) uploads through the generated client, resuming after interrupted transfers."""

from __future__ import annotations

import base64
import io
import time
from collections.abc import Mapping
from pathlib import Path
from typing import IO

import httpx
from transloadit_client import Client
from transloadit_client.api.resumable_uploads import create_tus_upload, get_tus_upload, patch_tus_upload
from transloadit_client.models import (
    CreateTusUploadTusResumable,
    GetTusUploadTusResumable,
    PatchTusUploadTusResumable,
)
from transloadit_client.types import File

DEFAULT_CHUNK_SIZE = 5 * 1024 * 1024


class TusUploadError(Exception):
    """The tus server refused an upload, or it could not be completed within the retries."""


def encode_metadata(metadata: Mapping[str, str]) -> str:
    """``Upload-Metadata``: comma-separated ``key base64(value)``."""
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in metadata.items())


def _upload_id(location: str) -> str:
    return location.rstrip("/").rsplit("/", 1)[-1]


def create_upload(client: Client, size: int, metadata: Mapping[str, str]) -> str:
    """Create a tus upload of ``size`` bytes; its URL."""
    response = create_tus_upload.sync_detailed(
        client=client,
        tus_resumable=CreateTusUploadTusResumable.VALUE_0,
        upload_length=size,
        upload_metadata=encode_metadata(metadata),
    )
    location = response.headers.get("location")
    if response.status_code != 201 or not location:
        raise TusUploadError(f"creating the upload failed: HTTP {int(response.status_code)} {response.content[:200]!r}")
    return location


def server_offset(client: Client, upload_url: str) -> int:
    """How many bytes of the upload the server has (a HEAD request)."""
    response = get_tus_upload.sync_detailed(
        _upload_id(upload_url), client=client, tus_resumable=GetTusUploadTusResumable.VALUE_0
    )
    offset = response.headers.get("upload-offset")
    if response.status_code != 200 or offset is None:
        raise TusUploadError(f"the upload {upload_url} cannot be resumed: HTTP {int(response.status_code)}")
    return int(offset)


def send(
    client: Client,
    upload_url: str,
    stream: IO[bytes],
    size: int,
    *,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    retries: int = 3,
    retry_delay: float = 0.5,
) -> None:
    """Send ``stream`` from the server's current offset to the end, resuming after failures.

    After a network error or an offset conflict, asks the server where it stands (HEAD) and
    continues from there, at most ``retries`` times in a row.
    """
    offset = server_offset(client, upload_url)
    failures = 0
    while offset < size:
        stream.seek(offset)
        chunk = stream.read(min(chunk_size, size - offset))
        if not chunk:
            raise TusUploadError(f"the source ended at byte {offset}, before its declared {size} bytes")
        try:
            response = patch_tus_upload.sync_detailed(
                _upload_id(upload_url),
                client=client,
                body=File(payload=io.BytesIO(chunk)),
                tus_resumable=PatchTusUploadTusResumable.VALUE_0,
                upload_offset=offset,
            )
            ok = response.status_code == 204
            new_offset = int(response.headers.get("upload-offset", offset)) if ok else offset
            error = None if ok else f"HTTP {int(response.status_code)} {response.content[:200]!r}"
            if ok and new_offset <= offset:  # accepted but no progress: retrying would loop forever
                error = f"the server took none of the {len(chunk)} bytes sent"
        except httpx.TransportError as exc:
            new_offset, error = offset, str(exc)
        if error is None:
            offset, failures = new_offset, 0
            continue
        failures += 1
        if failures > retries:
            raise TusUploadError(f"upload to {upload_url} failed at byte {offset}: {error}")
        time.sleep(retry_delay)
        offset = server_offset(client, upload_url)


def upload_file(
    client: Client,
    source: Path | tuple[str, IO[bytes]],
    *,
    assembly_url: str,
    fieldname: str = "file",
    user_meta: Mapping[str, str] | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    retries: int = 3,
) -> str:
    """Upload one file to an Assembly over tus; returns the upload URL (keep it to resume)."""
    stream: IO[bytes]
    if isinstance(source, Path):
        name, stream = source.name, open(source, "rb")  # noqa: SIM115 - closed below
    else:
        name, stream = source
    try:
        stream.seek(0, 2)
        size = stream.tell()
        metadata = {"assembly_url": assembly_url, "fieldname": fieldname, "filename": name, **(user_meta or {})}
        url = create_upload(client, size, metadata)
        send(client, url, stream, size, chunk_size=chunk_size, retries=retries)
        return url
    finally:
        if isinstance(source, Path):
            stream.close()
