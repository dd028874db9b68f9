"""/google/import and /google/store against gcp-storage-emulator, a real GCS JSON API on loopback.

The emulator's ``google_storage`` service URL points at the server; objects are read back with the
official client and over their returned URLs, and compared byte for byte.
"""

from __future__ import annotations

import hashlib
import io
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from google.auth.credentials import AnonymousCredentials
from google.cloud import storage
from PIL import Image
from starlette.testclient import TestClient

from tests.cloud_servers import GcsServer, gcs_server  # noqa: F401 (a fixture)
from tests.conftest import KEY, SECRET, jpeg_bytes, make_settings
from transloadit_emulator.app import create_app
from transloadit_emulator.settings import Settings
from transloadit_kit import Transloadit

PHOTO = jpeg_bytes((160, 100))
TEXT = b"minutes of the meeting\n" * 20


def run(kit: Transloadit, steps: dict[str, Any], *files: tuple[str, bytes], **kw: Any) -> dict[str, Any]:
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=60, **kw).to_dict()


@pytest.fixture
def settings(tmp_path: Path, gcs_server: GcsServer) -> Settings:  # noqa: F811
    return make_settings(
        tmp_path / "data", public_base_url="http://testserver", service_urls=(("google_storage", gcs_server.url),)
    )


@pytest.fixture
def bucket(gcs_server: GcsServer) -> Iterator[storage.Bucket]:  # noqa: F811
    client = storage.Client(
        project="test", credentials=AnonymousCredentials(), client_options={"api_endpoint": gcs_server.url}
    )
    made = client.create_bucket(f"media-{uuid.uuid4().hex[:12]}")
    yield made


def names(bucket: storage.Bucket) -> list[str]:
    return sorted(b.name for b in bucket.client.list_blobs(bucket.name))


def test_google_store_from_several_steps_with_path_variables_acl_and_cache_control(
    kit: Transloadit,
    bucket: storage.Bucket,
    gcs_server: GcsServer,  # noqa: F811
) -> None:
    kit.create_credential("loopback-gcs", "google", {"bucket": bucket.name, "project_id": "test"})
    steps = {
        "thumb": {"use": ":original", "robot": "/image/resize", "width": 40, "height": 40},
        "exported": {
            "use": [":original", "thumb"],
            "robot": "/google/store",
            "credentials": "loopback-gcs",
            "path": "users/${fields.user}/${previous_step.name}/${file.url_name}",
            "acl": "private",
            "cache_control": "max-age=60",
        },
    }
    done = run(kit, steps, ("My Photo.jpg", PHOTO), ("notes.txt", TEXT), fields={"user": "ada"})
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    assert "exported" not in done["results"]
    assert names(bucket) == sorted(["users/ada//My_Photo.jpg", "users/ada//notes.txt", "users/ada/thumb/My_Photo.jpg"])
    thumb = done["results"]["thumb"][0]
    key = "users/ada/thumb/My_Photo.jpg"
    assert thumb["url"] == thumb["ssl_url"] == f"{gcs_server.url}/{bucket.name}/{key}"
    stored = bucket.get_blob(key)
    assert stored is not None and stored.cache_control == "max-age=60" and stored.content_type == "image/jpeg"
    body = stored.download_as_bytes()
    assert hashlib.md5(body).hexdigest() == thumb["md5hash"] and Image.open(io.BytesIO(body)).size == (40, 25)
    assert httpx.get(thumb["url"]).content == body  # the returned URL serves the object
    assert bucket.blob("users/ada//notes.txt").download_as_bytes() == TEXT


def test_google_store_url_templates_and_default_path(
    kit: Transloadit,
    bucket: storage.Bucket,
    gcs_server: GcsServer,  # noqa: F811
) -> None:
    kit.create_credential("gcs-templates", "google", {"bucket": bucket.name})
    step = {
        "use": ":original",
        "robot": "/google/store",
        "credentials": "gcs-templates",
        "url_template": "https://cdn.example.com/{PATH}",
        "ssl_url_template": "https://{HOST}/{PATH}?ssl",
    }
    done = run(kit, {"exported": step}, ("a.txt", TEXT))
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    [key] = names(bucket)
    assert key.endswith("/a.txt") and len(key.split("/")) == 3  # ${unique_prefix}/${file.url_name}
    stored = done["results"][":original"][0]
    assert stored["url"] == f"https://cdn.example.com/{bucket.name}/{key}"
    host = gcs_server.url.removeprefix("http://")
    assert stored["ssl_url"] == f"https://{host}/{bucket.name}/{key}?ssl"  # a template of the Step's keeps its scheme


def test_google_import_then_resize_then_store(kit: Transloadit, bucket: storage.Bucket) -> None:
    bucket.blob("in/a.jpg").upload_from_string(PHOTO)
    bucket.blob("in/b.txt").upload_from_string(TEXT)
    bucket.blob("in/deeper/c.txt").upload_from_string(b"c")
    bucket.blob("in/").upload_from_string(b"")  # a "directory" placeholder
    kit.create_credential("import-gcs", "google", {"bucket": bucket.name})
    steps = {
        "imported": {"robot": "/google/import", "credentials": "import-gcs", "path": "in/", "result": True},
        "thumb": {"use": "imported", "robot": "/image/resize", "width": 20},
        "exported": {"use": "thumb", "robot": "/google/store", "credentials": "import-gcs", "path": "out/${file.name}"},
    }
    done = run(kit, steps)
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    assert [f["name"] for f in done["results"]["imported"]] == ["a.jpg", "b.txt"]
    assert done["results"]["imported"][0]["md5hash"] == hashlib.md5(PHOTO).hexdigest()
    assert Image.open(io.BytesIO(bucket.blob("out/a.jpg").download_as_bytes())).width == 20

    deep = run(kit, {"i": {"robot": "/google/import", "credentials": "import-gcs", "path": "in/", "recursive": True}})
    assert [f["name"] for f in deep["results"]["i"]] == ["a.jpg", "b.txt", "c.txt"]
    paged = {"robot": "/google/import", "credentials": "import-gcs", "path": "in/", "recursive": True}
    one = run(kit, {"i": {**paged, "files_per_page": 2}})
    assert [f["name"] for f in one["results"]["i"]] == ["a.jpg", "b.txt"]
    named = run(kit, {"i": {**paged, "path": ["in/b.txt", "in/a.jpg"], "force_name": ["first.txt", "second.jpg"]}})
    assert [f["name"] for f in named["results"]["i"]] == ["first.txt", "second.jpg"]


