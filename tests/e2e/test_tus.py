"""tus resumable uploads through the generated client, tied to Assemblies that wait for them."""

from __future__ import annotations

import base64
import io
from typing import Any

import pytest
from starlette.testclient import TestClient
from transloadit_client.api.assemblies import create_assembly
from transloadit_client.api.resumable_uploads import (
    create_tus_upload,
    delete_tus_upload,
    get_tus_options,
    get_tus_upload,
    patch_tus_upload,
)
from transloadit_client.models import AssemblyStatus, CreateAssemblyMultipartForm
from transloadit_client.types import File

from tests.conftest import KEY, SECRET, jpeg_bytes
from transloadit_emulator.app import create_app
from transloadit_emulator.core.clock import ManualClock
from transloadit_emulator.settings import Settings
from transloadit_kit import Transloadit

STEPS = {
    ":original": {"robot": "/upload/handle"},
    "small": {"use": ":original", "robot": "/image/resize", "width": 64},
}


def metadata(**values: str) -> str:
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in values.items())


def uploading_assembly(tl: Transloadit, expected: int) -> AssemblyStatus:
    params, signature = tl.signed(steps=STEPS)
    form = CreateAssemblyMultipartForm(params=params, signature=signature, tus_num_expected_upload_files=expected)
    status = create_assembly.sync(client=tl.client, body=form)
    assert isinstance(status, AssemblyStatus) and status.ok == "ASSEMBLY_UPLOADING", status
    return status


def upload_id(location: str) -> str:
    return location.rstrip("/").rsplit("/", 1)[-1]


def patch(tl: Transloadit, uid: str, offset: int, data: bytes, **kw: Any) -> Any:
    return patch_tus_upload.sync_detailed(
        uid, client=tl.client, body=File(payload=io.BytesIO(data)), tus_resumable="1.0.0", upload_offset=offset, **kw
    )


def test_options(kit: Transloadit) -> None:
    r = get_tus_options.sync_detailed(client=kit.client)
    assert r.status_code == 204
    assert r.headers["tus-version"] == "1.0.0" and "creation-defer-length" in r.headers["tus-extension"]


def test_upload_in_two_patches_then_execute(kit: Transloadit, test_client: TestClient) -> None:
    status = uploading_assembly(kit, 1)
    data = jpeg_bytes((300, 200))
    meta = metadata(assembly_url=str(status.assembly_ssl_url), fieldname="photo", filename="a.jpg", owner="ann")
    created = create_tus_upload.sync_detailed(
        client=kit.client, tus_resumable="1.0.0", upload_length=len(data), upload_metadata=meta
    )
    assert created.status_code == 201
    uid = upload_id(created.headers["location"])
    assert created.headers["location"] == f"http://testserver/resumable/files/{uid}"

    half = len(data) // 2
    assert patch(kit, uid, 0, data[:half]).headers["upload-offset"] == str(half)
    head = get_tus_upload.sync_detailed(uid, client=kit.client, tus_resumable="1.0.0")
    assert (head.headers["upload-offset"], head.headers["upload-length"]) == (str(half), str(len(data)))
    mid = kit.get_assembly(str(status.assembly_id))
    assert mid.ok == "ASSEMBLY_UPLOADING" and mid.bytes_received == half and mid.bytes_expected == len(data)
    assert mid.started_tus_uploads == 1 and mid.finished_tus_uploads == 0

    assert patch(kit, uid, 0, data[half:]).status_code == 409  # wrong offset
    assert patch(kit, uid, half, data[half:]).status_code == 204

    done = kit.wait_for_assembly(str(status.assembly_id), timeout=30, poll_interval=0.05)
    assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
    [upload] = done.uploads  # type: ignore[misc]
    assert (upload.name, upload.field, upload.is_tus_file, upload.size) == ("a.jpg", "photo", True, len(data))
    assert upload.user_meta.to_dict() == {"owner": "ann"}  # type: ignore[union-attr]
    assert upload.additional_properties.get("tus_upload_url") or upload.tus_upload_url
    assert done.results["small"][0].meta.width == 64  # type: ignore[index,union-attr]
    assert done.finished_tus_uploads == 1 and done.bytes_received == len(data)
    assert test_client.get(str(upload.ssl_url)).content == data


def test_deferred_length_like_the_node_sdk(kit: Transloadit) -> None:
    status = uploading_assembly(kit, 1)
    data = jpeg_bytes((120, 80))
    meta = metadata(assembly_url=str(status.assembly_url), fieldname="file", filename="b.jpg")
    created = create_tus_upload.sync_detailed(
        client=kit.client, tus_resumable="1.0.0", upload_defer_length=1, upload_metadata=meta
    )
    uid = upload_id(created.headers["location"])
    assert (
        get_tus_upload.sync_detailed(uid, client=kit.client, tus_resumable="1.0.0").headers["upload-defer-length"]
        == "1"
    )
    assert patch(kit, uid, 0, data).status_code == 204
    assert patch(kit, uid, len(data), b"", upload_length=len(data)).status_code == 204
    done = kit.wait_for_assembly(str(status.assembly_id), timeout=30, poll_interval=0.05)
    assert done.ok == "ASSEMBLY_COMPLETED" and done.uploads[0].size == len(data)  # type: ignore[index]


