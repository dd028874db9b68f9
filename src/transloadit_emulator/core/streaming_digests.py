"""The md5 and sha256 of bytes as they arrive, each hashed on a thread of its own while the event loop receives more.

A tus PATCH must not read its file a second time to hash it, nor make the event loop wait for the
hash. So each stretch of feeding (one PATCH) gets one thread per digest (order matters to a digest)
fed batches of about 1 MiB: a handoff costs a wake-up, so not one per chunk. At most four batches
are in flight, enough that the threads never wait for the loop, few enough that memory stays flat
(~4 MiB). hashlib releases the GIL on large updates, so the threads run beside the loop. md5 and
sha256 run side by side rather than one after the other on one thread: md5 (~700 MB/s a core) already
bounds a large upload, and sha256 (~1.6 GB/s with the CPU's SHA instructions) in series would slow it
by a third, while beside it it only takes some of the other core.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from ..storage.blobs import Digests

#: Batches being hashed or waiting to be.
DEPTH = 4
#: Bytes handed to the hashing threads at a time.
BATCH = 1024 * 1024


def _update(digest: Any, pieces: list[bytes]) -> None:
    for piece in pieces:
        digest.update(piece)


class StreamingDigests:
    """A running md5 and sha256 that can be fed across several stretches (PATCHes), each with its own threads.

    ``await update(piece)`` for each piece in order, ``await drain()`` when the stretch ends well,
    and ``close()`` always (also when it failed midway: what was fed is still hashed, so the next
    stretch goes on from here). ``covered`` counts the bytes fed; ``intact`` turns false for good
    when a batch could not be hashed, since the digests then miss bytes.
    """

    def __init__(self) -> None:
        self._digests: tuple[Any, Any] = (hashlib.md5(), hashlib.sha256())
        self.covered = 0
        self.intact = True
        self._threads: list[ThreadPoolExecutor] = []
        # One entry per batch: its update on each digest's thread.
        self._pending: deque[tuple[Future[None], ...]] = deque()
        self._batch: list[bytes] = []
        self._batched = 0

    async def update(self, piece: bytes) -> None:
        """Feed the next piece; waits only when four batches are still being hashed."""
        self._batch.append(piece)
        self._batched += len(piece)
        if self._batched >= BATCH:
            if len(self._pending) >= DEPTH:
                await self._wait_oldest()
            self._submit()

    async def drain(self) -> None:
        """Hand over what is batched and wait, without blocking the loop, until all is hashed."""
        if self._batch:
            self._submit()
        while self._pending:
            await self._wait_oldest()

    def close(self) -> bool:
        """End the stretch: hash what is left (blocking, a few batches at most), stop the threads.

        Whether the digests are intact, i.e. cover every byte fed.
        """
        if self._batch:
            self._submit()
        for thread in self._threads:
            thread.shutdown(wait=True)
        self._threads = []
        self._pending.clear()
        return self.intact

    def digests(self) -> Digests:
        """The md5 and sha256 of the bytes fed so far (call after :meth:`close`)."""
        md5, sha256 = self._digests
        return Digests(md5.hexdigest(), sha256.hexdigest())

    async def _wait_oldest(self) -> None:
        for update in self._pending.popleft():
            await asyncio.wrap_future(update)

    def _submit(self) -> None:
        if not self._threads:
            self._threads = [ThreadPoolExecutor(max_workers=1, thread_name_prefix="tus-digest") for _ in self._digests]
        pairs = zip(self._threads, self._digests, strict=True)
        updates = tuple(thread.submit(_update, digest, self._batch) for thread, digest in pairs)
        for update in updates:
            update.add_done_callback(self._check)
        self._pending.append(updates)
        self.covered += self._batched
        self._batch, self._batched = [], 0

    def _check(self, update: Future[None]) -> None:
        if update.cancelled() or update.exception() is not None:
            self.intact = False
