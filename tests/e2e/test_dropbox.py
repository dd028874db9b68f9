"""/dropbox/import and /dropbox/store against our fake of Dropbox's API v2 (tests/fakes/dropbox.py)
on loopback: the emulator's ``dropbox_api`` and ``dropbox_content`` service URLs point at it."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from starlette.testclient import TestClient

from tests.conftest import KEY, SECRET, free_port, jpeg_bytes, make_settings
from tests.fakes import FakeServer
from tests.fakes.dropbox import LINK_BASE, DropboxHandler, DropboxState
from transloadit_emulator.app import create_app
from transloadit_emulator.outbound.dropbox import DropboxAccount, DropboxClient
from transloadit_emulator.outbound.saas_api import ServiceError
from transloadit_emulator.settings import Settings
from transloadit_kit import Transloadit

PHOTO = jpeg_bytes((160, 100))
TEXT = b"minutes of the meeting\n" * 20
TOKEN = "sl.fake-dropbox-token"


def run(kit: Transloadit, steps: dict[str, Any], *files: tuple[str, bytes], **kw: Any) -> dict[str, Any]:
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=60, **kw).to_dict()


@pytest.fixture(scope="session")
def dropbox_server() -> Iterator[FakeServer]:
    with FakeServer(DropboxHandler, DropboxState(tokens={TOKEN})) as server:
        yield server


@pytest.fixture
def dropbox(dropbox_server: FakeServer) -> DropboxState:
    state: DropboxState = dropbox_server.httpd.fake  # type: ignore[attr-defined]
    state.files.clear()
    state.links.clear()
    state.calls.clear()
    state.link_base = LINK_BASE
    return state


def service_urls(url: str) -> tuple[tuple[str, str], ...]:
    return (("dropbox_api", url), ("dropbox_content", url))


@pytest.fixture
def settings(tmp_path: Path, dropbox_server: FakeServer) -> Settings:
    return make_settings(
        tmp_path / "data", public_base_url="http://testserver", service_urls=service_urls(dropbox_server.url)
    )


def test_dropbox_store_from_several_steps_with_sharing_links(kit: Transloadit, dropbox: DropboxState) -> None:
    kit.create_credential("my-dropbox", "dropbox", {"access_token": TOKEN})
    steps = {
        "thumb": {"use": ":original", "robot": "/image/resize", "width": 40, "height": 40},
        "exported": {
            "use": [":original", "thumb"],
            "robot": "/dropbox/store",
            "credentials": "my-dropbox",
            "path": "Apps/${fields.app}/${previous_step.name}/${file.url_name}",
            "create_sharing_link": True,
        },
    }
    done = run(kit, steps, ("My Photo.jpg", PHOTO), fields={"app": "site"})
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    assert sorted(p for p, _ in dropbox.files.values()) == ["/Apps/site//My_Photo.jpg", "/Apps/site/thumb/My_Photo.jpg"]
    thumb = done["results"]["thumb"][0]
    stored = dropbox.get("/Apps/site/thumb/My_Photo.jpg")
    assert hashlib.md5(stored).hexdigest() == thumb["md5hash"] and Image.open(io.BytesIO(stored)).size == (40, 25)
    assert thumb["url"] == thumb["ssl_url"] == dropbox.links["/apps/site/thumb/my_photo.jpg"]
    uploads = [arg for endpoint, arg in dropbox.calls if endpoint == "files/upload"]
    assert all(a["mode"] == "overwrite" and a["path"].startswith("/Apps/site/") for a in uploads)

    again = run(kit, steps, ("My Photo.jpg", PHOTO), fields={"app": "site"})  # the links exist now: listed
    assert again["results"]["thumb"][0]["url"] == thumb["url"]


def test_dropbox_store_credentials_errors_and_no_link(kit: Transloadit, dropbox: DropboxState) -> None:
    done = run(kit, {"s": {"use": ":original", "robot": "/dropbox/store", "credentials": "nope"}}, ("a.txt", TEXT))
    assert done["error"] == "TEMPLATE_CREDENTIALS_INJECTION_ERROR"
    kit.create_credential("dropbox-inline", "dropbox", {"access_token": "a-wrong-token"})
    step = {"use": ":original", "robot": "/dropbox/store", "credentials": "dropbox-inline", "path": "x/${file.name}"}
    denied = run(kit, {"s": step}, ("a.txt", TEXT))
    assert denied["error"] == "DROPBOX_STORE_ACCESS_DENIED" and "a-wrong-token" not in denied["message"], denied
    kit.create_credential("dropbox-ok", "dropbox", {"access_token": TOKEN})
    done = run(kit, {"s": {**step, "credentials": "dropbox-ok"}}, ("a.txt", TEXT))
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    assert dropbox.get("/x/a.txt") == TEXT
    assert not any(endpoint.startswith("sharing/") for endpoint, _ in dropbox.calls)  # no link asked for
    no_token = run(kit, {"s": {"use": ":original", "robot": "/dropbox/store", "path": "y.txt"}}, ("a.txt", TEXT))
    assert no_token["error"] == "DROPBOX_STORE_VALIDATION" and "access_token" in no_token["message"], no_token


def test_a_shared_link_that_is_no_url(kit: Transloadit, dropbox: DropboxState) -> None:
    """Dropbox stored the file but answered the link request with no http(s) URL."""
    dropbox.link_base = "/scl/fi/"
    step = {"use": ":original", "robot": "/dropbox/store", "access_token": TOKEN, "create_sharing_link": True}
    done = run(kit, {"s": step}, ("a.txt", TEXT))
    assert done["error"] == "DROPBOX_STORE_COULD_NOT_PARSE_URL" and "/scl/fi/" in done["message"], done


def test_dropbox_import_then_resize_then_store(kit: Transloadit, dropbox: DropboxState) -> None:
    for name, body in (("a.jpg", PHOTO), ("b.txt", TEXT), ("deep/c.jpg", PHOTO), ("deep/d.txt", b"d")):
        dropbox.put(f"/Inbox/{name}", body)
    steps = {
        "imported": {"robot": "/dropbox/import", "access_token": TOKEN, "path": "Inbox/", "result": True},
        "thumb": {"use": "imported", "robot": "/image/resize", "width": 20},
        "exported": {"use": "thumb", "robot": "/dropbox/store", "access_token": TOKEN, "path": "out/${file.name}"},
    }
    done = run(kit, steps)
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    names = [f["name"] for f in done["results"]["imported"]]
    assert names == ["a.jpg", "b.txt", "c.jpg", "d.txt"]  # every descendant, over two listing pages
    assert any(endpoint == "files/list_folder/continue" for endpoint, _ in dropbox.calls)
    assert Image.open(io.BytesIO(dropbox.get("/out/c.jpg"))).width == 20

    one = run(
        kit, {"i": {"robot": "/dropbox/import", "access_token": TOKEN, "path": ["/Inbox/b.txt"], "force_name": "n.txt"}}
    )
    assert [(f["name"], f["size"]) for f in one["results"]["i"]] == [("n.txt", len(TEXT))]
    missing = run(kit, {"i": {"robot": "/dropbox/import", "access_token": TOKEN, "path": "Inbox/nope.jpg"}})
    assert missing["error"] == "DROPBOX_IMPORT_NOT_FOUND", missing
    folder = run(kit, {"i": {"robot": "/dropbox/import", "access_token": TOKEN, "path": "Inbox/deep"}})
    assert folder["error"] == "DROPBOX_IMPORT_VALIDATION", folder
    skipped = run(
        kit,
        {
            "i": {
                "robot": "/dropbox/import",
                "access_token": TOKEN,
                "path": ["nope.jpg", "Inbox/a.jpg"],
                "ignore_errors": True,
            }
        },
    )
    assert [f["name"] for f in skipped["results"]["i"]] == ["a.jpg"]
    assert skipped["ignored_errors"][0]["error"] == "DROPBOX_IMPORT_NOT_FOUND"
    no_token = run(kit, {"i": {"robot": "/dropbox/import", "path": "Inbox/"}})
    assert no_token["error"] == "DROPBOX_IMPORT_VALIDATION" and "access_token" in no_token["message"]


def test_the_client_uploads_big_files_in_an_upload_session(
    tmp_path: Path, dropbox: DropboxState, dropbox_server: FakeServer
) -> None:
    source = tmp_path / "big.bin"
    source.write_bytes(bytes(range(256)) * 41)  # 10,496 bytes: a start, four appends and a finish
    account = DropboxAccount(TOKEN, api_url=dropbox_server.url, content_url=dropbox_server.url)
    with DropboxClient(account, allow_private=True) as client:
        client.upload(source, "/big.bin", chunk=2048, limit=4096)
    assert dropbox.get("/big.bin") == source.read_bytes()
    flow = [endpoint.rsplit("/", 1)[-1] for endpoint, _ in dropbox.calls]
    assert flow == ["start", "append_v2", "append_v2", "append_v2", "append_v2", "finish"]
    offsets = [arg["cursor"]["offset"] for endpoint, arg in dropbox.calls if "cursor" in arg]
    assert offsets == [2048, 4096, 6144, 8192, 10240]
    with DropboxClient(account, allow_private=False) as client, pytest.raises(ServiceError) as refused:
        client.upload(source, "/again.bin")
    assert refused.value.kind == "blocked"


def test_private_addresses_are_refused_and_a_closed_service_fails(tmp_path: Path, dropbox_server: FakeServer) -> None:
    strict = make_settings(
        tmp_path / "strict",
        public_base_url="http://testserver",
        allow_private_imports=False,
        service_urls=service_urls(dropbox_server.url),
    )
    with TestClient(create_app(strict), raise_server_exceptions=False) as client:
        kit = Transloadit(KEY, SECRET, service="http://testserver", httpx_client=client)
        refused = run(kit, {"i": {"robot": "/dropbox/import", "access_token": TOKEN, "path": "a.jpg"}})
        assert refused["error"] == "DROPBOX_IMPORT_ACCESS_DENIED" and "not a public address" in refused["message"]
    closed_url = f"http://127.0.0.1:{free_port()}"
    closed = make_settings(
        tmp_path / "closed", public_base_url="http://testserver", service_urls=service_urls(closed_url)
    )
    with TestClient(create_app(closed), raise_server_exceptions=False) as client:
        kit = Transloadit(KEY, SECRET, service="http://testserver", httpx_client=client)
        failed = run(
            kit, {"s": {"use": ":original", "robot": "/dropbox/store", "access_token": TOKEN}}, ("a.txt", TEXT)
        )
        assert failed["error"] == "DROPBOX_STORE_FAILURE" and "could not be reached" in failed["message"], failed
        failed = run(kit, {"i": {"robot": "/dropbox/import", "access_token": TOKEN, "path": "a.jpg"}})
        assert failed["error"] == "DROPBOX_IMPORT_FAILURE" and "could not be reached" in failed["message"], failed
