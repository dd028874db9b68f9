"""/azure/import and /azure/store against Azurite, Microsoft's Azure Storage server, on loopback.

The emulator's ``azure_blob`` service URL points at Azurite (accounts are its first path segment);
blobs are read back with the official client and over their returned (SAS) URLs.
"""

from __future__ import annotations

import hashlib
import io
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from azure.storage.blob import BlobServiceClient, ContainerClient
from PIL import Image
from starlette.testclient import TestClient

from tests.cloud_servers import AzuriteServer, azurite_server  # noqa: F401 (a fixture)
from tests.conftest import KEY, SECRET, jpeg_bytes, make_settings
from transloadit_emulator.app import create_app
from transloadit_emulator.settings import Settings
from transloadit_kit import Transloadit

PHOTO = jpeg_bytes((160, 100))
TEXT = b"minutes of the meeting\n" * 20


def run(kit: Transloadit, steps: dict[str, Any], *files: tuple[str, bytes], **kw: Any) -> dict[str, Any]:
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=60, **kw).to_dict()


@pytest.fixture
def settings(tmp_path: Path, azurite_server: AzuriteServer) -> Settings:  # noqa: F811
    return make_settings(
        tmp_path / "data", public_base_url="http://testserver", service_urls=(("azure_blob", azurite_server.url),)
    )


@pytest.fixture
def container(azurite_server: AzuriteServer) -> Iterator[ContainerClient]:  # noqa: F811
    credential = {"account_name": azurite_server.account, "account_key": azurite_server.key}
    service = BlobServiceClient(azurite_server.account_url, credential=credential)
    made = service.create_container(f"media-{uuid.uuid4().hex[:12]}")
    yield made
    made.delete_container()


def inline(server: AzuriteServer, container: ContainerClient) -> dict[str, str]:
    return {"account": server.account, "key": server.key, "container": container.container_name}


def names(container: ContainerClient) -> list[str]:
    return sorted(b.name for b in container.list_blobs())


def test_azure_store_from_several_steps_with_headers_metadata_and_sas(
    kit: Transloadit,
    container: ContainerClient,
    azurite_server: AzuriteServer,  # noqa: F811
) -> None:
    kit.create_credential("loopback-azure", "azure", inline(azurite_server, container))
    steps = {
        "thumb": {"use": ":original", "robot": "/image/resize", "width": 40, "height": 40},
        "exported": {
            "use": [":original", "thumb"],
            "robot": "/azure/store",
            "credentials": "loopback-azure",
            "path": "users/${fields.user}/${previous_step.name}/${file.url_name}",
            "cache_control": "max-age=60",
            "content_disposition": "attachment",
            "content_language": "en",
            "metadata": {"origin": "${file.name}", "bytes": "${file.size}", "flag": True},
            "sas_expires_in": 600,
            "sas_permissions": "rd",
        },
    }
    done = run(kit, steps, ("My Photo.jpg", PHOTO), ("notes.txt", TEXT), fields={"user": "ada"})
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    assert "exported" not in done["results"]
    key = "users/ada/thumb/My_Photo.jpg"
    assert names(container) == sorted(["users/ada//My_Photo.jpg", "users/ada//notes.txt", key])
    thumb = done["results"]["thumb"][0]
    plain = f"{azurite_server.account_url}/{container.container_name}/{key}"
    assert thumb["url"] == thumb["ssl_url"] and thumb["url"].startswith(plain + "?")
    sas = parse_qs(urlsplit(thumb["url"]).query)
    assert sas["sp"] == ["rd"] and "sig" in sas and "se" in sas
    props = container.get_blob_client(key).get_blob_properties()
    settings = props.content_settings
    assert settings.content_type == "image/jpeg" and settings.cache_control == "max-age=60"
    assert settings.content_disposition == "attachment" and settings.content_language == "en"
    assert props.metadata == {"origin": "My Photo.jpg", "bytes": str(thumb["size"]), "flag": "true"}
    body = container.download_blob(key).readall()
    assert hashlib.md5(body).hexdigest() == thumb["md5hash"] and Image.open(io.BytesIO(body)).size == (40, 25)
    assert httpx.get(thumb["url"]).content == body  # the SAS URL reads the blob without the key
    assert httpx.get(plain).status_code in (403, 404)  # the container is private: the SAS is what opens it


def test_azure_store_inline_keys_default_path_and_content_type(
    kit: Transloadit,
    container: ContainerClient,
    azurite_server: AzuriteServer,  # noqa: F811
) -> None:
    step = {
        "use": ":original",
        "robot": "/azure/store",
        **inline(azurite_server, container),
        "content_type": "text/x-notes",
    }
    done = run(kit, {"exported": step}, ("a.txt", TEXT))
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    [key] = names(container)
    assert key.endswith("/a.txt") and len(key.split("/")) == 3  # ${unique_prefix}/${file.url_name}
    assert done["results"][":original"][0]["url"] == f"{azurite_server.account_url}/{container.container_name}/{key}"
    assert container.get_blob_client(key).get_blob_properties().content_settings.content_type == "text/x-notes"


