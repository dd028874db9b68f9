"""StreamingDigests: the md5 and sha256 of bytes fed in order, hashed on its own thread, resumable across stretches."""

from __future__ import annotations

import asyncio
import hashlib
import os

from transloadit_emulator.core.streaming_digests import BATCH, DEPTH, StreamingDigests
from transloadit_emulator.storage.blobs import Digests


def both(data: bytes) -> Digests:
    return Digests(hashlib.md5(data).hexdigest(), hashlib.sha256(data).hexdigest())


async def feed(hashes: StreamingDigests, data: bytes, piece: int) -> None:
    for i in range(0, len(data), piece):
        await hashes.update(data[i : i + piece])


def test_many_batches_in_order() -> None:
    data = os.urandom(BATCH * (DEPTH + 3) + 12345)  # more batches than may be in flight

    async def run() -> StreamingDigests:
        hashes = StreamingDigests()
        await feed(hashes, data, 65536)
        await hashes.drain()
        return hashes

    hashes = asyncio.run(run())
    assert hashes.close() and hashes.covered == len(data)
    assert hashes.digests() == both(data)


def test_stretches_each_with_a_thread_and_close_without_drain() -> None:
    data = os.urandom(3 * BATCH + 7)
    hashes = StreamingDigests()
    asyncio.run(feed(hashes, data[: BATCH + 5], 4096))
    assert hashes.close() and hashes.covered == BATCH + 5  # what was still batched got hashed on close
    asyncio.run(feed(hashes, data[BATCH + 5 :], 100_000))  # a new stretch, a new loop and thread
    assert hashes.close() and hashes.covered == len(data)
    assert hashes.digests() == both(data)


def test_a_batch_that_cannot_be_hashed_spoils_it_for_good() -> None:
    hashes = StreamingDigests()

    async def run() -> None:
        await hashes.update(b"abc")
        await hashes.update("not bytes")  # type: ignore[arg-type]  # the update raises on its thread
        await hashes.update(b"x" * BATCH)
        try:
            await hashes.drain()
        except TypeError:
            pass

    asyncio.run(run())
    assert hashes.close() is False and hashes.intact is False
    assert hashes.close() is False  # closing again changes nothing


def test_empty_stream() -> None:
    hashes = StreamingDigests()
    asyncio.run(hashes.drain())
    assert hashes.close() and hashes.covered == 0 and hashes.digests() == both(b"")
