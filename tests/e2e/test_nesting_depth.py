"""Deep nesting: one limit (nesting.MAX_DEPTH) at parse time, a coded 400 beyond it, and no path
(creation, execution, replay, Templates, credentials, robots' JSON params) that reaches Python's
recursion limit or orjson's, whatever the client sends."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.conftest import KEY, SECRET, make_settings
from transloadit_emulator.app import create_app
from transloadit_emulator.nesting import MAX_DEPTH
from transloadit_kit import sign

FUTURE = "2099/01/01 00:00:00+00:00"
AUTH = {"key": KEY, "expires": FUTURE}


def nested(depth: int, *, kind: str = "list", leaf: Any = "x") -> Any:
    """``depth`` lists (or objects) one inside the other, built without recursion."""
    value = leaf
    for _ in range(depth):
        value = [value] if kind == "list" else {"k": value}
    return value


class Deep:
    """A value written into the JSON text as ``depth`` nested lists or objects (deeper than
    Python's json module could write)."""

    def __init__(self, depth: int, kind: str = "list") -> None:
        self.depth, self.kind = depth, kind

    def text(self) -> str:
        if self.kind == "list":
            return "[" * self.depth + '"x"' + "]" * self.depth
        return '{"k":' * self.depth + '"x"' + "}" * self.depth


def to_json(value: Any) -> str:
    deep: list[Deep] = []

    def mark(o: Any) -> Any:
        deep.append(o)
        return f"@deep{len(deep) - 1}@"

    raw = json.dumps(value, default=mark)
    for i, d in enumerate(deep):
        raw = raw.replace(f'"@deep{i}@"', d.text())
    return raw


def signed(params: dict[str, Any], **extra: str) -> dict[str, str]:
    raw = to_json(params)
    return {"params": raw, "signature": sign(raw, SECRET), **extra}


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = make_settings(tmp_path / "data", public_base_url="http://testserver")
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


def assert_coded(r: Any, code: str, status: int = 400) -> None:
    body = r.json()
    assert (r.status_code, body.get("error")) == (status, code), body
    assert str(MAX_DEPTH) in body["message"], body


def finished(client: TestClient, created: dict[str, Any]) -> dict[str, Any]:
    client.app.state.assemblies.wait_idle(60)  # type: ignore[attr-defined]
    return dict(client.get(f"/assemblies/{created['assembly_id']}").json())


# --- the two reproductions and the depths around them ---------------------------------


@pytest.mark.parametrize("depth", [MAX_DEPTH, 100, 254, 255, 300, 1000, 1023, 1024, 1100])
def test_params_array_nested_too_deep_is_a_coded_400(client: TestClient, depth: int) -> None:
    params = {"auth": AUTH, "steps": {"h": {"robot": "/file/hash"}}, "extra": Deep(depth)}
    assert_coded(client.post("/assemblies", data=signed(params)), "INVALID_PARAMS_FIELD")


@pytest.mark.parametrize("depth", [MAX_DEPTH - 2, 252, 300])
def test_step_user_meta_nested_too_deep_is_a_coded_400(client: TestClient, depth: int) -> None:
    """params > steps > h > user_meta: three levels above the Step's own nesting."""
    params = {"auth": AUTH, "steps": {"h": {"robot": "/file/hash", "user_meta": Deep(depth, kind="dict")}}}
    assert_coded(client.post("/assemblies", data=signed(params)), "INVALID_PARAMS_FIELD")


def test_nesting_up_to_the_limit_runs_through_creation_execution_and_status(client: TestClient) -> None:
    deepest = nested(MAX_DEPTH - 3, kind="dict", leaf="${file.name}")  # params > steps > h > user_meta...
    params = {
        "auth": AUTH,
        "steps": {
            ":original": {"robot": "/upload/handle"},
            "h": {"robot": "/file/hash", "use": ":original", "user_meta": deepest},
        },
    }
    r = client.post("/assemblies", data=signed(params), files={"f": ("a.txt", b"hello")})
    assert r.status_code == 200, r.text
    done = finished(client, r.json())
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    assert done["results"]["h"][0]["user_meta"] == nested(MAX_DEPTH - 3, kind="dict", leaf="a.txt")


# --- every other way JSON from clients arrives ---------------------------------------------------


def test_every_signed_operation_refuses_deep_params(client: TestClient) -> None:
    deep = {"auth": AUTH, "x": nested(MAX_DEPTH + 1)}
    aid = "a" * 32
    answers = {
        "list": client.get("/assemblies", params=signed(deep)),
        "get": client.get(f"/assemblies/{aid}", params=signed(deep)),
        "cancel": client.request("DELETE", f"/assemblies/{aid}", data=signed(deep)),
        "replay": client.post(f"/assemblies/{aid}/replay", data=signed(deep)),
        "notification replay": client.post(f"/assembly_notifications/{aid}/replay", data=signed(deep)),
        "templates": client.post("/templates", data=signed(deep)),
        "credentials": client.post("/template_credentials", data=signed(deep)),
        "bill": client.get("/bill/2026-01", params=signed(deep)),
    }
    for name, r in answers.items():
        assert (r.status_code, r.json().get("error")) == (400, "INVALID_PARAMS_FIELD"), (name, r.text)


def test_template_content_as_json_text_is_bounded_too(client: TestClient) -> None:
    content = json.dumps({"steps": {"h": {"robot": "/file/hash", "user_meta": nested(MAX_DEPTH, kind="dict")}}})
    r = client.post("/templates", data=signed({"auth": AUTH, "name": "deep-one", "template": content}))
    assert_coded(r, "TEMPLATE_INVALID_JSON")
    fine = json.dumps({"steps": {"h": {"robot": "/file/hash", "user_meta": nested(8, kind="dict")}}})
    assert client.post("/templates", data=signed({"auth": AUTH, "name": "ok-one", "template": fine})).status_code == 200


def test_credential_content_as_json_text_is_bounded_too(client: TestClient) -> None:
    content = json.dumps({"key": "k", "secret": "s", "bucket": "b", "x": nested(MAX_DEPTH + 1)})
    r = client.post(
        "/template_credentials", data=signed({"auth": AUTH, "name": "deep-cred", "type": "s3", "content": content})
    )
    assert_coded(r, "TEMPLATE_CREDENTIALS_VALIDATION")


def test_robot_params_given_as_json_text_are_bounded_too(client: TestClient) -> None:
    """/http/import's ``headers`` may be JSON text; a deep one is the robot's validation error."""
    headers = Deep(900).text()
    steps = {"i": {"robot": "/http/import", "url": "http://127.0.0.1:9/x", "headers": headers}}
    r = client.post("/assemblies", data=signed({"auth": AUTH, "steps": steps}))
    body = r.json() if r.status_code != 200 else finished(client, r.json())
    assert body.get("error") == "HTTP_IMPORT_VALIDATION", body


# --- execution: variables must not grow nesting (or size) without bound ------------------------


def chained_steps(count: int, user_meta: dict[str, Any]) -> dict[str, Any]:
    steps: dict[str, Any] = {":original": {"robot": "/upload/handle"}}
    previous = ":original"
    for i in range(count):
        steps[f"s{i}"] = {"robot": "/file/hash", "use": previous, "user_meta": user_meta}
        previous = f"s{i}"
    return steps


@pytest.mark.parametrize(
    "user_meta",
    [{"a": "${file.user_meta}"}, {"a": "${file.user_meta}", "b": "${file.user_meta}"}, {"r": "${file}"}],
    ids=["one level per Step", "doubling per Step", "whole file per Step"],
)
def test_user_meta_that_grows_per_step_fails_the_step_with_a_code(
    client: TestClient, user_meta: dict[str, Any]
) -> None:
    params = {"auth": AUTH, "steps": chained_steps(MAX_DEPTH + 10, user_meta)}
    r = client.post("/assemblies", data=signed(params), files={"f": ("a.txt", b"hello")})
    assert r.status_code == 200, r.text
    done = finished(client, r.json())
    assert done.get("error") == "ASSEMBLY_STEP_INVALID", {k: done.get(k) for k in ("ok", "error", "message")}
    assert "user_meta" in done["message"] and done["step"].startswith("s")


def test_a_long_use_chain_in_any_order_never_hits_the_recursion_limit(client: TestClient) -> None:
    steps = chained_steps(1100, {})
    for step in steps.values():
        step.pop("user_meta", None)
    reversed_steps = dict(reversed(list(steps.items())))  # a depth-first walk from the last Step goes 1100 deep
    r = client.post("/assemblies", data=signed({"auth": AUTH, "steps": reversed_steps}))
    assert r.status_code < 500, r.text
    if r.status_code != 200:  # a Step-count cap is a coded refusal, never a crash
        assert r.json()["error"].startswith("ASSEMBLY_"), r.text
    else:  # only the planning is under test: spare the run
        client.delete(f"/assemblies/{r.json()['assembly_id']}")
