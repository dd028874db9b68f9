"""/box/import and /box/store against our fake of Box's API 2.0 (tests/fakes/box.py) on loopback,
signing in with a real JWT app config (an RSA key made here) through the ``box_api`` and
``box_upload`` service URLs."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from PIL import Image
from starlette.testclient import TestClient

from tests.conftest import KEY, SECRET, free_port, jpeg_bytes, make_settings
from tests.fakes import FakeServer
from tests.fakes.box import BoxApp, BoxHandler, BoxState
from transloadit_emulator.app import create_app
from transloadit_emulator.settings import Settings
from transloadit_kit import Transloadit

PHOTO = jpeg_bytes((160, 100))
TEXT = b"minutes of the meeting\n" * 20
_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
CONFIG = {
    "boxAppSettings": {
        "clientID": "box-client",
        "clientSecret": "box-secret",
        "appAuth": {
            "publicKeyID": "kid-1",
            "passphrase": "pass",
            "privateKey": _KEY.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(b"pass"),
            ).decode(),
        },
    },
    "enterpriseID": "4242",
}


def run(kit: Transloadit, steps: dict[str, Any], *files: tuple[str, bytes], **kw: Any) -> dict[str, Any]:
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=60, **kw).to_dict()


@pytest.fixture(scope="session")
def box_server() -> Iterator[FakeServer]:
    app = BoxApp("box-client", "box-secret", "4242", "kid-1", _KEY.public_key())
    with FakeServer(BoxHandler, BoxState(app)) as server:
        yield server


@pytest.fixture
def box(box_server: FakeServer) -> BoxState:
    state: BoxState = box_server.httpd.fake  # type: ignore[attr-defined]
    state.reset()
    return state


def urls(url: str) -> tuple[tuple[str, str], ...]:
    return (("box_api", url), ("box_upload", f"{url}/api"))


@pytest.fixture
def settings(tmp_path: Path, box_server: FakeServer) -> Settings:
    return make_settings(tmp_path / "data", public_base_url="http://testserver", service_urls=urls(box_server.url))


def test_box_store_from_several_steps_with_folders_versions_and_links(kit: Transloadit, box: BoxState) -> None:
    kit.create_credential("my-box", "box", {"key_file_contents": json.dumps(CONFIG)})
    steps = {
        "thumb": {"use": ":original", "robot": "/image/resize", "width": 40},
        "exported": {
            "use": [":original", "thumb"],
            "robot": "/box/store",
            "credentials": "my-box",
            "path": "site/${fields.page}/${previous_step.name}x/${file.url_name}",
            "create_sharing_link": True,
        },
    }
    done = run(kit, steps, ("My Photo.jpg", PHOTO), ("notes.txt", TEXT), fields={"page": "home"})
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    files = {box.path(i): e for i, e in box.items.items() if e["type"] == "file"}
    assert sorted(files) == ["site/home/thumbx/My_Photo.jpg", "site/home/x/My_Photo.jpg", "site/home/x/notes.txt"]
    assert files["site/home/x/notes.txt"]["data"] == TEXT
    assert Image.open(io.BytesIO(files["site/home/thumbx/My_Photo.jpg"]["data"])).width == 40
    thumb = done["results"]["thumb"][0]
    assert thumb["url"] == thumb["ssl_url"] and thumb["url"] in box.links.values()

    again = run(kit, steps, ("My Photo.jpg", PHOTO), ("notes.txt", TEXT), fields={"page": "home"})
    assert again["ok"] == "ASSEMBLY_COMPLETED", again
    assert files["site/home/x/notes.txt"]["versions"] == 2  # the same name: a new version


def test_box_import_then_resize_then_store(kit: Transloadit, box: BoxState) -> None:
    inbox = box.add("folder", "Inbox", "0")
    deep = box.add("folder", "deep", inbox)
    for name, folder, body in (("a.jpg", inbox, PHOTO), ("b.txt", inbox, TEXT), ("c.jpg", deep, PHOTO)):
        box.add("file", name, folder, body)
    kit.create_credential("box-in", "box", {"key_file_contents": CONFIG})
    imported = {"robot": "/box/import", "credentials": "box-in", "path": "Inbox/", "result": True}
    steps = {
        "imported": imported,
        "thumb": {"use": "imported", "robot": "/image/resize", "width": 20},
        "exported": {"use": "thumb", "robot": "/box/store", "credentials": "box-in", "path": "out/${file.name}"},
    }
    done = run(kit, steps)
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    # Every descendant, in Box's listing order (the folder came first), over two listing pages.
    assert [f["name"] for f in done["results"]["imported"]] == ["c.jpg", "a.jpg", "b.txt"]
    out = box.child("0", "out")
    assert out is not None and Image.open(io.BytesIO(box.items[box.child(out, "c.jpg") or ""]["data"])).width == 20
    one = run(kit, {"i": {**imported, "path": "Inbox/deep/c.jpg", "force_name": "cover.jpg"}})
    assert [(f["name"], f["size"]) for f in one["results"]["i"]] == [("cover.jpg", len(PHOTO))]
    missing = run(kit, {"i": {**imported, "path": "Nowhere/x.jpg"}})
    assert missing["error"] == "BOX_IMPORT_NOT_FOUND", missing
    skipped = run(kit, {"i": {**imported, "path": ["Inbox/nope.txt", "Inbox/b.txt"], "ignore_errors": True}})
    assert [f["name"] for f in skipped["results"]["i"]] == ["b.txt"]
    assert skipped["ignored_errors"][0]["error"] == "BOX_IMPORT_NOT_FOUND"


def test_box_errors(kit: Transloadit, box: BoxState, tmp_path: Path, box_server: FakeServer) -> None:
    wrong = {**CONFIG, "boxAppSettings": {**CONFIG["boxAppSettings"], "clientSecret": "nope"}}  # type: ignore[dict-item]
    kit.create_credential("box-wrong", "box", {"key_file_contents": json.dumps(wrong)})
    denied = run(kit, {"s": {"use": ":original", "robot": "/box/store", "credentials": "box-wrong"}}, ("a.txt", TEXT))
    assert denied["error"] == "BOX_STORE_ACCESS_DENIED" and "invalid_client" in denied["message"], denied
    kit.create_credential("box-broken", "box", {"key_file_contents": "{not json"})
    broken = run(kit, {"s": {"use": ":original", "robot": "/box/store", "credentials": "box-broken"}}, ("a.txt", TEXT))
    assert broken["error"] == "BOX_STORE_VALIDATION", broken
    no_app = run(kit, {"i": {"robot": "/box/import", "path": "a.jpg"}})
    assert no_app["error"] == "BOX_IMPORT_VALIDATION" and "key_file_contents" in no_app["message"], no_app
    box.link_base = "app.box.com/s/"  # Box stored the file, yet its shared link is no http(s) URL
    kit.create_credential("box-ok", "box", {"key_file_contents": json.dumps(CONFIG)})
    step = {"use": ":original", "robot": "/box/store", "credentials": "box-ok", "create_sharing_link": True}
    unparsed = run(kit, {"s": step}, ("a.txt", TEXT))
    assert unparsed["error"] == "BOX_STORE_COULD_NOT_PARSE_URL" and "app.box.com/s/" in unparsed["message"], unparsed
    for name, url, allow, code in (
        ("closed", f"http://127.0.0.1:{free_port()}", True, "BOX_IMPORT_FAILURE"),
        ("strict", box_server.url, False, "BOX_IMPORT_ACCESS_DENIED"),
    ):
        settings = make_settings(
            tmp_path / name, public_base_url="http://testserver", allow_private_imports=allow, service_urls=urls(url)
        )
        with TestClient(create_app(settings), raise_server_exceptions=False) as client:
            other = Transloadit(KEY, SECRET, service="http://testserver", httpx_client=client)
            other.create_credential("box-x", "box", {"key_file_contents": json.dumps(CONFIG)})
            failed = run(other, {"i": {"robot": "/box/import", "credentials": "box-x", "path": "a.jpg"}})
            assert failed["error"] == code, failed
