"""The whole Assembly lifecycle through transloadit_kit and the generated client,
in-process (ASGI) and over a real loopback socket, on both facades (``Transloadit``, ``AsyncTransloadit``)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PIL import Image
from starlette.testclient import TestClient
from transloadit_client.api.assemblies import get_assembly
from transloadit_client.models import AssemblyStatus

from tests.conftest import KEY, SECRET, jpeg_bytes, make_settings, start_live_server
from tests.kits import KIT_KINDS, in_process_kit, socket_kit
from transloadit_emulator.app import create_app
from transloadit_kit import Transloadit, TransloaditApiError

RESIZE_STEPS = {
    ":original": {"robot": "/upload/handle"},
    "resized": {"use": ":original", "robot": "/image/resize", "width": 320, "resize_strategy": "fit"},
}


@contextmanager
def facade(where: str, kind: str, tmp_path: Path) -> Iterator[Transloadit]:
    """A facade of ``kind`` on an emulator ``where``: ``asgi`` in-process or ``socket`` on loopback."""
    if where == "asgi":
        settings = make_settings(tmp_path / "data", public_base_url="http://testserver")
        with TestClient(create_app(settings)) as client, in_process_kit(kind, KEY, SECRET, client) as kit:
            yield kit
        return
    server = start_live_server(tmp_path / "live")
    try:
        with socket_kit(kind, KEY, SECRET, server.url) as kit:
            yield kit
    finally:
        server.stop()


@pytest.fixture(params=[(where, kind) for where in ("asgi", "socket") for kind in KIT_KINDS], ids="-".join)
def tl(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Transloadit]:
    with facade(*request.param, tmp_path) as kit:
        yield kit


@pytest.fixture(params=["asgi", "socket"])
def sync_tl(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Transloadit]:
    """The blocking facade, for tests that also call the generated client through its ``client``."""
    with facade(request.param, "sync", tmp_path) as kit:
        yield kit


def wait(tl: Transloadit, status: AssemblyStatus) -> AssemblyStatus:
    return tl.wait_for_assembly(status, timeout=30, poll_interval=0.05)


def test_create_resize_wait_download(tl: Transloadit) -> None:
    created = tl.create_assembly(
        steps=RESIZE_STEPS, files=[("photo.jpg", jpeg_bytes((640, 427)))], fields={"album": "summer"}
    )
    assert created.ok in {"ASSEMBLY_EXECUTING", "ASSEMBLY_COMPLETED"}
    assert created.assembly_ssl_url == f"{tl.client._base_url}/assemblies/{created.assembly_id}"
    assert created.update_stream_url.endswith(f"/ws?assembly={created.assembly_id}")  # type: ignore[union-attr]
    done = wait(tl, created)
    assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
    assert done.fields.to_dict() == {"album": "summer"}  # type: ignore[union-attr]

    upload = done.uploads[0]  # type: ignore[index]
    assert (upload.name, upload.basename, upload.ext, upload.mime, upload.type_, upload.field) == (
        "photo.jpg",
        "photo",
        "jpg",
        "image/jpeg",
        "image",
        "file",
    )
    assert upload.meta.width == 640 and upload.meta.height == 427  # type: ignore[union-attr]
    assert upload.meta.aspect_ratio == "1.499"  # type: ignore[union-attr]

    [result] = done.results["resized"]  # type: ignore[index]
    assert result.original_id == upload.id and result.id != upload.id
    assert result.meta.width == 320 and result.meta.height == 214  # type: ignore[union-attr]
    data = tl.download(str(result.ssl_url))
    assert len(data) == result.size
    assert Image.open(io.BytesIO(data)).size == (320, 214)
    assert ":original:::original" in done.started_jobs and "resized:::original" in done.started_jobs  # type: ignore[operator]
    assert done.bytes_usage == upload.size + result.size  # type: ignore[operator]
    assert '"key":"****"' in str(done.params)


def test_signed_and_unsigned_status_reads_through_the_generated_client(sync_tl: Transloadit) -> None:
    created = sync_tl.create_assembly(steps=RESIZE_STEPS, files=[("a.jpg", jpeg_bytes())])
    status = get_assembly.sync(str(created.assembly_id), client=sync_tl.client)
    assert isinstance(status, AssemblyStatus) and status.assembly_id == created.assembly_id
    done = wait(sync_tl, created)
    params, signature = sync_tl.signed()
    again = get_assembly.sync(str(done.assembly_id), client=sync_tl.client, params=params, signature=signature)
    assert isinstance(again, AssemblyStatus) and again.ok == "ASSEMBLY_COMPLETED"


def test_client_chosen_id_and_reuse(tl: Transloadit) -> None:
    chosen = "0123456789abcdef0123456789abcdef"
    created = tl.create_assembly(steps=RESIZE_STEPS, files=[("a.jpg", jpeg_bytes())], assembly_id=chosen)
    assert created.assembly_id == chosen
    with pytest.raises(TransloaditApiError) as info:
        tl.create_assembly(steps=RESIZE_STEPS, assembly_id=chosen)
    assert (info.value.code, info.value.http_status) == ("DO_NOT_REUSE_ASSEMBLY_IDS", 409)


def test_cancel_finished_keeps_outcome_and_replay(tl: Transloadit) -> None:
    done = tl.create_assembly(steps=RESIZE_STEPS, files=[("a.jpg", jpeg_bytes())], wait=True, timeout=30)
    assert tl.cancel_assembly(str(done.assembly_id)).ok == "ASSEMBLY_COMPLETED"

    replay = tl.replay_assembly(
        str(done.assembly_id),
        steps={"small": {"use": ":original", "robot": "/image/resize", "width": 50}},
    )
    assert replay.ok == "ASSEMBLY_REPLAYING" and replay.success is True
    assert replay.assembly_id != done.assembly_id and replay.parent_id == done.assembly_id
    assert replay.parent_assembly_status == done.assembly_ssl_url
    replayed = wait(tl, replay)
    assert replayed.ok == "ASSEMBLY_COMPLETED"
    assert replayed.results["small"][0].meta.width == 50  # type: ignore[index,union-attr]
    assert replayed.uploads[0].id == done.uploads[0].id  # type: ignore[index]


def test_list_with_filters_and_pagination(tl: Transloadit) -> None:
    ids = []
    for i in range(3):
        s = tl.create_assembly(steps=RESIZE_STEPS, files=[(f"pic{i}.jpg", jpeg_bytes((64, 64)))])
        ids.append(s.assembly_id)
    for i in ids:
        wait(tl, tl.get_assembly(str(i)))
    listed = tl.list_assemblies(pagesize=2)
    assert listed.count == 3 and len(listed.items) == 2
    assert [item.id for item in listed.items] == ids[::-1][:2]  # newest first
    assert tl.list_assemblies(page=2, pagesize=2).items[0].id == ids[0]
    assert tl.list_assemblies(type="completed").count == 3
    assert tl.list_assemblies(type="failed").count == 0
    assert tl.list_assemblies(keywords=["pic1"]).items[0].id == ids[1]
    assert tl.list_assemblies(fromdate="2999-01-01 00:00:00").count == 0
    assert tl.list_assemblies(todate="2999-01-01 00:00:00").count == 3
    with pytest.raises(TransloaditApiError) as info:
        tl.list_assemblies(pagesize=5001)
    assert info.value.code == "ASSEMBLY_LIST_ERROR"


def test_failed_step_reports_error_in_status(tl: Transloadit) -> None:
    done = tl.create_assembly(steps=RESIZE_STEPS, files=[("notes.jpg", b"not an image at all")], wait=True, timeout=30)
    assert done.error == "INVALID_INPUT_ERROR"
    assert not isinstance(done.ok, str)  # a failed status carries error, not ok
    assert "notes.jpg" in str(done.message)
    assert tl.list_assemblies(type="failed").count == 1


def test_ignore_errors_keeps_going(tl: Transloadit) -> None:
    steps = {**RESIZE_STEPS, "resized": {**RESIZE_STEPS["resized"], "ignore_errors": True}}
    done = tl.create_assembly(steps=steps, files=[("notes.jpg", b"text")], wait=True, timeout=30)
    assert done.ok == "ASSEMBLY_COMPLETED"
    assert done.ignored_errors[0].additional_properties["error"] == "INVALID_INPUT_ERROR"  # type: ignore[index]


def test_filter_and_hash_steps(tl: Transloadit) -> None:
    steps = {
        ":original": {"robot": "/upload/handle"},
        "images": {"use": ":original", "robot": "/file/filter", "accepts": [["${file.mime}", "regex", "image"]]},
        "hashed": {"use": "images", "robot": "/file/hash", "algorithm": "md5"},
    }
    files = [("a.jpg", jpeg_bytes((32, 32))), ("b.txt", b"hello")]
    done = tl.create_assembly(steps=steps, files=files, wait=True, timeout=30)
    assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
    [hashed] = done.results["hashed"]  # type: ignore[index]
    assert hashed.name == "a.jpg"
    assert hashed.meta.hash_ == hashed.md5hash  # type: ignore[union-attr]
