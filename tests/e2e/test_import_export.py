"""/http/import, /s3/import and /s3/store against real servers on loopback.

The S3-compatible store is moto in server mode (a real HTTP endpoint on 127.0.0.1 that boto3
and the emulator talk to); files are read back with boto3 and over their returned URLs and
compared byte for byte. The HTTP origin is a small threaded server that checks headers, sends
Content-Disposition names, redirects, fails once, and answers 403/404.
"""

from __future__ import annotations

import hashlib
import http.server
import io
import re
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import httpx
import pytest
from PIL import Image
from starlette.testclient import TestClient

from tests.conftest import KEY, SECRET, free_port, jpeg_bytes, make_settings
from transloadit_emulator.app import create_app
from transloadit_kit import Transloadit, TransloaditApiError

PHOTO = jpeg_bytes((320, 200))
TEXT = b"quarterly numbers\n" * 50
FAKE_KEYS = {"key": "AKIAEMULATORTEST", "secret": "not-a-real-secret"}


def run(kit: Transloadit, steps: dict[str, Any], *files: tuple[str, bytes], **kw: Any) -> dict[str, Any]:
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=60, **kw).to_dict()


# -- an S3-compatible store on loopback ----------------------------------------------------------


@dataclass
class Store:
    """A moto S3 endpoint and a fresh bucket in it."""

    endpoint: str
    bucket: str
    client: Any

    def put(self, key: str, body: bytes) -> None:
        self.client.put_object(Bucket=self.bucket, Key=key, Body=body)

    def get(self, key: str) -> bytes:
        return bytes(self.client.get_object(Bucket=self.bucket, Key=key)["Body"].read())

    def keys(self) -> list[str]:
        listed = self.client.list_objects_v2(Bucket=self.bucket).get("Contents") or []
        return sorted(str(o["Key"]) for o in listed)

    def inline(self, **extra: Any) -> dict[str, Any]:
        """Step params that reach this bucket without Template Credentials."""
        return {**FAKE_KEYS, "bucket": self.bucket, "bucket_region": "us-east-1", "host": self.endpoint, **extra}


@pytest.fixture
def s3_endpoint(moto_s3: str) -> str:
    return moto_s3  # one moto server per test session (tests/conftest.py)


@pytest.fixture
def store(s3_endpoint: str) -> Store:
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        aws_access_key_id=FAKE_KEYS["key"],
        aws_secret_access_key=FAKE_KEYS["secret"],
        region_name="us-east-1",
    )
    bucket = f"media-{uuid.uuid4().hex[:12]}"
    client.create_bucket(Bucket=bucket)
    return Store(s3_endpoint, bucket, client)


# -- an HTTP origin on loopback -------------------------------------------------------------------

SEEN: dict[str, dict[str, str]] = {}
FLAKY_CALLS: dict[str, int] = {}


