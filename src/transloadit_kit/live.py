"""Following an Assembly's Server-Sent Events stream until it reports the end (both runners' halves)."""

from __future__ import annotations

import httpx

from .effects import STREAM_END_LINES, Follow


def stream_timeout(effect: Follow) -> httpx.Timeout:
    """Reading may take as long as the wait allows; connecting, ten seconds at most."""
    return httpx.Timeout(effect.timeout, connect=10.0)


def is_end(line: str) -> bool:
    """True for ``assembly_finished`` data or an ``assembly_error`` event."""
    return line.strip() in STREAM_END_LINES


def follow_stream(client: httpx.Client, effect: Follow) -> bool:
    """Read the stream until its end; False when it cannot be followed (the caller then polls)."""
    try:
        with client.stream("GET", effect.url, timeout=stream_timeout(effect)) as response:
            return response.status_code == 200 and any(is_end(line) for line in response.iter_lines())
    except httpx.HTTPError:
        return False


async def follow_stream_async(client: httpx.AsyncClient, effect: Follow) -> bool:
    """:func:`follow_stream` over an ``httpx.AsyncClient``."""
    try:
        async with client.stream("GET", effect.url, timeout=stream_timeout(effect)) as response:
            if response.status_code != 200:
                return False
            async for line in response.aiter_lines():
                if is_end(line):
                    return True
            return False
    except httpx.HTTPError:
        return False
