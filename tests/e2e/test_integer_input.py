"""Integers from clients (headers, form fields, list params, path parts, Variables) are ASCII digits of
bounded length: anything else is a coded 4xx, never a 500, and never read as another number."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from starlette.testclient import TestClient

from tests.conftest import start_live_server
from transloadit_kit import Transloadit

TUS = {"Tus-Resumable": "1.0.0"}
#: Byte strings a client may send where a number belongs; none of them is one.
NOT_NUMBERS: list[bytes] = [
    b"\xb2",  # superscript two as one latin-1 byte: str.isdigit() says yes, int() says no
    "\u0661".encode(),  # Arabic-Indic one (UTF-8): int() reads it as 1
    "\uff11".encode(),  # fullwidth one
    b"9" * 4301,  # past int()'s 4,300-digit limit
    b"9" * 19,  # more digits than any size or count we keep
    b"-1",
    b"+1",
    b"1_000",
    b"0x10",
    b"1e3",
    b"",
]
IDS = [
    "superscript",
    "arabic-indic",
    "fullwidth",
    "4301-digits",
    "19-digits",
    "minus",
    "plus",
    "underscore",
    "hex",
    "exp",
    "empty",
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """A real socket: the test client would re-encode a header's bytes, a real client sends them as they are."""
    server = start_live_server(Path(tmp_path_factory.mktemp("integers")))
    try:
        with httpx.Client(base_url=server.url) as http:
            yield http
    finally:
        server.stop()


def _tus_upload(client: httpx.Client, length: int = 3) -> str:
    created = client.post("/resumable/files/", headers={**TUS, "Upload-Length": str(length)})
    assert created.status_code == 201, created.text
    return str(created.headers["location"]).rsplit("/", 1)[-1]


@pytest.mark.parametrize("value", NOT_NUMBERS, ids=IDS)
def test_upload_length_header(client: httpx.Client, value: bytes) -> None:
    answer = client.post("/resumable/files/", headers={**TUS, "Upload-Length": value})  # type: ignore[dict-item]
    assert (answer.status_code, answer.json()["error"]) == (400, "TUS_INVALID_HEADER")


@pytest.mark.parametrize("value", NOT_NUMBERS, ids=IDS)
def test_upload_offset_header(client: httpx.Client, value: bytes) -> None:
    uid = _tus_upload(client)
    headers: Any = {**TUS, "Upload-Offset": value, "Content-Type": "application/offset+octet-stream"}
    answer = client.patch(f"/resumable/files/{uid}", content=b"abc", headers=headers)
    assert (answer.status_code, answer.json()["error"]) == (400, "TUS_INVALID_HEADER")
    head = client.head(f"/resumable/files/{uid}", headers=TUS)
    assert head.headers["upload-offset"] == "0"  # nothing was written


@pytest.mark.parametrize("value", NOT_NUMBERS, ids=IDS)
def test_upload_length_on_patch(client: httpx.Client, value: bytes) -> None:
    created = client.post("/resumable/files/", headers={**TUS, "Upload-Defer-Length": "1"})
    uid = str(created.headers["location"]).rsplit("/", 1)[-1]
    headers: Any = {
        **TUS,
        "Upload-Offset": "0",
        "Upload-Length": value,
        "Content-Type": "application/offset+octet-stream",
    }
    answer = client.patch(f"/resumable/files/{uid}", content=b"abc", headers=headers)
    assert (answer.status_code, answer.json()["error"]) == (400, "TUS_INVALID_HEADER")


def test_plain_digits_still_work(client: httpx.Client) -> None:
    uid = _tus_upload(client, 3)
    headers = {**TUS, "Upload-Offset": "000", "Content-Type": "application/offset+octet-stream"}
    answer = client.patch(f"/resumable/files/{uid}", content=b"abc", headers=headers)
    assert (answer.status_code, answer.headers["upload-offset"]) == (204, "3")


@pytest.mark.parametrize("field", ["tus_num_expected_upload_files", "num_expected_upload_files"])
@pytest.mark.parametrize("value", NOT_NUMBERS[:-1], ids=IDS[:-1])  # empty means "none expected"
def test_expected_upload_count_field(kit: Transloadit, test_client: TestClient, field: str, value: bytes) -> None:
    params, signature = kit.signed(steps={":original": {"robot": "/upload/handle"}})
    files: Any = {"params": (None, params), "signature": (None, signature), field: (None, value)}
    answer = test_client.post("/assemblies", files=files)
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"] == "ASSEMBLY_INVALID_NUM_EXPECTED_UPLOAD_FILES_PARAM"


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("/assemblies", "ASSEMBLY_LIST_ERROR"),
        ("/templates", "TEMPLATE_LIST_ERROR"),
        ("/template_credentials", "TEMPLATE_CREDENTIALS_VALIDATION"),
        ("/assembly_notifications", "ASSEMBLY_NOTIFICATION_LIST_ERROR"),
    ],
)
@pytest.mark.parametrize("name", ["page", "pagesize"])
@pytest.mark.parametrize("value", ["\u0661", "\u00b2", "9" * 4301, "9" * 19, "-1", "1.5"])
def test_list_paging_params(
    kit: Transloadit, test_client: TestClient, path: str, code: str, name: str, value: str
) -> None:
    params, signature = kit.signed({name: value})
    answer = test_client.get(path, params={"params": params, "signature": signature})
    assert (answer.status_code, answer.json()["error"]) == (400, code)
    ok_params, ok_signature = kit.signed({name: "2"})  # digit strings, as query strings carry them, still work
    assert test_client.get(path, params={"params": ok_params, "signature": ok_signature}).status_code == 200


@pytest.mark.parametrize("month", ["\u0662\u0660\u0660\u0661-\u0660\u0662", "2001-\u0660\u0662", "\u00b2001-02"])
def test_bill_month_digits(kit: Transloadit, test_client: TestClient, month: str) -> None:
    params, signature = kit.signed()
    answer = test_client.get(f"/bill/{quote(month)}", params={"params": params, "signature": signature})
    assert (answer.status_code, answer.json()["error"]) == (400, "BILL_INVALID_MONTH")
