"""State survives a restart: Assemblies, their files, and executions cut short."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import httpx

from tests.conftest import KEY, SECRET, jpeg_bytes, start_live_server
from transloadit_emulator.storage.sqlite import SqliteDatabase
from transloadit_emulator.storage.state import SqliteStateStore
from transloadit_kit import Transloadit

STEPS = {
    ":original": {"robot": "/upload/handle"},
    "thumb": {"use": ":original", "robot": "/image/resize", "width": 100, "height": 100, "resize_strategy": "pad"},
}


def test_assemblies_and_files_survive_restart(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = start_live_server(data_dir)
    port = first.settings.port
    try:
        tl = Transloadit(KEY, SECRET, service=first.url)
        done = tl.create_assembly(steps=STEPS, files=[("cat.jpg", jpeg_bytes())], wait=True, timeout=30)
        canceled = tl.create_assembly(steps=STEPS, extra_params=None)
        assert done.ok == "ASSEMBLY_COMPLETED"
    finally:
        first.stop()

    second = start_live_server(data_dir, port=port)
    try:
        tl = Transloadit(KEY, SECRET, service=second.url)
        again = tl.get_assembly(str(done.assembly_id))
        assert again.to_dict() == done.to_dict()
        assert tl.get_assembly(str(canceled.assembly_id)).assembly_id == canceled.assembly_id
        listed = {item.id for item in tl.list_assemblies().items}
        assert {done.assembly_id, canceled.assembly_id} <= listed
        for f in [*done.uploads, *done.results["thumb"]]:  # type: ignore[misc]
            body = httpx.get(str(f.ssl_url)).content
            assert hashlib.md5(body).hexdigest() == f.md5hash
            assert hashlib.sha256(body).hexdigest() == f.sha256
    finally:
        second.stop()


def test_interrupted_execution_resumes(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = start_live_server(data_dir)
    try:
        tl = Transloadit(KEY, SECRET, service=first.url)
        done = tl.create_assembly(steps=STEPS, files=[("cat.jpg", jpeg_bytes())], wait=True, timeout=30)
    finally:
        first.stop()

    # Make the stored Assembly look like the emulator died mid-execution.
    store = SqliteStateStore(SqliteDatabase(data_dir / "state.sqlite3"))
    stored = store.load(str(done.assembly_id))
    assert stored is not None
    stored.status.update(ok="ASSEMBLY_EXECUTING", results={}, started_jobs=[])
    store.save(stored, "")
    store.close()

    second = start_live_server(data_dir)
    try:
        tl = Transloadit(KEY, SECRET, service=second.url)
        resumed = tl.wait_for_assembly(str(done.assembly_id), timeout=30, poll_interval=0.05)
        assert resumed.ok == "ASSEMBLY_COMPLETED"
        assert resumed.results["thumb"][0].meta.width == 100  # type: ignore[index,union-attr]
    finally:
        second.stop()


def test_a_tus_upload_resumed_after_a_restart_gets_its_digests(tmp_path: Path) -> None:
    """The running digests of an unfinished upload die with the process; the finished file is hashed."""
    data_dir = tmp_path / "data"
    data = jpeg_bytes((200, 150))
    first = start_live_server(data_dir)
    port = first.settings.port
    try:
        tl = Transloadit(KEY, SECRET, service=first.url)
        params, signature = tl.signed(steps=STEPS)
        created = httpx.post(
            f"{first.url}/assemblies",
            data={"params": params, "signature": signature, "tus_num_expected_upload_files": "1"},
        ).json()
        url = tl.start_upload(created["assembly_ssl_url"], len(data), filename="later.jpg")
        headers = {"Tus-Resumable": "1.0.0", "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"}
        assert httpx.patch(url, content=data[:5000], headers=headers).status_code == 204
    finally:
        first.stop()

    second = start_live_server(data_dir, port=port)
    try:
        tl = Transloadit(KEY, SECRET, service=second.url)
        tl.send_upload(url, ("later.jpg", io.BytesIO(data)), chunk_size=4096)
        done = tl.wait_for_assembly(created["assembly_id"], timeout=30)
        assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
        [upload] = done.uploads  # type: ignore[misc]
        assert upload.md5hash == hashlib.md5(data).hexdigest()
        assert upload.sha256 == hashlib.sha256(data).hexdigest()
        thumb = done.results["thumb"][0]  # type: ignore[index]
        assert thumb.sha256 == hashlib.sha256(httpx.get(str(thumb.ssl_url)).content).hexdigest()
    finally:
        second.stop()
