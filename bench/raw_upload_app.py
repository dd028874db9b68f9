"""The reference for bench/tus_upload.py: a bare ASGI endpoint that streams a request body to a file.

``PUT /<name>`` writes the body to ``$BENCH_UPLOAD_DIR/<name>`` chunk by chunk as uvicorn hands it
over, then answers 204 with the byte count. No framework, no hashing, no bookkeeping: the least a
server can do with an upload that still lands on disk, like the emulator's tus uploads do.
"""

from __future__ import annotations

import os
import re
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

UPLOAD_DIR = Path(os.environ.get("BENCH_UPLOAD_DIR", "."))

# Free one 1 MiB block at start-up: glibc then raises its mmap and trim thresholds, so uvicorn's
# ~256 KiB body buffers are reused from the heap instead of being mapped, faulted in and returned
# for every message (~650k page faults per GiB, which doubled this server's CPU time on the bench
# VM). The emulator's TusService does the same at start-up; without it the reference would be
# handicapped by allocator history rather than measured for what it does.
_warm = bytearray(1024 * 1024)
del _warm
_NAME = re.compile(r"^/([A-Za-z0-9._-]{1,64})$")


async def _answer(send: Send, status: int, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers or []})
    await send({"type": "http.response.body", "body": b""})


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    """ASGI entry point: ``PUT /<name>`` stores the body; anything else is 404/405."""
    if scope["type"] == "lifespan":
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})
        return
    if scope["type"] != "http":
        return
    if scope["method"] == "GET" and scope["path"] == "/health":
        await _answer(send, 204)
        return
    match = _NAME.match(scope["path"])
    if match is None or match.group(1).startswith("."):
        await _answer(send, 404)
        return
    if scope["method"] != "PUT":
        await _answer(send, 405)
        return
    received = 0
    # Plain blocking writes on the event loop, as the emulator's tus PATCH does: page-cache writes
    # of the chunks uvicorn delivers are cheap, and a thread hop per chunk would cost more.
    with open(UPLOAD_DIR / match.group(1), "wb") as out:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            out.write(body)
            received += len(body)
            if not message.get("more_body", False):
                break
    await _answer(send, 204, [(b"x-received", str(received).encode())])
