"""Following an Assembly's Server-Sent Events stream until it reports the end."""

from __future__ import annotations

import httpx

_END = ("data: assembly_finished", "event: assembly_error")


def follow_stream(client: httpx.Client, url: str, timeout: float | None) -> bool:
    """Read the stream at ``url`` until ``assembly_finished`` or ``assembly_error``.

    True when the stream reported the end; False when it could not be followed (the caller
    then polls).
    """
    try:
        with client.stream("GET", url, timeout=httpx.Timeout(timeout, connect=10.0)) as response:
            if response.status_code != 200:
                return False
            return any(line.strip() in _END for line in response.iter_lines())
    except httpx.HTTPError:
        return False
