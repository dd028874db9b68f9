"""/cloudfiles/import and /cloudfiles/store against our fake of Rackspace Cloud Files
(tests/fakes/cloudfiles.py: identity, Swift and CDN APIs) on loopback, reached through the
emulator's ``cloudfiles_identity`` service URL and the service catalog the login answers."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from starlette.testclient import TestClient

from tests.conftest import KEY, SECRET, free_port, jpeg_bytes, make_settings
from tests.fakes import FakeServer
from tests.fakes.cloudfiles import CloudfilesHandler, CloudfilesState
from transloadit_emulator.app import create_app
from transloadit_emulator.settings import Settings
from transloadit_kit import Transloadit

PHOTO = jpeg_bytes((160, 100))
TEXT = b"minutes of the meeting\n" * 20
ACCOUNT = {"user": "ada", "key": "rackspace-api-key", "container": "media", "data_center": "ORD"}


def run(kit: Transloadit, steps: dict[str, Any], *files: tuple[str, bytes], **kw: Any) -> dict[str, Any]:
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=60, **kw).to_dict()


@pytest.fixture(scope="session")
def cloudfiles_server() -> Iterator[FakeServer]:
    with FakeServer(CloudfilesHandler, CloudfilesState(users={"ada": "rackspace-api-key"})) as server:
        yield server


@pytest.fixture
def cloud(cloudfiles_server: FakeServer) -> CloudfilesState:
    state: CloudfilesState = cloudfiles_server.httpd.fake  # type: ignore[attr-defined]
    state.containers = {("ORD", "media"): {}, ("DFW", "media"): {}}
    state.cdn = set()
    return state


@pytest.fixture
def settings(tmp_path: Path, cloudfiles_server: FakeServer) -> Settings:
    urls = (("cloudfiles_identity", cloudfiles_server.url),)
    return make_settings(tmp_path / "data", public_base_url="http://testserver", service_urls=urls)


def test_cloudfiles_store_from_several_steps_with_cdn_urls(
    kit: Transloadit, cloud: CloudfilesState, cloudfiles_server: FakeServer
) -> None:
    kit.create_credential("my-cloudfiles", "cloudfiles", ACCOUNT)
    cloud.cdn.add(("ORD", "media"))
    steps = {
        "thumb": {"use": ":original", "robot": "/image/resize", "width": 40},
        "exported": {
            "use": [":original", "thumb"],
            "robot": "/cloudfiles/store",
            "credentials": "my-cloudfiles",
            "path": "${previous_step.name}/${file.url_name}",
        },
    }
    done = run(kit, steps, ("My Photo.jpg", PHOTO), ("notes.txt", TEXT))
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    stored = cloud.containers[("ORD", "media")]
    assert sorted(stored) == ["My_Photo.jpg", "notes.txt", "thumb/My_Photo.jpg"]
    assert cloud.containers[("DFW", "media")] == {}  # the data center asked for
    assert stored["notes.txt"] == ("text/plain", TEXT)
    assert Image.open(io.BytesIO(stored["thumb/My_Photo.jpg"][1])).width == 40
    thumb = done["results"]["thumb"][0]
    assert thumb["url"] == "http://cdn.example.com/media/thumb/My_Photo.jpg"
    assert thumb["ssl_url"] == "https://ssl.cdn.example.com/media/thumb/My_Photo.jpg"

    plain = run(
        kit,
        {"s": {"use": ":original", "robot": "/cloudfiles/store", **{**ACCOUNT, "data_center": "dfw"}}},
        ("a.txt", TEXT),
    )
    [key] = cloud.containers[("DFW", "media")]
    assert (
        plain["results"][":original"][0]["url"] == f"{cloudfiles_server.url}/v1/DFW/media/{key}"
    )  # no CDN: storage URL


def test_cloudfiles_store_errors(kit: Transloadit, cloud: CloudfilesState) -> None:
    step = {"use": ":original", "robot": "/cloudfiles/store"}
    denied = run(kit, {"s": {**step, **ACCOUNT, "key": "wrong-key"}}, ("a.txt", TEXT))
    assert denied["error"] == "CLOUDFILES_STORE_ACCESS_DENIED" and "wrong-key" not in denied["message"], denied
    missing = run(kit, {"s": {**step, **ACCOUNT, "container": "nope"}}, ("a.txt", TEXT))
    assert missing["error"] == "CLOUDFILES_STORE_ERROR" and "404" in missing["message"], missing
    region = run(kit, {"s": {**step, **ACCOUNT, "data_center": "syd"}}, ("a.txt", TEXT))
    assert region["error"] == "CLOUDFILES_STORE_VALIDATION" and "syd" in region["message"], region
    incomplete = run(kit, {"s": {**step, "user": "ada"}}, ("a.txt", TEXT))
    assert incomplete["error"] == "CLOUDFILES_STORE_VALIDATION" and "key, container" in incomplete["message"]


def test_cloudfiles_import_then_resize_then_store(kit: Transloadit, cloud: CloudfilesState) -> None:
    objects = cloud.containers[("ORD", "media")]
    for name, body in (("in/a.jpg", PHOTO), ("in/b.txt", TEXT), ("in/deep/c.jpg", PHOTO), ("other.txt", b"o")):
        objects[name] = ("application/octet-stream", body)
    kit.create_credential(
        "rackspace-in",
        "rackspace",
        {"username": "ada", "key": "rackspace-api-key", "container": "media", "region": "ORD"},
    )
    imported = {"robot": "/cloudfiles/import", "credentials": "rackspace-in", "path": "in/", "result": True}
    steps = {
        "imported": imported,
        "thumb": {"use": "imported", "robot": "/image/resize", "width": 20},
        "exported": {
            "use": "thumb",
            "robot": "/cloudfiles/store",
            "credentials": "rackspace-in",
            "path": "out/${file.name}",
        },
    }
    done = run(kit, steps)
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    assert [f["name"] for f in done["results"]["imported"]] == ["a.jpg", "b.txt"]
    assert Image.open(io.BytesIO(objects["out/a.jpg"][1])).width == 20
    deep = run(kit, {"i": {**imported, "recursive": True}})
    assert [f["name"] for f in deep["results"]["i"]] == ["a.jpg", "b.txt", "c.jpg"]
    paged = run(kit, {"i": {**imported, "recursive": True, "files_per_page": 2, "page_number": 2}})
    assert [f["name"] for f in paged["results"]["i"]] == ["c.jpg"]
    missing = run(kit, {"i": {**imported, "path": "in/nope.jpg"}})
    assert missing["error"] == "CLOUDFILES_IMPORT_NOT_FOUND", missing
    skipped = run(kit, {"i": {**imported, "path": ["in/nope.jpg", "other.txt"], "ignore_errors": ["import"]}})
    assert [f["name"] for f in skipped["results"]["i"]] == ["other.txt"]
    assert skipped["ignored_errors"][0]["error"] == "CLOUDFILES_IMPORT_NOT_FOUND"
    no_login = run(kit, {"i": {"robot": "/cloudfiles/import", "path": "in/"}})  # neither credentials nor keys
    assert no_login["error"] == "CLOUDFILES_IMPORT_VALIDATION" and "user, key, container" in no_login["message"]


def test_cloudfiles_unreachable_and_private(tmp_path: Path, cloudfiles_server: FakeServer) -> None:
    for name, url, allow, code in (
        ("closed", f"http://127.0.0.1:{free_port()}", True, "CLOUDFILES_IMPORT_FAILURE"),
        ("strict", cloudfiles_server.url, False, "CLOUDFILES_IMPORT_ACCESS_DENIED"),
    ):
        urls = (("cloudfiles_identity", url),)
        settings = make_settings(
            tmp_path / name, public_base_url="http://testserver", allow_private_imports=allow, service_urls=urls
        )
        with TestClient(create_app(settings), raise_server_exceptions=False) as client:
            kit = Transloadit(KEY, SECRET, service="http://testserver", httpx_client=client)
            failed = run(kit, {"i": {"robot": "/cloudfiles/import", **ACCOUNT, "path": "a.jpg"}})
            assert failed["error"] == code, failed