def test_azure_import_then_resize_then_store_with_paging(
    kit: Transloadit,
    container: ContainerClient,
    azurite_server: AzuriteServer,  # noqa: F811
) -> None:
    container.upload_blob("in/a.jpg", PHOTO)
    container.upload_blob("in/b.txt", TEXT)
    container.upload_blob("in/deeper/c.txt", b"c")
    kit.create_credential("import-azure", "azure", inline(azurite_server, container))
    imported = {"robot": "/azure/import", "credentials": "import-azure", "path": "in/", "result": True}
    steps = {
        "imported": imported,
        "thumb": {"use": "imported", "robot": "/image/resize", "width": 20},
        "exported": {
            "use": "thumb",
            "robot": "/azure/store",
            "credentials": "import-azure",
            "path": "out/${file.name}",
        },
    }
    done = run(kit, steps)
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    assert [f["name"] for f in done["results"]["imported"]] == ["a.jpg", "b.txt"]
    assert done["results"]["imported"][0]["md5hash"] == hashlib.md5(PHOTO).hexdigest()
    assert Image.open(io.BytesIO(container.download_blob("out/a.jpg").readall())).width == 20

    deep = run(kit, {"i": {**imported, "recursive": True}})
    assert [f["name"] for f in deep["results"]["i"]] == ["a.jpg", "b.txt", "c.txt"]
    first = run(kit, {"i": {**imported, "recursive": True, "files_per_page": 2}})
    assert [f["name"] for f in first["results"]["i"]] == ["a.jpg", "b.txt"]
    pages = container.list_blobs(name_starts_with="in/", results_per_page=2).by_page()
    next(pages)
    token = pages.continuation_token  # type: ignore[attr-defined]
    assert token
    second = run(kit, {"i": {**imported, "recursive": True, "files_per_page": 2, "next_page_token": token}})
    assert [f["name"] for f in second["results"]["i"]] == ["c.txt"]
    named = run(kit, {"i": {**imported, "path": ["in/b.txt", "in/a.jpg"], "force_name": "same.bin"}})
    assert [f["name"] for f in named["results"]["i"]] == ["same.bin", "same.bin"]


def test_azure_errors_become_codes(
    kit: Transloadit,
    container: ContainerClient,
    azurite_server: AzuriteServer,  # noqa: F811
) -> None:
    keys = inline(azurite_server, container)
    missing = run(kit, {"i": {"robot": "/azure/import", **keys, "path": "nope.jpg"}})
    assert missing["error"] == "AZURE_IMPORT_NOT_FOUND", missing
    partial = run(kit, {"i": {"robot": "/azure/import", **keys, "path": ["nope.jpg"], "ignore_errors": True}})
    assert partial["ok"] == "ASSEMBLY_COMPLETED" and partial["ignored_errors"][0]["error"] == "AZURE_IMPORT_NOT_FOUND"
    wrong_key = {**keys, "key": "bm90IHRoZSBrZXk="}
    denied = run(kit, {"s": {"use": ":original", "robot": "/azure/store", **wrong_key}}, ("a.txt", TEXT))
    assert denied["error"] == "AZURE_STORE_ACCESS_DENIED", denied
    assert wrong_key["key"] not in denied["message"]
    no_container = run(
        kit, {"s": {"use": ":original", "robot": "/azure/store", **keys, "container": "not-there"}}, ("a.txt", TEXT)
    )
    assert no_container["error"] == "AZURE_STORE_NOT_FOUND", no_container
    no_keys = run(kit, {"s": {"use": ":original", "robot": "/azure/store", "container": "x"}}, ("a.txt", TEXT))
    assert no_keys["error"] == "AZURE_STORE_VALIDATION" and "account, key" in no_keys["message"]


def test_azure_private_address_refused_and_unreachable_fails(
    tmp_path: Path,
    azurite_server: AzuriteServer,  # noqa: F811
) -> None:
    keys = {"account": azurite_server.account, "key": azurite_server.key, "container": "c"}
    strict = make_settings(
        tmp_path / "strict",
        public_base_url="http://testserver",
        allow_private_imports=False,
        service_urls=(("azure_blob", azurite_server.url),),
    )
    with TestClient(create_app(strict), raise_server_exceptions=False) as client:
        kit = Transloadit(KEY, SECRET, service="http://testserver", httpx_client=client)
        refused = run(kit, {"i": {"robot": "/azure/import", **keys, "path": "a.jpg"}})
        assert refused["error"] == "AZURE_IMPORT_ACCESS_DENIED" and "not a public address" in refused["message"]
    closed = make_settings(
        tmp_path / "closed", public_base_url="http://testserver", service_urls=(("azure_blob", "http://127.0.0.1:9"),)
    )
    with TestClient(create_app(closed), raise_server_exceptions=False) as client:
        kit = Transloadit(KEY, SECRET, service="http://testserver", httpx_client=client)
        failed = run(kit, {"s": {"use": ":original", "robot": "/azure/store", **keys}}, ("a.txt", TEXT))
        assert failed["error"] == "AZURE_STORE_FAILURE", failed
        failed = run(kit, {"i": {"robot": "/azure/import", **keys, "path": "a.jpg"}})
        assert failed["error"] == "AZURE_IMPORT_FAILURE", failed