def test_terminate_and_errors(kit: Transloadit, test_client: TestClient) -> None:
    created = create_tus_upload.sync_detailed(client=kit.client, tus_resumable="1.0.0", upload_length=10)
    uid = upload_id(created.headers["location"])
    assert delete_tus_upload.sync_detailed(uid, client=kit.client, tus_resumable="1.0.0").status_code == 204
    assert get_tus_upload.sync_detailed(uid, client=kit.client, tus_resumable="1.0.0").status_code == 410
    assert get_tus_upload.sync_detailed("0" * 32, client=kit.client, tus_resumable="1.0.0").status_code == 404

    def post(headers: dict[str, str]) -> Any:
        return test_client.post("/resumable/files/", headers=headers)

    assert post({"Upload-Length": "5"}).json()["error"] == "TUS_VERSION_UNSUPPORTED"
    assert post({"Tus-Resumable": "1.0.0"}).json()["error"] == "TUS_INVALID_HEADER"
    assert post({"Tus-Resumable": "1.0.0", "Upload-Length": "5", "Upload-Metadata": "k !!"}).status_code == 400
    uid = upload_id(post({"Tus-Resumable": "1.0.0", "Upload-Length": "3"}).headers["location"])
    wrong_type = test_client.patch(
        f"/resumable/files/{uid}", content=b"abc", headers={"Tus-Resumable": "1.0.0", "Upload-Offset": "0"}
    )
    assert (wrong_type.status_code, wrong_type.json()["error"]) == (415, "TUS_UNSUPPORTED_MEDIA_TYPE")
    too_long = patch(kit, uid, 0, b"abcdef")
    assert too_long.status_code == 413
    assert get_tus_upload.sync_detailed(uid, client=kit.client, tus_resumable="1.0.0").headers["upload-offset"] == "3"


def test_assembly_not_expecting_uploads_refuses_them(kit: Transloadit) -> None:
    done = kit.create_assembly(steps=STEPS, files=[("a.jpg", jpeg_bytes((10, 10)))], wait=True, timeout=30)
    meta = metadata(assembly_url=str(done.assembly_ssl_url), filename="late.jpg")
    r = create_tus_upload.sync_detailed(client=kit.client, tus_resumable="1.0.0", upload_length=3, upload_metadata=meta)
    assert r.status_code == 400 and r.parsed.error == "ASSEMBLY_FILE_NOT_RESERVED"  # type: ignore[union-attr]


def test_cancel_while_uploading(kit: Transloadit) -> None:
    status = uploading_assembly(kit, 1)
    meta = metadata(assembly_url=str(status.assembly_ssl_url), filename="c.jpg")
    created = create_tus_upload.sync_detailed(
        client=kit.client, tus_resumable="1.0.0", upload_length=4, upload_metadata=meta
    )
    uid = upload_id(created.headers["location"])
    assert kit.cancel_assembly(str(status.assembly_id)).ok == "ASSEMBLY_CANCELED"
    assert patch(kit, uid, 0, b"abcd").status_code == 204  # the bytes are kept...
    after = kit.get_assembly(str(status.assembly_id))
    assert after.ok == "ASSEMBLY_CANCELED" and after.uploads == []  # ...but nothing executes


@pytest.mark.parametrize("fieldname", ["file"])
def test_official_sdk_default_resumable_path(live_server: Any, tmp_path: Any, fieldname: str) -> None:
    from transloadit.client import Transloadit as OfficialClient

    photo = tmp_path / "resumable.jpg"
    photo.write_bytes(jpeg_bytes((400, 300)))
    tl = OfficialClient(KEY, SECRET, service=live_server.url)
    assembly = tl.new_assembly()
    assembly.add_file(open(photo, "rb"))
    assembly.add_step("small", "/image/resize", {"width": 100, "use": ":original"})
    status = assembly.create(wait=True).data  # resumable=True is the SDK's default: tus
    assert status["ok"] == "ASSEMBLY_COMPLETED", status
    assert status["uploads"][0]["is_tus_file"] is True and status["uploads"][0]["name"] == "resumable.jpg"
    assert status["results"]["small"][0]["meta"]["width"] == 100


def test_abandoned_uploads_expire(settings: Settings) -> None:
    clock = ManualClock()  # follows system time until advanced
    with TestClient(create_app(settings, clock=clock), raise_server_exceptions=False) as client:
        tl = Transloadit(KEY, SECRET, service="http://testserver", httpx_client=client)
        created = create_tus_upload.sync_detailed(client=tl.client, tus_resumable="1.0.0", upload_length=10)
        assert "upload-expires" in created.headers and "GMT" in created.headers["upload-expires"]
        assert "expiration" in get_tus_options.sync_detailed(client=tl.client).headers["tus-extension"]
        uid = upload_id(created.headers["location"])
        kept = upload_id(
            create_tus_upload.sync_detailed(client=tl.client, tus_resumable="1.0.0", upload_length=3).headers[
                "location"
            ]
        )
        assert patch(tl, kept, 0, b"abc").status_code == 204  # finished: never expires
        clock.advance(settings.tus_expiry_seconds + 1)
        gone = get_tus_upload.sync_detailed(uid, client=tl.client, tus_resumable="1.0.0")
        assert gone.status_code == 410
        assert get_tus_upload.sync_detailed(uid, client=tl.client, tus_resumable="1.0.0").status_code == 404
        assert get_tus_upload.sync_detailed(kept, client=tl.client, tus_resumable="1.0.0").status_code == 200

        other = upload_id(
            create_tus_upload.sync_detailed(client=tl.client, tus_resumable="1.0.0", upload_length=5).headers[
                "location"
            ]
        )
        clock.advance(settings.tus_expiry_seconds + 1)
        assert client.app.state.tus.expire_abandoned() == 1  # type: ignore[attr-defined]
        assert get_tus_upload.sync_detailed(other, client=tl.client, tus_resumable="1.0.0").status_code == 404
