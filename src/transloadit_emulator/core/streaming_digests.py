"""The md5 and sha256 of bytes as they arrive, hashed on threads of their own while the event loop receives more.

A tus PATCH must not read its file a second time to hash it, nor make the event loop wait for the
hash. So each stretch of feeding (one PATCH) gets one thread per digest (order matters to a digest),
fed the same batches of about 1 MiB: a handoff costs a wake-up, so not one per chunk. At most four
batches are in flight, enough that the threads never wait for the loop, few enough that memory
stays flat (~4 MiB). hashlib releases the GIL on large updates, so the threads run beside the loop.
One thread per digest, not one for both: md5 (about 1.4 ms of CPU per MiB) is the longest lane, and
sha256 (0.7) runs beside it on the other core instead of after it, while the loop's own work (about 1
per MiB) fills the gaps.
"""

from __future__ import annotations

import asyncio
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from ..storage.blobs import DigestPair, Digests

#: Batches being hashed or waiting to be.
DEPTH = 4
#: Bytes handed to the hashing thread at a time.
BATCH = 1024 * 1024


def _feed(digest: Any, pieces: list[bytes]) -> None:
    # One update per batch: hashlib takes the GIL back after each call, and behind a busy event
    # loop each take can wait; joining the received pieces (tens of KiB each) first costs a copy.
    digest.update(pieces[0] if len(pieces) == 1 else b"".join(pieces))


class StreamingDigests:
    """A running md5 and sha256 that can be fed across several stretches (PATCHes), each with its own threads.

    ``await update(piece)`` for each piece in order, ``await drain()`` when the stretch ends well,
    and ``close()`` always (also when it failed midway: what was fed is still hashed, so the next
    stretch goes on from here). ``covered`` counts the bytes fed; ``intact`` turns false for good
    when a batch could not be hashed, since the digests then miss bytes.
    """

    def __init__(self) -> None:
        self._pair = DigestPair()
        self.covered = 0
        self.intact = True
        self._threads: list[ThreadPoolExecutor] = []
        self._pending: deque[list[Future[None]]] = deque()
        self._batch: list[bytes] = []
        self._batched = 0

    async def update(self, piece: bytes) -> None:
        """Feed the next piece; waits only when four batches are still being hashed."""
        self._batch.append(piece)
        self._batched += len(piece)
        if self._batched >= BATCH:
            if len(self._pending) >= DEPTH:
                await _all(self._pending.popleft())
            self._submit()

    async def drain(self) -> None:
        """Hand over what is batched and wait, without blocking the loop, until all is hashed."""
        if self._batch:
            self._submit()
        while self._pending:
            await _all(self._pending.popleft())

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
        return self._pair.digests()

    def _submit(self) -> None:
        if not self._threads:
            names = ("tus-md5", "tus-sha256")
            self._threads = [ThreadPoolExecutor(max_workers=1, thread_name_prefix=name) for name in names]
        updates = [t.submit(_feed, d, self._batch) for t, d in zip(self._threads, self._pair.hashes(), strict=True)]
        for update in updates:
            update.add_done_callback(self._check)
        self._pending.append(updates)
        self.covered += self._batched
        self._batch, self._batched = [], 0

    def _check(self, update: Future[None]) -> None:
        if update.cancelled() or update.exception() is not None:
            self.intact = False


async def _all(updates: list[Future[None]]) -> None:
    for update in updates:
        await asyncio.wrap_future(update)
