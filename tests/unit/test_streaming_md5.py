"""StreamingMd5: the md5 of bytes fed in order, hashed on its own thread, resumable across stretches."""

from __future__ import annotations

import asyncio
import hashlib
import os

from transloadit_emulator.core.streaming_md5 import BATCH, DEPTH, StreamingMd5


async def feed(md5: StreamingMd5, data: bytes, piece: int) -> None:
    for i in range(0, len(data), piece):
        await md5.update(data[i : i + piece])


def test_many_batches_in_order() -> None:
    data = os.urandom(BATCH * (DEPTH + 3) + 12345)  # more batches than may be in flight

    async def run() -> StreamingMd5:
        md5 = StreamingMd5()
        await feed(md5, data, 65536)
        await md5.drain()
        return md5

    md5 = asyncio.run(run())
    assert md5.close() and md5.covered == len(data)
    assert md5.hexdigest() == hashlib.md5(data).hexdigest()


def test_stretches_each_with_a_thread_and_close_without_drain() -> None:
    data = os.urandom(3 * BATCH + 7)
    md5 = StreamingMd5()
    asyncio.run(feed(md5, data[: BATCH + 5], 4096))
    assert md5.close() and md5.covered == BATCH + 5  # what was still batched got hashed on close
    asyncio.run(feed(md5, data[BATCH + 5 :], 100_000))  # a new stretch, a new loop and thread
    assert md5.close() and md5.covered == len(data)
    assert md5.hexdigest() == hashlib.md5(data).hexdigest()


def test_a_batch_that_cannot_be_hashed_spoils_it_for_good() -> None:
    md5 = StreamingMd5()

    async def run() -> None:
        await md5.update(b"abc")
        await md5.update("not bytes")  # type: ignore[arg-type]  # md5.update raises on its thread
        await md5.update(b"x" * BATCH)
        try:
            await md5.drain()
        except TypeError:
            pass

    asyncio.run(run())
    assert md5.close() is False and md5.intact is False
    assert md5.close() is False  # closing again changes nothing


def test_empty_stream() -> None:
    md5 = StreamingMd5()
    asyncio.run(md5.drain())
    assert md5.close() and md5.covered == 0 and md5.hexdigest() == hashlib.md5(b"").hexdigest()
