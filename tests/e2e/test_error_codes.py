"""Every error code the Assembly API can produce, over HTTP, with its status and a clear message."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from tests.conftest import KEY, SECRET, jpeg_bytes
from transloadit_emulator.app import create_app
from transloadit_emulator.settings import Account, Settings
from transloadit_kit import sign

FUTURE = "2099/01/01 00:00:00+00:00"
STEPS = {"resized": {"robot": "/image/resize", "width": 10}}


def auth(**extra: Any) -> dict[str, Any]:
    return {"key": KEY, "expires": FUTURE, **extra}


def form(params: Any, *, signed: bool = True, secret: str = SECRET, **fields: str) -> dict[str, str]:
    raw = params if isinstance(params, str) else json.dumps(params)
    data = {"params": raw, **fields}
    if signed:
        data["signature"] = sign(raw, secret)
    return data


def assert_error(response: httpx.Response, code: str, status: int) -> dict[str, Any]:
    body = response.json()
    assert (body.get("error"), response.status_code) == (code, status), body
    assert body["message"] and body["http_code"] == status
    return body


@pytest.fixture
def client(tmp_path: Path) -> Any:
    settings = Settings(
        data_dir=tmp_path / "data",
        public_base_url="http://testserver",
        accounts=(Account(KEY, SECRET), Account("other-key", "other-secret")),
        workers=2,
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


CREATE_CASES = [
    ({}, "NO_PARAMS_FIELD", 400),
    ({"params": "{oops"}, "INVALID_PARAMS_FIELD", 400),
    ({"params": "[]"}, "NO_OBJECT_PARAMS_FIELD", 400),
    (form({"steps": STEPS}), "NO_AUTH_PARAMETER", 400),
    (form({"auth": 1, "steps": STEPS}), "NO_OBJECT_AUTH_PARAMETER", 400),
    (form({"auth": {"expires": FUTURE}}), "NO_AUTH_KEY_PARAMETER", 400),
    (form({"auth": {"key": 1, "expires": FUTURE}}), "INVALID_AUTH_KEY_PARAMETER", 400),
    (form({"auth": {"key": "who", "expires": FUTURE}}), "GET_ACCOUNT_UNKNOWN_AUTH_KEY", 401),
    (form({"auth": {"key": KEY}, "steps": STEPS}), "NO_AUTH_EXPIRES_PARAMETER", 400),
    (form({"auth": auth(expires="soon"), "steps": STEPS}), "INVALID_AUTH_EXPIRES_PARAMETER", 400),
    (form({"auth": auth(expires="2001/01/01 00:00:00+00:00"), "steps": STEPS}), "AUTH_EXPIRED", 401),
    (form({"auth": auth(), "steps": STEPS}, signed=False), "NO_SIGNATURE_FIELD", 401),
    (form({"auth": auth(), "steps": STEPS}, secret="nope"), "INVALID_SIGNATURE", 401),
    (form({"auth": auth(max_size="1MB"), "steps": STEPS}), "INVALID_AUTH_MAX_SIZE_PARAMETER", 400),
    (
        form({"auth": auth(max_number_of_files=0), "steps": STEPS}),
        "INVALID_AUTH_MAX_NUMBER_OF_FILES_PARAMETER",
        400,
    ),
    (form({"auth": auth(referer="[unclosed"), "steps": STEPS}), "INVALID_AUTH_REFERER_PARAMETER", 400),
    (form({"auth": auth()}), "ASSEMBLY_NO_STEPS", 400),
    (form({"auth": auth(), "steps": []}), "ASSEMBLY_INVALID_STEPS", 400),
    (form({"auth": auth(), "steps": {}}), "ASSEMBLY_EMPTY_STEPS", 400),
    (form({"auth": auth(), "steps": {"a": 1}}), "ASSEMBLY_STEP_INVALID", 400),
    (form({"auth": auth(), "steps": {"a": {"use": ":original"}}}), "ASSEMBLY_STEP_NO_ROBOT", 400),
    (form({"auth": auth(), "steps": {"a": {"robot": ["x"]}}}), "ASSEMBLY_STEP_INVALID_ROBOT", 400),
    (form({"auth": auth(), "steps": {"a": {"robot": "/no/such"}}}), "ASSEMBLY_STEP_UNKNOWN_ROBOT", 400),
    (form({"auth": auth(), "steps": {"a": {**STEPS["resized"], "use": 3}}}), "ASSEMBLY_STEP_INVALID_USE", 400),
    (form({"auth": auth(), "steps": {"a": {**STEPS["resized"], "use": "b"}}}), "ASSEMBLY_STEP_UNKNOWN_USE", 400),
    (form({"auth": auth(), "steps": {"a": {**STEPS["resized"], "use": "a"}}}), "ASSEMBLY_INFINITE", 400),
    (form({"auth": auth(), "steps": {"x": {"robot": "/upload/handle"}}}), "INVALID_UPLOAD_HANDLE_STEP_NAME", 400),
    (form({"auth": auth(), "steps": {"": STEPS["resized"]}}), "INVALID_STEP_NAME", 400),
    (form({"auth": auth(), "steps": {"a": {**STEPS["resized"], "width": -1}}}), "IMAGE_RESIZE_VALIDATION", 400),
    (form({"auth": auth(), "steps": {"a": {"robot": "/file/hash", "algorithm": "x"}}}), "FILE_HASH_VALIDATION", 400),
    (
        form({"auth": auth(), "steps": {"a": {"robot": "/file/filter", "accepts": "bad"}}}),
        "FILE_FILTER_VALIDATION",
        400,
    ),
    (form({"auth": auth(), "template_id": "abc"}), "TEMPLATE_NOT_FOUND", 404),
    (form({"auth": auth(), "steps": STEPS, "fields": "x"}), "INVALID_PARAMS_FIELD", 400),
    (form({"auth": auth(), "steps": STEPS, "notify_url": "ftp://x"}), "ASSEMBLY_INVALID_NOTIFY_URL", 400),
    (
        form({"auth": auth(), "steps": STEPS}, tus_num_expected_upload_files="many"),
        "ASSEMBLY_INVALID_NUM_EXPECTED_UPLOAD_FILES_PARAM",
        400,
    ),
]


@pytest.mark.parametrize(("data", "code", "status"), CREATE_CASES, ids=[c[1] for c in CREATE_CASES])
def test_create_errors(client: TestClient, data: dict[str, str], code: str, status: int) -> None:
    assert_error(client.post("/assemblies", data=data), code, status)


def test_referer_mismatch(client: TestClient) -> None:
    data = form({"auth": auth(referer=r"^https://good\.example/"), "steps": STEPS})
    r = client.post("/assemblies", data=data, headers={"Referer": "https://evil.example/"})
    assert_error(r, "REFERER_MISMATCH", 400)


def test_max_size_exceeded_keeps_nothing(client: TestClient, tmp_path: Path) -> None:
    data = form({"auth": auth(max_size=100), "steps": STEPS})
    r = client.post("/assemblies", data=data, files={"file": ("big.jpg", jpeg_bytes())})
    assert_error(r, "MAX_SIZE_EXCEEDED", 413)
    assert not any((tmp_path / "data" / "files").rglob("big.jpg"))


def test_max_number_of_files_exceeded(client: TestClient) -> None:
    data = form({"auth": auth(max_number_of_files=1), "steps": STEPS})
    files = [("file", ("a.jpg", b"a")), ("file", ("b.jpg", b"b"))]
    assert_error(client.post("/assemblies", data=data, files=files), "MAX_NUMBER_OF_FILES_EXCEEDED", 400)


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("multipart/form-data", b"no boundary given"),
        ("multipart/form-data; boundary=xyz", b"garbage"),
        ("multipart/form-data; boundary=xyz", b"--xyz\r\nContent-Disposition: form-data\r\n\r\nv\r\n--xyz--\r\n"),
    ],
)
def test_invalid_form_data(client: TestClient, content_type: str, body: bytes) -> None:
    r = client.post("/assemblies", content=body, headers={"Content-Type": content_type})
    assert_error(r, "INVALID_FORM_DATA", 400)


def test_invalid_assembly_id(client: TestClient) -> None:
    r = client.post("/assemblies/NOT-HEX", data=form({"auth": auth(), "steps": STEPS}))
    assert_error(r, "INVALID_INPUT_ERROR", 400)


@pytest.mark.parametrize("method", ["GET", "DELETE"])
def test_assembly_not_found(client: TestClient, method: str) -> None:
    body = assert_error(client.request(method, "/assemblies/" + "f" * 32), "ASSEMBLY_NOT_FOUND", 404)
    assert body["assembly_id"] == "f" * 32


def test_replay_errors(client: TestClient) -> None:
    replay = form({"auth": auth()})
    assert_error(client.post(f"/assemblies/{'e' * 32}/replay", data=replay), "ASSEMBLY_NOT_FOUND", 404)
    assert_error(client.post(f"/assemblies/{'e' * 32}/replay", data={}), "NO_PARAMS_FIELD", 400)

    created = client.post(
        "/assemblies", data=form({"auth": auth(), "steps": STEPS}, tus_num_expected_upload_files="1")
    ).json()
    assert created["ok"] == "ASSEMBLY_UPLOADING" and created["expected_tus_uploads"] == 1
    r = client.post(f"/assemblies/{created['assembly_id']}/replay", data=replay)
    assert_error(r, "ASSEMBLY_CANNOT_BE_REPLAYED", 409)

    other = form({"auth": {"key": "other-key", "expires": FUTURE}}, secret="other-secret")
    r = client.post(f"/assemblies/{created['assembly_id']}/replay", data=other)
    assert_error(r, "ASSEMBLY_NOT_FOUND", 404)  # as GET and DELETE answer: existence is not told

    canceled = client.delete(created["assembly_ssl_url"]).json()
    assert canceled["ok"] == "ASSEMBLY_CANCELED"
    assert client.get(created["assembly_ssl_url"]).json()["ok"] == "ASSEMBLY_CANCELED"


def test_signed_read_must_verify(client: TestClient) -> None:
    created = client.post(
        "/assemblies", data=form({"auth": auth(), "steps": STEPS}, tus_num_expected_upload_files="1")
    ).json()
    bad = form({"auth": auth()}, secret="wrong")
    r = client.get(f"/assemblies/{created['assembly_id']}", params=bad)
    assert_error(r, "INVALID_SIGNATURE", 401)
    ok = client.get(f"/assemblies/{created['assembly_id']}", params=form({"auth": auth()}))
    assert ok.json()["assembly_id"] == created["assembly_id"]


def test_list_errors(client: TestClient) -> None:
    assert_error(client.get("/assemblies"), "NO_PARAMS_FIELD", 400)
    for bad in ({"pagesize": 0}, {"page": "x"}, {"type": "sleeping"}, {"fromdate": "yesterday"}, {"keywords": 5}):
        r = client.get("/assemblies", params=form({"auth": auth(), **bad}))
        assert_error(r, "ASSEMBLY_LIST_ERROR", 400)


def test_unknown_route_and_method(client: TestClient) -> None:
    assert_error(client.get("/nowhere"), "SERVER_404", 404)
    r = client.put("/assemblies")
    assert_error(r, "SERVER_405", 405)
    assert set(r.headers["allow"].replace(" ", "").split(",")) == {"GET", "HEAD", "POST"}


def test_file_not_found(client: TestClient) -> None:
    assert_error(client.get(f"/files/{'a' * 32}/{'b' * 32}/x.jpg"), "FILE_NOT_FOUND", 404)
    traversal = client.get(f"/files/{'a' * 32}/..%2F..%2Fstate.sqlite3/x")
    assert traversal.status_code == 404 and traversal.json()["error"] in {"FILE_NOT_FOUND", "SERVER_404"}


def _run(client: TestClient, steps: dict[str, Any], files: list[Any]) -> dict[str, Any]:
    created = client.post("/assemblies", data=form({"auth": auth(), "steps": steps}), files=files).json()
    client.app.state.assemblies.wait_idle(30)  # type: ignore[attr-defined]
    status: dict[str, Any] = client.get(created["assembly_ssl_url"]).json()
    return status


def test_execution_errors_end_the_assembly(client: TestClient) -> None:
    status = _run(client, STEPS, [("file", ("a.jpg", b"text, not a JPEG"))])
    assert status["error"] == "INVALID_INPUT_ERROR" and "ok" not in status and status["step"] == "resized"

    declined = {"f": {"robot": "/file/filter", "declines": [["${file.size}", ">", "1"]], "error_on_decline": True}}
    status = _run(client, declined, [("file", ("a.txt", b"text"))])
    assert status["error"] == "FILE_FILTER_DECLINED_FILE"

    bad_op = {"f": {"robot": "/file/filter", "accepts": [["${file.size}", "~", "1"]]}}
    r = client.post("/assemblies", data=form({"auth": auth(), "steps": bad_op}), files=[("file", ("a.txt", b"t"))])
    assert_error(r, "FILE_FILTER_INVALID_OPERATOR", 400)  # conditions are checked at creation
