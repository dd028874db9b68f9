"""tus uploads continued by another process: two TusServices ("API processes" A and B), each with
its own local directories, over one record store and one S3 bucket (moto on loopback). No local
disk holds the only copy of a part, and the md5 stays right wherever the bytes arrived."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.conftest import S3Bucket
from transloadit_emulator.core.clock import ManualClock, UuidIds
from transloadit_emulator.core.tus import TusService, TusUpload
from transloadit_emulator.storage.records import SqliteRecordStore
from transloadit_emulator.storage.s3_blobs import S3BlobStore
from transloadit_emulator.storage.shared_uploads import SharedUploadStore
from transloadit_emulator.storage.sqlite import SqliteDatabase

ASSEMBLY = "ab" * 16
BODY = bytes(range(256)) * 40


class Finished:
    """The Assembly side: what a finished upload handed over."""

    def __init__(self) -> None:
        self.files: list[tuple[bytes, str | None]] = []

    def tus_upload_started(self, upload: TusUpload) -> None:
        pass

    def tus_upload_progressed(self, upload: TusUpload) -> None:
        pass

    def tus_upload_finished(self, upload: TusUpload, path: Path) -> None:
        self.files.append((path.read_bytes(), upload.extra.get("md5")))
        path.unlink()  # the Assembly takes the file away


def _services(tmp_path: Path, bucket: S3Bucket) -> tuple[TusService, TusService, Finished, SharedUploadStore]:
    records = SqliteRecordStore(SqliteDatabase(tmp_path / "shared.sqlite3"))
    finished = Finished()
    services, stores = [], []
    for name in ("a", "b"):
        blobs = S3BlobStore(bucket.url + "/emu", tmp_path / name / "cache", endpoint=bucket.endpoint)
        store = SharedUploadStore(records, blobs, tmp_path / name / "parts")
        stores.append(store)
        services.append(
            TusService(
                store, base_url="http://emu", listener=finished, clock=ManualClock(), ids=UuidIds(), max_size=10**7
            )
        )
    return services[0], services[1], finished, stores[0]


async def _body(data: bytes) -> AsyncIterator[bytes]:
    for start in range(0, len(data), 1000):
        yield data[start : start + 1000]


@pytest.mark.parametrize("split", [0, 3000, len(BODY) - 1])
def test_an_upload_started_on_a_is_resumed_and_finished_on_b(tmp_path: Path, s3_bucket: S3Bucket, split: int) -> None:
    a, b, finished, store = _services(tmp_path, s3_bucket)
    created = a.create_tus_upload(len(BODY), {"assembly_url": f"http://emu/assemblies/{ASSEMBLY}"})
    if split:
        asyncio.run(a.patch_tus_upload(created.id, 0, None, _body(BODY[:split])))
    assert b.get_tus_upload(created.id).offset == split  # B's HEAD sees A's bytes
    assert not list((tmp_path / "a" / "parts").iterdir()) and not list((tmp_path / "a" / "cache").rglob("*.*"))
    done = asyncio.run(b.patch_tus_upload(created.id, split, None, _body(BODY[split:])))
    assert done.finished and a.get_tus_upload(created.id).attached
    assert finished.files == [(BODY, finished.files[0][1])]
    md5 = finished.files[0][1]
    assert md5 is None or md5 == hashlib.md5(BODY).hexdigest()  # A's running md5 covers A's part only: none
    assert (md5 is not None) == (split == 0)  # all bytes through B: streamed, no second pass
    assert s3_bucket.keys() == []  # the parts went once the Assembly took the file


def test_a_deferred_length_and_a_patch_cut_short_across_processes(tmp_path: Path, s3_bucket: S3Bucket) -> None:
    a, b, finished, _ = _services(tmp_path, s3_bucket)
    created = a.create_tus_upload(None, {"assembly_url": f"http://emu/assemblies/{ASSEMBLY}"})

    async def cut(data: bytes) -> AsyncIterator[bytes]:
        yield data[:1500]
        raise ConnectionError("the client went away")

    with pytest.raises(ConnectionError):
        asyncio.run(a.patch_tus_upload(created.id, 0, None, cut(BODY)))
    assert b.get_tus_upload(created.id).offset == 1500  # what arrived before the cut counts
    asyncio.run(b.patch_tus_upload(created.id, 1500, len(BODY), _body(BODY[1500:])))
    assert [body for body, _ in finished.files] == [BODY]


def test_terminated_and_expired_uploads_leave_nothing(tmp_path: Path, s3_bucket: S3Bucket) -> None:
    a, b, _, store = _services(tmp_path, s3_bucket)
    first = a.create_tus_upload(len(BODY), {})
    asyncio.run(a.patch_tus_upload(first.id, 0, None, _body(BODY[:2000])))
    b.delete_tus_upload(first.id)
    assert s3_bucket.keys() == [] and store.get(first.id).terminated  # type: ignore[union-attr]
    second = a.create_tus_upload(len(BODY), {})
    asyncio.run(a.patch_tus_upload(second.id, 0, None, _body(BODY[:10])))
    assert store.expire(second.expires_ts + 1, keep=[first.id]) == [second.id]  # type: ignore[operator]
    assert store.get(second.id) is None and store.get(first.id) is not None and s3_bucket.keys() == []
