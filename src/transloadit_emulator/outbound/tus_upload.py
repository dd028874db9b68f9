"""Uploading a file to a tus 1.0.0 server (creation, then PATCHes), for ``/tus/store``.

Our own small client over :func:`~.http_fetch.guarded_client`, so every connection (the
creation, each PATCH, redirects) passes the private-address rules of ``/http/import``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

from .http_fetch import BlockedAddress, RemoteFetchError, fetch_error, guarded_client, import_address_allowed
from .tus_protocol import TUS_VERSION, encode_metadata

CHUNK_BYTES = 8 * 1024 * 1024


def upload(
    endpoint: str,
    path: Path,
    *,
    headers: Mapping[str, str],
    metadata: Mapping[str, str],
    allow_private: bool,
    chunk_bytes: int = CHUNK_BYTES,
) -> str:
    """Create an upload at ``endpoint``, send ``path`` in ``chunk_bytes`` PATCHes, and return the
    upload's URL. Raises :class:`~.http_fetch.RemoteFetchError` (``denied``, ``not_found``, ...)."""
    if urlsplit(endpoint).scheme.lower() not in ("http", "https"):
        raise RemoteFetchError(f"{endpoint!r} is not an http or https URL", kind="invalid")
    size = path.stat().st_size
    base = {**headers, "Tus-Resumable": TUS_VERSION}
    with guarded_client(import_address_allowed(allow_private), 60.0) as client:
        try:
            created = client.post(
                endpoint,
                headers={**base, "Upload-Length": str(size), "Upload-Metadata": encode_metadata(metadata)},
            )
            _check(endpoint, created, 201)
            location = str(urljoin(str(created.url), str(created.headers.get("location", ""))))
            if not location or location == str(created.url):
                raise RemoteFetchError(f"{endpoint!r} created an upload without a Location")
            _send(client, location, path, size, base, chunk_bytes)
        except (httpx.HTTPError, BlockedAddress) as exc:
            raise fetch_error(endpoint, exc) from None
    return location


def _send(
    client: httpx.Client, location: str, path: Path, size: int, headers: Mapping[str, str], chunk_bytes: int
) -> None:
    offset = 0
    with path.open("rb") as data:
        while offset < size or size == 0:
            chunk = data.read(chunk_bytes)
            answer = client.patch(
                location,
                content=chunk,
                headers={**headers, "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream"},
            )
            _check(location, answer, 204)
            offset = int(answer.headers.get("upload-offset", offset + len(chunk)))
            if size == 0 or not chunk:
                break


def _check(url: str, answer: httpx.Response, wanted: int) -> None:
    status = answer.status_code
    if status == wanted or (wanted == 204 and status == 200):
        return
    kind = "denied" if status in (401, 403) else "not_found" if status in (404, 410) else "failure"
    raise RemoteFetchError(f"{url!r} answered HTTP {status}: {answer.text[:200]}", kind=kind, status=status)
