"""The md5 of bytes as they arrive, hashed on a thread of its own while the event loop receives more.

A tus PATCH must not read its file a second time to hash it, nor make the event loop wait for the
hash. So each stretch of feeding (one PATCH) gets one hashing thread (order matters to md5) fed
batches of about 1 MiB: a handoff costs a wake-up, so not one per chunk. At most four batches are
in flight, enough that the thread never waits for the loop, few enough that memory stays flat
(~4 MiB). hashlib releases the GIL on large updates, so the thread runs beside the loop.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

#: Batches being hashed or waiting to be.
DEPTH = 4
#: Bytes handed to the hashing thread at a time.
BATCH = 1024 * 1024


def _update(md5: Any, pieces: list[bytes]) -> None:
    for piece in pieces:
        md5.update(piece)


class StreamingMd5:
    """A running md5 that can be fed across several stretches (PATCHes), each with its own thread.

    ``await update(piece)`` for each piece in order, ``await drain()`` when the stretch ends well,
    and ``close()`` always (also when it failed midway: what was fed is still hashed, so the next
    stretch goes on from here). ``covered`` counts the bytes fed; ``intact`` turns false for good
    when a batch could not be hashed, since the md5 then misses bytes.
    """

    def __init__(self) -> None:
        self._md5 = hashlib.md5()
        self.covered = 0
        self.intact = True
        self._thread: ThreadPoolExecutor | None = None
        self._pending: deque[Future[None]] = deque()
        self._batch: list[bytes] = []
        self._batched = 0

    async def update(self, piece: bytes) -> None:
        """Feed the next piece; waits only when four batches are still being hashed."""
        self._batch.append(piece)
        self._batched += len(piece)
        if self._batched >= BATCH:
            if len(self._pending) >= DEPTH:
                await asyncio.wrap_future(self._pending.popleft())
            self._submit()

    async def drain(self) -> None:
        """Hand over what is batched and wait, without blocking the loop, until all is hashed."""
        if self._batch:
            self._submit()
        while self._pending:
            await asyncio.wrap_future(self._pending.popleft())

    def close(self) -> bool:
        """End the stretch: hash what is left (blocking, a few batches at most), stop the thread.

        Whether the md5 is intact, i.e. covers every byte fed.
        """
        if self._batch:
            self._submit()
        if self._thread is not None:
            self._thread.shutdown(wait=True)
            self._thread = None
        self._pending.clear()
        return self.intact

    def hexdigest(self) -> str:
        """The md5 of the bytes fed so far (call after :meth:`close`)."""
        return self._md5.hexdigest()

    def _submit(self) -> None:
        if self._thread is None:
            self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tus-md5")
        update = self._thread.submit(_update, self._md5, self._batch)
        update.add_done_callback(self._check)
        self._pending.append(update)
        self.covered += self._batched
        self._batch, self._batched = [], 0

    def _check(self, update: Future[None]) -> None:
        if update.cancelled() or update.exception() is not None:
            self.intact = False
