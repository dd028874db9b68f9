"""Fetching a small remote file a robot needs besides its inputs (``watermark_url``).

Robots do not speak HTTP themselves: this adapter is the one place they get remote bytes from.
Only ``http`` and ``https`` URLs are fetched, redirects included, with a size cap and a timeout.
Loopback and private addresses are allowed (the emulator runs next to the services it tests and
has no setting that restricts imports yet).
"""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx

#: Largest remote file read, in bytes.
MAX_REMOTE_BYTES = 64 * 1024 * 1024
_TIMEOUT_S = 30.0
_MAX_REDIRECTS = 5


class RemoteFetchError(Exception):
    """The URL is not http(s), could not be reached, answered an error, or sent too much."""


def fetch_bytes(url: str, *, max_bytes: int = MAX_REMOTE_BYTES, timeout: float = _TIMEOUT_S) -> bytes:
    """The body of a GET of ``url``; raises :class:`RemoteFetchError` with a client-safe reason."""
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise RemoteFetchError(f"{url!r} is not an http or https URL")
    try:
        with httpx.Client(follow_redirects=True, max_redirects=_MAX_REDIRECTS, timeout=timeout) as client:
            with client.stream("GET", url) as response:
                if urlsplit(str(response.url)).scheme.lower() not in ("http", "https"):
                    raise RemoteFetchError(f"{url!r} redirected away from http(s)")
                if response.status_code != 200:
                    raise RemoteFetchError(f"{url!r} answered HTTP {response.status_code}")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise RemoteFetchError(f"{url!r} is larger than {max_bytes} bytes")
                    chunks.append(chunk)
    except httpx.HTTPError as exc:
        raise RemoteFetchError(f"{url!r} could not be fetched: {type(exc).__name__}") from None
    return b"".join(chunks)
