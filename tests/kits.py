"""Both kit facades behind one test body: ``Transloadit`` as it is, ``AsyncTransloadit`` run to completion.

A test written against ``Transloadit`` runs unchanged on the async facade through :class:`Blocking`,
which awaits each coroutine method on one event loop for the test. Every call still goes through the
async facade's own coroutine (its flows, the generated ``asyncio_detailed`` functions, httpx.AsyncClient).
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, cast

import httpx

from transloadit_kit import AsyncTransloadit, Transloadit

#: ``pytest.mark.parametrize("kit_kind", KIT_KINDS)`` runs a test on both facades.
KIT_KINDS = ("sync", "async")


class Blocking:
    """An ``AsyncTransloadit`` whose coroutine methods are awaited to their end on ``runner``'s loop."""

    def __init__(self, kit: AsyncTransloadit, runner: asyncio.Runner) -> None:
        self.kit = kit
        self.runner = runner

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.kit, name)
        if not callable(attr):
            return attr

        @functools.wraps(attr)
        def call(*args: Any, **kwargs: Any) -> Any:
            out = attr(*args, **kwargs)
            return self.runner.run(out) if inspect.iscoroutine(out) else out

        return call


class ThreadedTransport(httpx.AsyncBaseTransport):
    """Async requests answered by a blocking transport (the in-process emulator's) in a worker thread."""

    def __init__(self, transport: httpx.BaseTransport) -> None:
        self.transport = transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        blocking = httpx.Request(request.method, request.url, headers=request.headers, content=body)

        def answer() -> httpx.Response:
            response = self.transport.handle_request(blocking)
            raw = b"".join(cast(httpx.SyncByteStream, response.stream))  # still encoded, as on the wire
            return httpx.Response(response.status_code, headers=response.headers, content=raw)

        return await asyncio.to_thread(answer)


def asyncio_client_over(client: httpx.Client) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` that reaches what ``client`` reaches (a Starlette TestClient, say)."""
    return httpx.AsyncClient(base_url=client.base_url, transport=ThreadedTransport(client._transport))


@contextmanager
def kit_of_kind(
    kind: str,
    make_sync: Callable[[], Transloadit],
    make_async: Callable[[], AsyncTransloadit],
) -> Iterator[Transloadit]:
    """The facade ``kind`` names, as a ``Transloadit`` to the test (the async one through :class:`Blocking`)."""
    if kind == "sync":
        kit = make_sync()
        yield kit
        return
    with asyncio.Runner() as runner:
        akit = runner.run(_made(make_async))
        try:
            yield cast(Transloadit, Blocking(akit, runner))
        finally:
            runner.run(akit.aclose())


async def _made(make: Callable[[], AsyncTransloadit]) -> AsyncTransloadit:
    return make()  # inside the loop, so the kit's AsyncClient belongs to it


def in_process_kit(kind: str, key: str, secret: str, client: httpx.Client, **kw: Any) -> Any:
    """:func:`kit_of_kind` for the emulator behind ``client`` (a TestClient), at ``http://testserver``."""
    service = str(client.base_url).rstrip("/")
    return kit_of_kind(
        kind,
        lambda: Transloadit(key, secret, service, httpx_client=client, **kw),
        lambda: AsyncTransloadit(key, secret, service, httpx_client=asyncio_client_over(client), **kw),
    )


def socket_kit(kind: str, key: str, secret: str, url: str, **kw: Any) -> Any:
    """:func:`kit_of_kind` for an emulator at ``url`` (a real socket), with each facade's own HTTP client."""
    return kit_of_kind(
        kind,
        lambda: Transloadit(key, secret, url, **kw),
        lambda: AsyncTransloadit(key, secret, url, **kw),
    )
