"""The tus server's running md5: handed over when complete, never wrong when it cannot be."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from transloadit_emulator.core.clock import SystemClock, UuidIds
from transloadit_emulator.core.tus import TusService, TusUpload
from transloadit_emulator.errors import TransloaditError

ASSEMBLY = "a" * 32
META = "assembly_url " + base64.b64encode(f"http://x/assemblies/{ASSEMBLY}".encode()).decode()


class Listener:
    """Records what the Assembly service would be told."""

    def __init__(self) -> None:
        self.finished: list[tuple[str | None, bytes]] = []

    def tus_upload_started(self, upload: TusUpload) -> None:
        pass

    def tus_upload_progressed(self, upload: TusUpload) -> None:
        pass

    def tus_upload_finished(self, upload: TusUpload, path: Path) -> None:
        self.finished.append((upload.extra.get("md5"), path.read_bytes()))


def service(root: Path, listener: Listener) -> TusService:
    clock, ids = SystemClock(), UuidIds()
    return TusService(root, base_url="http://x", listener=listener, clock=clock, ids=ids, max_size=1 << 30)


async def chunks(data: bytes, size: int = 1000, fail_after: int | None = None) -> AsyncIterator[bytes]:
    for i in range(0, len(data), size):
        if fail_after is not None and i >= fail_after:
            raise OSError("client went away")
        yield data[i : i + size]


def patch(tus: TusService, uid: str, offset: int, body: AsyncIterator[bytes]) -> TusUpload:
    coro = tus.patch_tus_upload(
        "1.0.0", uid, offset=str(offset), length=None, content_type="application/offset+octet-stream", body=body
    )
    return asyncio.run(coro)


def test_streamed_md5_across_patches_and_a_failed_body(tmp_path: Path) -> None:
    data = os.urandom(10_000)
    listener = Listener()
    tus = service(tmp_path, listener)
    uid = tus.create_tus_upload("1.0.0", str(len(data)), None, META).id
    assert patch(tus, uid, 0, chunks(data[:3000])).offset == 3000
    with pytest.raises(OSError):
        patch(tus, uid, 3000, chunks(data[3000:], fail_after=4000))  # the bytes before the failure stay
    offset = tus.get_tus_upload("1.0.0", uid).offset
    assert offset == 7000
    patch(tus, uid, offset, chunks(data[offset:]))
    [(md5, stored)] = listener.finished
    assert stored == data and md5 == hashlib.md5(data).hexdigest()


def test_no_md5_after_a_restart_mid_upload(tmp_path: Path) -> None:
    data = os.urandom(5000)
    listener = Listener()
    first = service(tmp_path, listener)
    uid = first.create_tus_upload("1.0.0", str(len(data)), None, META).id
    patch(first, uid, 0, chunks(data[:2000]))
    again = service(tmp_path, listener)  # the running md5 died with the old process
    patch(again, uid, 2000, chunks(data[2000:]))
    assert listener.finished == [(None, data)]  # so the store hashes the file itself


def test_md5_covers_only_the_bytes_kept_when_the_rest_is_refused(tmp_path: Path) -> None:
    data = os.urandom(2500)
    listener = Listener()
    tus = service(tmp_path, listener)
    uid = tus.create_tus_upload("1.0.0", str(len(data)), None, META).id
    with pytest.raises(TransloaditError):
        patch(tus, uid, 0, chunks(data + b"extra"))
    assert tus.get_tus_upload("1.0.0", uid).offset == len(data)
    patch(tus, uid, len(data), chunks(b""))  # an empty PATCH completes it
    assert listener.finished == [(hashlib.md5(data).hexdigest(), data)]
