"""Serving one app on plain HTTP and, beside it, on TLS: two uvicorn servers in one event loop.

The HTTP server runs the app's lifespan (the store, the workers); the TLS server shares the same
app object and state, starts once the app is up, and stops with it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import uvicorn
from uvicorn._compat import asyncio_run

if TYPE_CHECKING:  # the TLS module (and cryptography) load only once the HTTP server answers
    from .tls import TlsFiles

#: The TLS server, or what makes it (certificates included) once the HTTP server is up.
TlsServer = uvicorn.Server | Callable[[], uvicorn.Server] | None


def run(http: uvicorn.Server, tls: TlsServer) -> None:
    """:func:`serve` on the event loop uvicorn would choose (uvloop where installed)."""
    asyncio_run(serve(http, tls), loop_factory=http.config.get_loop_factory())


async def serve(http: uvicorn.Server, tls: TlsServer) -> None:
    """Run the ``http`` server and, once its app is up, the ``tls`` one, until either stops
    (a signal, or ``should_exit`` set on one of them); then stop the other too.

    ``tls`` may be a function that makes the TLS server: it runs on a thread after the HTTP server
    answers, so making the certificates at first start never delays the first answer."""
    tasks = [asyncio.create_task(http.serve())]
    second: uvicorn.Server | None = None
    if tls is not None:
        while not http.started:
            if tasks[0].done():
                return await tasks[0]
            await asyncio.sleep(0.02)
        second = tls if isinstance(tls, uvicorn.Server) else await asyncio.to_thread(tls)
        tasks.append(asyncio.create_task(second.serve()))
    await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for server in (http, second):
        if server is not None:
            server.should_exit = True
    await asyncio.gather(*tasks)


def tls_config(app: Any, host: str, port: int, files: TlsFiles, **options: Any) -> uvicorn.Config:
    """The TLS server's config: the same app without a second lifespan (the HTTP server runs it),
    the emulator's certificate."""
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        lifespan="off",
        ssl_certfile=str(files.server_cert),
        ssl_keyfile=str(files.server_key),
        **options,
    )
