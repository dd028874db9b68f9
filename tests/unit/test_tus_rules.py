"""The tus service's rules (offsets, lengths, expiry, the running digests, what the Assembly service is told),
on a real file store."""

from __future__ import annotations

import asyncio
import hashlib
import os
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from transloadit_emulator.core.clock import SystemClock, UuidIds
from transloadit_emulator.core.tus import TusService, TusUpload, streamed_digests
from transloadit_emulator.errors import TransloaditError
from transloadit_emulator.storage.blobs import Digests
from transloadit_emulator.storage.uploads import FileUploadStore

ASSEMBLY = "a" * 32
META = {"assembly_url": f"http://x/assemblies/{ASSEMBLY}", "filename": "f.bin"}


def both(data: bytes) -> Digests:
    return Digests(hashlib.md5(data).hexdigest(), hashlib.sha256(data).hexdigest())


class Listener:
    """Records what the Assembly service is told."""

    def __init__(self) -> None:
        self.events: list[tuple[str, int | None]] = []
        self.finished: list[tuple[Digests | None, bytes]] = []

    def tus_upload_started(self, upload: TusUpload) -> None:
        self.events.append(("started", upload.offset))

    def tus_upload_progressed(self, upload: TusUpload) -> None:
        self.events.append(("progressed", upload.offset))

    def tus_upload_finished(self, upload: TusUpload, path: Path) -> None:
        self.events.append(("finished", upload.offset))
        self.finished.append((streamed_digests(upload), path.read_bytes()))


def service(root: Path, listener: Listener, max_size: int = 1 << 30) -> TusService:
    return TusService(
        FileUploadStore(root),
        base_url="http://x",
        listener=listener,
        clock=SystemClock(),
        ids=UuidIds(),
        max_size=max_size,
    )


async def chunks(data: bytes, size: int = 1000, fail_after: int | None = None) -> AsyncIterator[bytes]:
    for i in range(0, len(data), size):
        if fail_after is not None and i >= fail_after:
            raise OSError("client went away")
        yield data[i : i + size]


def patch(tus: TusService, uid: str, offset: int, body: AsyncIterator[bytes], length: int | None = None) -> TusUpload:
    return asyncio.run(tus.patch_tus_upload(uid, offset, length, body))