def test_google_errors_become_codes(kit: Transloadit, bucket: storage.Bucket) -> None:
    kit.create_credential("gcs-errors", "google", {"bucket": bucket.name})
    missing = run(kit, {"i": {"robot": "/google/import", "credentials": "gcs-errors", "path": "nope.jpg"}})
    assert missing["error"] == "GOOGLE_IMPORT_NOT_FOUND", missing
    partial = run(
        kit,
        {
            "i": {
                "robot": "/google/import",
                "credentials": "gcs-errors",
                "path": ["nope.jpg"],
                "ignore_errors": ["import"],
            }
        },
    )
    assert partial["ok"] == "ASSEMBLY_COMPLETED" and partial["ignored_errors"][0]["error"] == "GOOGLE_IMPORT_NOT_FOUND"
    kit.create_credential("gcs-nobucket", "google", {"bucket": "no-such-bucket-here"})
    no_bucket = run(
        kit, {"s": {"use": ":original", "robot": "/google/store", "credentials": "gcs-nobucket"}}, ("a.txt", TEXT)
    )
    assert no_bucket["error"] == "GOOGLE_STORE_NOT_FOUND", no_bucket
    kit.create_credential("gcs-badkey", "google", {"bucket": bucket.name, "credentials": "{not json"})
    bad_key = run(
        kit, {"s": {"use": ":original", "robot": "/google/store", "credentials": "gcs-badkey"}}, ("a.txt", TEXT)
    )
    assert bad_key["error"] == "GOOGLE_STORE_VALIDATION", bad_key
    bad_key = run(kit, {"i": {"robot": "/google/import", "credentials": "gcs-badkey", "path": "a.jpg"}})
    assert bad_key["error"] == "GOOGLE_IMPORT_VALIDATION" and "key file" in bad_key["message"], bad_key
    no_bucket = run(kit, {"i": {"robot": "/google/import", "path": "a.jpg"}})  # no credentials: no bucket
    assert no_bucket["error"] == "GOOGLE_IMPORT_VALIDATION" and "bucket" in no_bucket["message"], no_bucket
    # Object names Cloud Storage refuses (its 400 invalid), made of the Step's path and the file's name.
    for path in ("..", "${file.name}\n", "x" * 1025, ".well-known/acme-challenge/${file.name}"):
        step = {"use": ":original", "robot": "/google/store", "credentials": "gcs-errors", "path": path}
        refused = run(kit, {"s": step}, ("a.txt", TEXT))
        assert refused["error"] == "GOOGLE_STORE_INVALID_INPUT", (path, refused)
    assert not list(bucket.list_blobs())  # nothing was stored
    kit.create_credential("an-azure-one", "azure", {"account": "a", "key": "k", "container": "c"})
    wrong = run(
        kit, {"s": {"use": ":original", "robot": "/google/store", "credentials": "an-azure-one"}}, ("a.txt", TEXT)
    )
    assert wrong["error"] == "TEMPLATE_CREDENTIALS_INJECTION_ERROR" and "google" in wrong["message"]


def test_google_endpoint_on_a_private_address_is_refused(tmp_path: Path, gcs_server: GcsServer) -> None:  # noqa: F811
    strict = make_settings(
        tmp_path / "strict",
        public_base_url="http://testserver",
        allow_private_imports=False,
        service_urls=(("google_storage", gcs_server.url),),
    )
    with TestClient(create_app(strict), raise_server_exceptions=False) as client:
        kit = Transloadit(KEY, SECRET, service="http://testserver", httpx_client=client)
        kit.create_credential("gcs-private", "google", {"bucket": "anything"})
        refused = run(kit, {"i": {"robot": "/google/import", "credentials": "gcs-private", "path": "a.jpg"}})
        assert refused["error"] == "GOOGLE_IMPORT_ACCESS_DENIED" and "not a public address" in refused["message"]


def test_google_service_that_cannot_be_reached_fails_in_bounded_time(tmp_path: Path) -> None:
    closed = make_settings(
        tmp_path / "closed",
        public_base_url="http://testserver",
        service_urls=(("google_storage", "http://127.0.0.1:9"),),
    )
    with TestClient(create_app(closed), raise_server_exceptions=False) as client:
        kit = Transloadit(KEY, SECRET, service="http://testserver", httpx_client=client)
        kit.create_credential("gcs-closed", "google", {"bucket": "b"})
        failed = run(
            kit, {"s": {"use": ":original", "robot": "/google/store", "credentials": "gcs-closed"}}, ("a.txt", TEXT)
        )
        assert failed["error"] == "GOOGLE_STORE_FAILURE", failed
        failed = run(kit, {"i": {"robot": "/google/import", "credentials": "gcs-closed", "path": "a.jpg"}})
        assert failed["error"] == "GOOGLE_IMPORT_FAILURE", failed
