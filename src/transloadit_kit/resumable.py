"""Resumable (tus) uploads as flows, resuming after interrupted transfers.

Keep the URL :func:`start_upload` returns: :func:`send_upload` continues from wherever the server
stands, in this process or a later one.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

import httpx
from transloadit_client import Client
from transloadit_client.api.resumable_uploads import create_tus_upload, get_tus_upload, patch_tus_upload
from transloadit_client.models import (
    AssemblyStatus,
    CreateTusUploadTusResumable,
    GetTusUploadTusResumable,
    PatchTusUploadTusResumable,
)
from transloadit_client.types import File

from .core import KitCore
from .effects import Call, Flow, Sleep

DEFAULT_CHUNK_SIZE = 5 * 1024 * 1024
UploadSource = Path | tuple[str, IO[bytes]]


class TusUploadError(Exception):
    """The tus server refused an upload, or it could not be completed within the retries."""


def encode_metadata(metadata: Mapping[str, str]) -> str:
    """``Upload-Metadata``: comma-separated ``key base64(value)``."""
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in metadata.items())


def _upload_id(location: str) -> str:
    return location.rstrip("/").rsplit("/", 1)[-1]


@contextmanager
def _opened(source: UploadSource) -> Iterator[tuple[str, IO[bytes], int]]:
    """(name, stream, size) of a source; a path is opened for the block and closed after it."""
    if isinstance(source, Path):
        with open(source, "rb") as file:
            yield source.name, file, source.stat().st_size
        return
    name, stream = source
    stream.seek(0, 2)
    yield name, stream, stream.tell()


def start_upload(
    kit: KitCore[Any],
    assembly: AssemblyStatus | str | None,
    size: int,
    *,
    filename: str,
    fieldname: str = "file",
    user_meta: Mapping[str, str] | None = None,
) -> Flow[str]:
    """Create a tus upload of ``size`` bytes for an Assembly (its status or ``assembly_ssl_url``); its URL.

    With no Assembly, the upload stands alone (it joins no Assembly).
    """
    metadata = {"fieldname": fieldname, "filename": filename, **(user_meta or {})}
    if assembly is not None:
        url = assembly.assembly_ssl_url if isinstance(assembly, AssemblyStatus) else assembly
        metadata = {"assembly_url": str(url), **metadata}
    kwargs = {
        "tus_resumable": CreateTusUploadTusResumable.VALUE_0,
        "upload_length": size,
        "upload_metadata": encode_metadata(metadata),
    }
    response = yield Call(create_tus_upload, (), kwargs, kit.tus_client(assembly))
    location = response.headers.get("location")
    if response.status_code != 201 or not location:
        raise TusUploadError(f"creating the upload failed: HTTP {int(response.status_code)} {response.content[:200]!r}")
    return str(location)


def server_offset(upload_url: str, client: Client, size: int) -> Flow[int]:
    """How many bytes of the upload the server has (a HEAD request), checking it expects ``size`` in all."""
    kwargs = {"tus_resumable": GetTusUploadTusResumable.VALUE_0}
    response = yield Call(get_tus_upload, (_upload_id(upload_url),), kwargs, client)
    offset, length = response.headers.get("upload-offset"), response.headers.get("upload-length")
    if response.status_code != 200 or offset is None:
        raise TusUploadError(f"the upload {upload_url} cannot be resumed: HTTP {int(response.status_code)}")
    if length is not None and int(length) != size:
        raise TusUploadError(f"the source has {size} bytes, the upload {upload_url} takes {length}")
    return int(offset)


def _patch(upload_url: str, chunk: bytes, offset: int, client: Client) -> Flow[int | str]:
    """Send one chunk at ``offset``: the server's new offset, or what went wrong."""
    kwargs = {
        # bytes, not a file: httpx's AsyncClient cannot send a blocking file object as a body.
        "body": File(payload=cast(BinaryIO, chunk)),
        "tus_resumable": PatchTusUploadTusResumable.VALUE_0,
        "upload_offset": offset,
    }
    try:
        response = yield Call(patch_tus_upload, (_upload_id(upload_url),), kwargs, client)
    except httpx.TransportError as exc:
        return str(exc)
    if response.status_code != 204:
        return f"HTTP {int(response.status_code)} {response.content[:200]!r}"
    new_offset = int(response.headers.get("upload-offset", offset))
    if new_offset <= offset:  # no progress: retrying would loop forever
        return f"the server took none of the {len(chunk)} bytes sent"
    return new_offset


def send_upload(
    kit: KitCore[Any],
    upload_url: str,
    source: UploadSource,
    *,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    retries: int = 3,
    retry_delay: float = 0.5,
) -> Flow[None]:
    """Send ``source`` from the server's current offset to its end, resuming after failures.

    After a network error or an offset conflict, asks the server where it stands (HEAD) and
    continues from there, at most ``retries`` times in a row.
    """
    client = kit.tus_client(upload_url)
    with _opened(source) as (_, stream, size):
        offset = yield from server_offset(upload_url, client, size)
        failures = 0
        while offset < size:
            stream.seek(offset)
            chunk = stream.read(min(chunk_size, size - offset))
            if not chunk:
                raise TusUploadError(f"the source ended at byte {offset}, before its declared {size} bytes")
            outcome = yield from _patch(upload_url, chunk, offset, client)
            if isinstance(outcome, int):
                offset, failures = outcome, 0
                continue
            failures += 1
            if failures > retries:
                raise TusUploadError(f"upload to {upload_url} failed at byte {offset}: {outcome}")
            yield Sleep(retry_delay)
            offset = yield from server_offset(upload_url, client, size)


def upload_file(
    kit: KitCore[Any],
    assembly: AssemblyStatus | str,
    source: UploadSource,
    *,
    fieldname: str = "file",
    user_meta: Mapping[str, str] | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    retries: int = 3,
) -> Flow[str]:
    """Upload one file to an Assembly (its status or ``assembly_ssl_url``) over tus; the upload URL."""
    with _opened(source) as (name, _, size):
        url = yield from start_upload(kit, assembly, size, filename=name, fieldname=fieldname, user_meta=user_meta)
    yield from send_upload(kit, url, source, chunk_size=chunk_size, retries=retries)
    return url