class _Origin(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        path = self.path.split("?", 1)[0]
        SEEN[path] = {k.lower(): v for k, v in self.headers.items()}
        if path == "/files/photo.jpg":
            self._send(200, PHOTO, "image/jpeg")
        elif path == "/private/photo":
            ok = self.headers.get("Authorization") == "Bearer s3cr3t" and self.headers.get("X-Trace") == "42"
            self._send(200, PHOTO, "image/jpeg") if ok else self._send(403, b"no", "text/plain")
        elif path == "/export":
            self._send(200, TEXT, "text/plain", {"Content-Disposition": 'attachment; filename="report 2026.txt"'})
        elif path == "/moved":
            self._send(302, b"", "text/plain", {"Location": "/files/photo.jpg"})
        elif path.startswith("/flaky/"):
            FLAKY_CALLS[path] = FLAKY_CALLS.get(path, 0) + 1
            if FLAKY_CALLS[path] == 1:
                self._send(503, b"busy", "text/plain")
            else:
                self._send(200, PHOTO, "image/jpeg")
        elif path == "/big.bin":
            self._send(200, b"\0" * 100_000, "application/octet-stream")
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, status: int, body: bytes, mime: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", mime)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Origin)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


# -- /s3/store -------------------------------------------------------------------------------------


def test_s3_store_via_template_credentials_with_path_variables(kit: Transloadit, store: Store) -> None:
    content = {**FAKE_KEYS, "bucket": store.bucket, "bucket_region": "us-east-1", "host": store.endpoint}
    kit.create_credential("loopback-s3", "s3", content)
    steps = {
        "thumb": {"use": ":original", "robot": "/image/resize", "width": 80, "height": 80},
        "exported": {
            "use": [":original", "thumb"],
            "robot": "/s3/store",
            "credentials": "loopback-s3",
            "path": "users/${fields.user}/${previous_step.name}/${file.meta.width}-${file.url_name}",
        },
    }
    done = run(kit, steps, ("My Photo.jpg", PHOTO), fields={"user": "ada"})
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    assert "exported" not in done["results"]  # a storage Step is no result of its own

    thumb = done["results"]["thumb"][0]
    key = "users/ada/thumb/80-My_Photo.jpg"
    assert thumb["url"] == thumb["ssl_url"] == f"{store.endpoint}/{store.bucket}/{key}"
    original_key = "users/ada//320-My_Photo.jpg"  # uploads have no previous Step
    assert store.keys() == sorted([key, original_key])
    assert store.get(original_key) == PHOTO
    stored_thumb = store.get(key)
    assert hashlib.md5(stored_thumb).hexdigest() == thumb["md5hash"]
    assert Image.open(io.BytesIO(stored_thumb)).size == (80, 50)
    assert httpx.get(thumb["url"]).content == stored_thumb  # the returned URL serves the object

    head = store.client.head_object(Bucket=store.bucket, Key=key)
    assert head["ContentType"] == "image/jpeg"
    grants = store.client.get_object_acl(Bucket=store.bucket, Key=key)["Grants"]
    assert any(g["Grantee"].get("URI", "").endswith("/AllUsers") and g["Permission"] == "READ" for g in grants)


def test_s3_store_inline_keys_default_path_url_prefix_headers_and_signing(kit: Transloadit, store: Store) -> None:
    steps = {
        "exported": {
            "use": ":original",
            "robot": "/s3/store",
            **store.inline(),
            "url_prefix": "https://cdn.example.com/{bucket}/",
            "acl": "private",
            "headers": {"Cache-Control": "max-age=60", "x-amz-meta-owner": "${fields.user}"},
            "tags": {"source": "emulator"},
            "sign_urls_for": 600,
            "check_integrity": True,
        }
    }
    done = run(kit, steps, ("notes.txt", TEXT), ("photo.jpg", PHOTO), fields={"user": "grace"})
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    # Uploads used only by a storage Step show where they were stored.
    stored = {f["name"]: f for f in done["results"][":original"]}
    assert sorted(stored) == ["notes.txt", "photo.jpg"]
    keys = store.keys()
    assert len(keys) == 2 and all(re.fullmatch(r"[0-9a-f]{2}/[0-9a-f]{30}/(notes\.txt|photo\.jpg)", k) for k in keys)
    for name, body, mime in (("notes.txt", TEXT, "text/plain"), ("photo.jpg", PHOTO, "image/jpeg")):
        key = next(k for k in keys if k.endswith(name))
        assert stored[name]["url"] == stored[name]["ssl_url"] == f"https://cdn.example.com/{store.bucket}/{key}"
        assert store.get(key) == body
        head = store.client.head_object(Bucket=store.bucket, Key=key)
        assert head["CacheControl"] == "max-age=60" and head["Metadata"] == {"owner": "grace"}
        assert head["ContentType"].startswith(mime)
        tags = store.client.get_object_tagging(Bucket=store.bucket, Key=key)["TagSet"]
        assert tags == [{"Key": "source", "Value": "emulator"}]
        signed = stored[name]["signed_url"]
        assert signed == stored[name]["signed_ssl_url"] and "X-Amz-Signature=" in signed
        assert httpx.get(signed).content == body
    grants = store.client.get_object_acl(Bucket=store.bucket, Key=keys[0])["Grants"]
    assert not any("AllUsers" in g["Grantee"].get("URI", "") for g in grants)  # acl: private


def test_s3_store_errors_become_codes_on_the_assembly(kit: Transloadit, store: Store) -> None:
    def store_step(**params: Any) -> dict[str, Any]:
        return {"exported": {"use": ":original", "robot": "/s3/store", **params}}

    photo = ("p.jpg", PHOTO)
    unknown = run(kit, store_step(credentials="no-such-credentials"), photo)
    assert unknown["error"] == "TEMPLATE_CREDENTIALS_INJECTION_ERROR" and unknown["step"] == "exported"
    assert "no-such-credentials" in unknown["message"]

    kit.create_credential("an-ftp-server", "ftp", {"host": "ftp.example.com", "user": "u", "password": "p"})
    wrong_type = run(kit, store_step(credentials="an-ftp-server"), photo)
    assert wrong_type["error"] == "TEMPLATE_CREDENTIALS_INJECTION_ERROR" and "s3" in wrong_type["message"]

    no_keys = run(kit, store_step(bucket=store.bucket, host=store.endpoint), photo)
    assert no_keys["error"] == "S3_STORE_VALIDATION" and "key, secret" in no_keys["message"]

    no_bucket = run(kit, store_step(**store.inline(bucket="no-such-bucket-here")), photo)
    assert no_bucket["error"] == "S3_STORE_NOT_FOUND" and "NoSuchBucket" in no_bucket["message"]

    closed = run(kit, store_step(**store.inline(host=f"http://127.0.0.1:{free_port()}")), photo)
    assert closed["error"] == "S3_STORE_FAILURE", closed
    assert FAKE_KEYS["secret"] not in closed["message"]  # error messages never carry secrets

    with pytest.raises(TransloaditApiError) as bad_acl:  # refused at creation, by the Step schema
        kit.create_assembly(steps=store_step(**store.inline(acl="world-writable")), files=[photo])
    assert bad_acl.value.code == "S3_STORE_VALIDATION" and "acl" in bad_acl.value.message

    ignored = run(kit, store_step(**store.inline(bucket="no-such-bucket-here"), ignore_errors=True), photo)
    assert ignored["ok"] == "ASSEMBLY_COMPLETED" and ignored["ignored_errors"][0]["error"] == "S3_STORE_NOT_FOUND"


# -- /s3/import ------------------------------------------------------------------------------------


def test_s3_import_a_prefix_then_resize_and_hash(kit: Transloadit, store: Store) -> None:
    small = jpeg_bytes((100, 60), (10, 200, 10))
    store.put("in/a.jpg", PHOTO)
    store.put("in/b.jpg", small)
    store.put("in/deeper/c.txt", TEXT)
    store.put("elsewhere/d.jpg", PHOTO)
    kit.create_credential("import-s3", "s3", {**FAKE_KEYS, "bucket": store.bucket, "host": store.endpoint})
    steps = {
        "imported": {"robot": "/s3/import", "credentials": "import-s3", "path": "in/"},
        "thumbs": {"use": "imported", "robot": "/image/resize", "width": 50, "height": 50},
        "hashed": {"use": "imported", "robot": "/file/hash", "algorithm": "md5"},
    }
    done = run(kit, steps)
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    hashed = {f["name"]: f for f in done["results"]["hashed"]}
    assert sorted(hashed) == ["a.jpg", "b.jpg"]  # not recursive: in/deeper/ stays out
    assert hashed["a.jpg"]["meta"]["hash"] == hashlib.md5(PHOTO).hexdigest()
    assert hashed["b.jpg"]["meta"]["hash"] == hashlib.md5(small).hexdigest()
    assert hashed["a.jpg"]["original_id"] == hashed["a.jpg"]["id"]  # an imported file is its own original
    sizes = sorted((f["meta"]["width"], f["meta"]["height"]) for f in done["results"]["thumbs"])
    assert sizes == [(50, 30), (50, 31)]

    everything = run(kit, {"imported": {"robot": "/s3/import", **store.inline(), "path": "/", "recursive": True}})
    names = [f["name"] for f in everything["results"]["imported"]]
    assert names == ["d.jpg", "a.jpg", "b.jpg", "c.txt"]  # key order: elsewhere/, in/, in/deeper/
    page = {"robot": "/s3/import", **store.inline(), "path": "in/", "recursive": True, "files_per_page": 2}
    second = run(kit, {"imported": {**page, "page_number": 2}})
    assert [f["name"] for f in second["results"]["imported"]] == ["c.txt"]
    one = run(kit, {"imported": {"robot": "/s3/import", **store.inline(), "path": ["in/b.jpg", "elsewhere/d.jpg"]}})
    assert [f["size"] for f in one["results"]["imported"]] == [len(small), len(PHOTO)]

    missing = run(kit, {"imported": {"robot": "/s3/import", **store.inline(), "path": "in/nope.jpg"}})
    assert missing["error"] == "S3_IMPORT_NOT_FOUND", missing
    no_bucket = run(kit, {"imported": {"robot": "/s3/import", **store.inline(bucket="gone-bucket"), "path": "in/"}})
    assert no_bucket["error"] == "S3_IMPORT_NOT_FOUND"
    unknown = run(kit, {"imported": {"robot": "/s3/import", "credentials": "nobody-has-these", "path": "in/"}})
    assert unknown["error"] == "TEMPLATE_CREDENTIALS_INJECTION_ERROR"


# -- /http/import ----------------------------------------------------------------------------------


def test_http_import_headers_force_name_disposition_and_redirects(
    kit: Transloadit, test_client: TestClient, origin: str
) -> None:
    steps = {
        "imported": {
            "robot": "/http/import",
            "url": [f"{origin}/private/photo", f"{origin}/export", f"{origin}/moved"],
            "headers": [{"Authorization": "Bearer s3cr3t"}, {"X-Trace": 42}],
            "force_name": ["avatar.jpg"],
            "result": True,
        },
        "thumb": {"use": "imported", "robot": "/image/resize", "width": 40, "height": 40},
    }
    done = run(kit, steps)
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    imported = done["results"]["imported"]
    assert [f["name"] for f in imported] == ["avatar.jpg", "report 2026.txt", "photo.jpg"]
    assert [f["import_url"] for f in imported] == [f"{origin}/private/photo", f"{origin}/export", f"{origin}/moved"]
    assert SEEN["/private/photo"]["authorization"] == "Bearer s3cr3t" and SEEN["/private/photo"]["x-trace"] == "42"
    assert imported[0]["mime"] == "image/jpeg" and imported[0]["meta"]["width"] == 320
    assert imported[1]["size"] == len(TEXT) and imported[1]["mime"].startswith("text/plain")
    assert test_client.get(httpx.URL(imported[2]["ssl_url"]).path).content == PHOTO
    assert len(done["results"]["thumb"]) == 2  # the two images, not the text

    # One string, split on url_delimiter; a single force_name names every file; ${fields.*} filled in;
    # headers as "Name: value" strings, in JSON.
    urls = f"{origin}/private/photo|${{fields.second}}"
    headers = '["Authorization: Bearer s3cr3t", "X-Trace: 42"]'
    piped = run(
        kit,
        {"imported": {"robot": "/http/import", "url": urls, "force_name": "x.jpg", "headers": headers}},
        fields={"second": f"{origin}/moved"},
    )
    assert [f["name"] for f in piped["results"]["imported"]] == ["x.jpg", "x.jpg"], piped
    assert piped["bytes_usage"] >= 2 * len(PHOTO)

    stubs = run(kit, {"imported": {"robot": "/http/import", "url": f"{origin}/export", "return_file_stubs": True}})
    stub = stubs["results"]["imported"][0]
    assert stub["size"] == 0 and stub["import_url"] == f"{origin}/export" and stub["name"] == "export"


def test_http_import_errors_retries_and_ignore_errors(kit: Transloadit, origin: str) -> None:
    def imported(url: str | list[str], **params: Any) -> dict[str, Any]:
        return run(kit, {"imported": {"robot": "/http/import", "url": url, **params}})

    missing = imported(f"{origin}/nothing.jpg")
    assert missing["error"] == "HTTP_IMPORT_NOT_FOUND" and "404" in missing["message"], missing
    # The error variant's request keys: the URL, its host, the answer's status, whether to retry.
    assert (missing["url"], missing["url_host"]) == (f"{origin}/nothing.jpg", "127.0.0.1")
    assert (missing["response_code"], missing["retryable"], missing["is_private_address"]) == (404, False, False)
    denied = imported(f"{origin}/private/photo")
    assert denied["error"] == "HTTP_IMPORT_ACCESS_DENIED" and "403" in denied["message"]
    refused = imported(f"http://127.0.0.1:{free_port()}/x.jpg", fail_fast=True)
    assert refused["error"] == "HTTP_IMPORT_FAILURE" and "could not be fetched" in refused["message"]
    assert (refused["response_code"], refused["retryable"]) == (None, True)  # no answer: a retry may help
    unresolvable = imported("http://no-such-host.invalid/x.jpg", fail_fast=True)
    assert unresolvable["error"] == "HTTP_IMPORT_FAILURE" and "resolved" in unresolvable["message"]
    too_big = imported(f"{origin}/big.bin", max_file_size=1000)
    assert too_big["error"] == "HTTP_IMPORT_FAILURE" and "larger than 1000 bytes" in too_big["message"]
    not_http = imported("ftp://example.com/file.txt")
    assert not_http["error"] == "HTTP_IMPORT_VALIDATION"

    # A 503 is tried again (not with fail_fast).
    assert imported(f"{origin}/flaky/one")["ok"] == "ASSEMBLY_COMPLETED" and FLAKY_CALLS["/flaky/one"] == 2
    fast = imported(f"{origin}/flaky/two", fail_fast=True)
    assert fast["error"] == "HTTP_IMPORT_FAILURE" and "503" in fast["message"]
    assert (fast["response_code"], fast["retryable"]) == (503, True)

    partial = imported([f"{origin}/nothing.jpg", f"{origin}/files/photo.jpg"], ignore_errors=["import"])
    assert partial["ok"] == "ASSEMBLY_COMPLETED"
    assert [f["name"] for f in partial["results"]["imported"]] == ["photo.jpg"]
    assert partial["ignored_errors"] == [
        {
            "step": "imported",
            "phase": "import",
            "error": "HTTP_IMPORT_NOT_FOUND",
            "message": partial["ignored_errors"][0]["message"],
        }
    ]

    with pytest.raises(TransloaditApiError) as bad_headers:
        kit.create_assembly(steps={"imported": {"robot": "/http/import", "headers": ["no colon"], "url": "x"}})
    assert bad_headers.value.code == "HTTP_IMPORT_VALIDATION" and "Name: value" in bad_headers.value.message


def test_private_addresses_are_refused_unless_allowed(tmp_path: Path, origin: str, store: Store) -> None:
    strict = make_settings(tmp_path / "strict", public_base_url="http://testserver", allow_private_imports=False)
    with TestClient(create_app(strict), raise_server_exceptions=False) as client:
        kit = Transloadit(KEY, SECRET, service="http://testserver", httpx_client=client)
        port = origin.rsplit(":", 1)[1]
        for url in (f"{origin}/files/photo.jpg", f"http://localhost:{port}/files/photo.jpg", f"{origin}/moved"):
            refused = run(kit, {"imported": {"robot": "/http/import", "url": url}})
            assert refused["error"] == "HTTP_IMPORT_ACCESS_DENIED", refused
            assert "not a public address" in refused["message"]
            assert refused["is_private_address"] is True and refused["url"] == url
        hits = dict(SEEN)
        SEEN.clear()
        run(kit, {"imported": {"robot": "/http/import", "url": f"{origin}/files/photo.jpg"}})
        assert SEEN == {}  # refused before any connection was made
        SEEN.update(hits)

        exported = run(kit, {"s": {"use": ":original", "robot": "/s3/store", **store.inline()}}, ("p.jpg", PHOTO))
        assert exported["error"] == "S3_STORE_ACCESS_DENIED" and "not a public address" in exported["message"]
        assert store.keys() == []
