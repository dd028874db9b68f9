"""Another account's Assembly, Template or Credential answers exactly as one that does not exist.

Every signed operation on a resource of another account gives the same status, code and message
as the same operation on an unknown id, so a caller learns nothing about what exists."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from tests.conftest import KEY, SECRET
from transloadit_emulator.app import create_app
from transloadit_emulator.settings import Account, Settings
from transloadit_kit import sign

FUTURE = "2099/01/01 00:00:00+00:00"
OTHER_KEY, OTHER_SECRET = "other-key", "other-secret"
UNKNOWN = "0" * 32


def signed(key: str, secret: str, **params: Any) -> dict[str, str]:
    raw = json.dumps({"auth": {"key": key, "expires": FUTURE}, **params})
    return {"params": raw, "signature": sign(raw, secret)}


def mine(**params: Any) -> dict[str, str]:
    return signed(KEY, SECRET, **params)


def theirs(**params: Any) -> dict[str, str]:
    return signed(OTHER_KEY, OTHER_SECRET, **params)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(
        data_dir=tmp_path / "data",
        public_base_url="http://testserver",
        accounts=(Account(KEY, SECRET), Account(OTHER_KEY, OTHER_SECRET)),
        workers=2,
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def assembly_id(client: TestClient) -> str:
    steps = {"h": {"robot": "/file/hash", "use": ":original"}}
    created = client.post(
        "/assemblies", data=mine(steps=steps, notify_url="http://127.0.0.1:9/hook"), files={"f": ("a.txt", b"a")}
    ).json()
    client.app.state.assemblies.wait_idle(30)  # type: ignore[attr-defined]
    return str(created["assembly_id"])


Call = Callable[[TestClient, str], httpx.Response]

ASSEMBLY_CALLS: dict[str, Call] = {
    "get (signed)": lambda c, i: c.get(f"/assemblies/{i}", params=theirs()),
    "cancel (signed)": lambda c, i: c.request("DELETE", f"/assemblies/{i}", data=theirs()),
    "replay": lambda c, i: c.post(f"/assemblies/{i}/replay", data=theirs()),
    "notifications list": lambda c, i: c.get(f"/assembly_notifications/{i}", params=theirs()),
    "notification replay": lambda c, i: c.post(f"/assembly_notifications/{i}/replay", data=theirs(wait=False)),
    "notification replay (old URL)": lambda c, i: c.post(f"/assemblies/{i}/replay_notification", data=theirs()),
}


def answer(r: httpx.Response, resource_id: str) -> tuple[int, str, str]:
    body = r.json()
    return r.status_code, body.get("error"), str(body.get("message")).replace(resource_id, "<id>")


@pytest.mark.parametrize("call", list(ASSEMBLY_CALLS.values()), ids=list(ASSEMBLY_CALLS))
def test_another_accounts_assembly_is_not_found(client: TestClient, assembly_id: str, call: Call) -> None:
    got = answer(call(client, assembly_id), assembly_id)
    assert got[:2] == (404, "ASSEMBLY_NOT_FOUND"), got
    assert got == answer(call(client, UNKNOWN), UNKNOWN)


def test_the_owner_still_reaches_it(client: TestClient, assembly_id: str) -> None:
    assert client.get(f"/assemblies/{assembly_id}", params=mine()).json()["assembly_id"] == assembly_id
    assert client.get(f"/assembly_notifications/{assembly_id}", params=mine()).status_code == 200
    assert client.post(f"/assemblies/{assembly_id}/replay", data=mine()).json()["ok"] == "ASSEMBLY_REPLAYING"


def test_another_accounts_template_and_credential_are_not_found(client: TestClient) -> None:
    template = client.post(
        "/templates", data=mine(name="my-template", template=json.dumps({"steps": {"h": {"robot": "/file/hash"}}}))
    ).json()
    credential = client.post(
        "/template_credentials",
        data=mine(name="my-cred", type="s3", content={"key": "k", "secret": "s", "bucket": "b", "bucket_region": "x"}),
    ).json()
    cases: dict[str, tuple[str, Call]] = {
        "template get": (template["id"], lambda c, i: c.get(f"/templates/{i}", params=theirs())),
        "template update": (template["id"], lambda c, i: c.put(f"/templates/{i}", data=theirs(name="stolen-one"))),
        "template delete": (template["id"], lambda c, i: c.request("DELETE", f"/templates/{i}", data=theirs())),
        "template use": (
            template["id"],
            lambda c, i: c.post("/assemblies", data=theirs(template_id=i)),
        ),
        "credential get": (
            credential["credential"]["id"],
            lambda c, i: c.get(f"/template_credentials/{i}", params=theirs()),
        ),
        "credential delete": (
            credential["credential"]["id"],
            lambda c, i: c.request("DELETE", f"/template_credentials/{i}", data=theirs()),
        ),
    }
    for name, (resource_id, call) in cases.items():
        got = answer(call(client, resource_id), resource_id)
        assert got[0] == 404, (name, got)
        assert got == answer(call(client, UNKNOWN), UNKNOWN), name
