"""The md5 and sha256 of bytes as they arrive, hashed on a thread of its own while the event loop receives more.

A tus PATCH must not read its file a second time to hash it, nor make the event loop wait for the
hash. So each stretch of feeding (one PATCH) gets one hashing thread (order matters to a digest) fed
batches of about 1 MiB: a handoff costs a wake-up, so not one per chunk. At most four batches are
in flight, enough that the thread never waits for the loop, few enough that memory stays flat
(~4 MiB). hashlib releases the GIL on large updates, so the thread runs beside the loop. The thread
takes both digests of a batch, one after the other, while it is in the CPU's cache: a thread per
digest measured no faster on two shared cores (the loop needs the other one) and costs a thread more.
"""

from __future__ import annotations

import asyncio
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor

from ..storage.blobs import DigestPair, Digests

#: Batches being hashed or waiting to be.
DEPTH = 4
#: Bytes handed to the hashing thread at a time.
BATCH = 1024 * 1024


def _update(pair: DigestPair, pieces: list[bytes]) -> None:
    for piece in pieces:
        pair.update(piece)


class StreamingDigests:
    """A running md5 and sha256 that can be fed across several stretches (PATCHes), each with its own thread.

    ``await update(piece)`` for each piece in order, ``await drain()`` when the stretch ends well,
    and ``close()`` always (also when it failed midway: what was fed is still hashed, so the next
    stretch goes on from here). ``covered`` counts the bytes fed; ``intact`` turns false for good
    when a batch could not be hashed, since the digests then miss bytes.
    """

    def __init__(self) -> None:
        self._pair = DigestPair()
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

        Whether the digests are intact, i.e. cover every byte fed.
        """
        if self._batch:
            self._submit()
        if self._thread is not None:
            self._thread.shutdown(wait=True)
            self._thread = None
        self._pending.clear()
        return self.intact

    def digests(self) -> Digests:
        """The md5 and sha256 of the bytes fed so far (call after :meth:`close`)."""
        return self._pair.digests()

    def _submit(self) -> None:
        if self._thread is None:
            self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tus-digests")
        update = self._thread.submit(_update, self._pair, self._batch)
        update.add_done_callback(self._check)
        self._pending.append(update)
        self.covered += self._batched
        self._batch, self._batched = [], 0

    def _check(self, update: Future[None]) -> None:
        if update.cancelled() or update.exception() is not None:
            self.intact = False