def code(call: object, *args: object) -> str:
    with pytest.raises(TransloaditError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value.code


def test_streamed_digests_across_patches_and_a_failed_body(tmp_path: Path) -> None:
    data = os.urandom(10_000)
    listener = Listener()
    tus = service(tmp_path, listener)
    uid = tus.create_tus_upload(len(data), META).id
    assert patch(tus, uid, 0, chunks(data[:3000])).offset == 3000
    with pytest.raises(OSError):
        patch(tus, uid, 3000, chunks(data[3000:], fail_after=4000))  # the bytes before the failure stay
    offset = tus.get_tus_upload(uid).offset
    assert offset == 7000
    patch(tus, uid, offset, chunks(data[offset:]))
    [(digests, stored)] = listener.finished
    assert stored == data and digests == both(data)
    assert listener.events == [
        ("started", 0),
        ("progressed", 3000),
        ("progressed", 7000),
        ("progressed", 10_000),
        ("finished", 10_000),
    ]


def test_no_digests_after_a_restart_mid_upload(tmp_path: Path) -> None:
    data = os.urandom(5000)
    listener = Listener()
    first = service(tmp_path, listener)
    uid = first.create_tus_upload(len(data), META).id
    patch(first, uid, 0, chunks(data[:2000]))
    again = service(tmp_path, listener)  # the running digests died with the old process
    patch(again, uid, 2000, chunks(data[2000:]))
    assert listener.finished == [(None, data)]  # so the blob store hashes the file itself


def test_bytes_past_the_length_are_refused_and_the_digests_cover_what_was_kept(tmp_path: Path) -> None:
    data = os.urandom(2500)
    listener = Listener()
    tus = service(tmp_path, listener)
    uid = tus.create_tus_upload(len(data), META).id
    assert code(patch, tus, uid, 0, chunks(data + b"extra")) == "MAX_SIZE_EXCEEDED"
    assert tus.get_tus_upload(uid).offset == len(data)
    patch(tus, uid, len(data), chunks(b""))  # an empty PATCH completes it
    assert listener.finished == [(both(data), data)]


def test_offsets_and_lengths(tmp_path: Path) -> None:
    tus = service(tmp_path, Listener(), max_size=100)
    assert code(tus.create_tus_upload, 101, {}) == "MAX_SIZE_EXCEEDED"
    uid = tus.create_tus_upload(None, {}).id  # deferred length
    assert code(patch, tus, uid, 1, chunks(b"abc")) == "TUS_OFFSET_MISMATCH"
    assert patch(tus, uid, 0, chunks(b"abc")).length is None
    assert code(patch, tus, uid, 3, chunks(b""), 2) == "TUS_INVALID_HEADER"  # shorter than what arrived
    assert code(patch, tus, uid, 3, chunks(b""), 101) == "TUS_INVALID_HEADER"  # past the largest upload
    assert patch(tus, uid, 3, chunks(b"de"), 6).length == 6
    assert code(patch, tus, uid, 5, chunks(b"f"), 7) == "TUS_INVALID_HEADER"  # a length never changes
    done = patch(tus, uid, 5, chunks(b"f"), 6)
    assert done.finished and done.expires_ts is None
    assert code(tus.delete_tus_upload, uid) == "TUS_UPLOAD_FINISHED"
    unbounded = tus.create_tus_upload(None, {}).id  # a deferred length is bounded by the largest upload
    assert code(patch, tus, unbounded, 0, chunks(b"x" * 150)) == "MAX_SIZE_EXCEEDED"
    assert tus.get_tus_upload(unbounded).offset == 100


def test_one_patch_at_a_time(tmp_path: Path) -> None:
    tus = service(tmp_path, Listener())
    uid = tus.create_tus_upload(10, {}).id
    seen: list[str] = []

    async def body() -> AsyncIterator[bytes]:
        yield b"abc"
        try:  # a second PATCH while this one still streams
            await tus.patch_tus_upload(uid, 3, None, chunks(b"d"))
        except TransloaditError as exc:
            seen.append(exc.code)
        stale = tus.store.get(uid)
        assert stale is not None
        stale.expires_ts = time.time() - 1
        tus.store.save(stale)
        seen.append(str(tus.expire_abandoned()))  # a busy upload is never swept, even past its expiry
        yield b"de"

    assert patch(tus, uid, 0, body()).offset == 5
    assert seen == ["TUS_OFFSET_MISMATCH", "0"]


def test_terminate(tmp_path: Path) -> None:
    tus = service(tmp_path, Listener())
    uid = tus.create_tus_upload(10, {}).id
    patch(tus, uid, 0, chunks(b"abc"))
    tus.delete_tus_upload(uid)
    assert code(tus.get_tus_upload, uid) == "TUS_UPLOAD_TERMINATED"
    assert code(patch, tus, uid, 3, chunks(b"d")) == "TUS_UPLOAD_TERMINATED"
    assert code(tus.get_tus_upload, "f" * 32) == "TUS_UPLOAD_NOT_FOUND"
    assert code(tus.get_tus_upload, "../../etc") == "TUS_UPLOAD_NOT_FOUND"


def test_expiry(tmp_path: Path) -> None:
    tus = service(tmp_path, Listener())
    fresh = tus.create_tus_upload(10, {})
    assert fresh.expires_ts is not None and fresh.expires_ts > time.time() + 3600  # 24 hours by default
    stale, swept = tus.create_tus_upload(10, {}).id, tus.create_tus_upload(10, {}).id
    for uid in (stale, swept):
        kept = tus.store.get(uid)
        assert kept is not None
        kept.expires_ts = time.time() - 1  # nobody touched it for longer than the expiry
        tus.store.save(kept)
    assert code(tus.get_tus_upload, stale) == "TUS_UPLOAD_EXPIRED"
    assert code(tus.get_tus_upload, stale) == "TUS_UPLOAD_NOT_FOUND"
    assert tus.expire_abandoned() == 1
    assert code(tus.get_tus_upload, swept) == "TUS_UPLOAD_NOT_FOUND"
    assert tus.get_tus_upload(fresh.id).offset == 0


def test_uploads_and_their_assemblies(tmp_path: Path) -> None:
    listener = Listener()
    tus = service(tmp_path, listener)
    lone = tus.create_tus_upload(0, {"assembly_url": "http://x/assemblies/nope"})
    assert lone.assembly_id is None and listener.events == []  # no Assembly: nobody is told
    empty = tus.create_tus_upload(0, {"assembly_url": f"https://x/assemblies/{ASSEMBLY}?x=1"})
    assert empty.assembly_id == ASSEMBLY and empty.url == f"http://x/resumable/files/{empty.id}"
    assert listener.events == [("started", 0), ("finished", 0)]  # a zero-byte upload is complete at once
    assert tus.get_tus_upload(empty.id).extra["attached"] is True
