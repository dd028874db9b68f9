"""Signed status reads: answered from memory, and still refused whenever they should be.

A verified signed read is remembered until its ``expires``, so a poll that repeats its query
costs no signature check; these tests pin what must still be refused."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from urllib.parse import quote, urlencode

import pytest
from starlette.testclient import TestClient

from tests.conftest import KEY, SECRET
from transloadit_emulator.app import create_app
from transloadit_emulator.settings import Account, Settings
from transloadit_kit import Transloadit, sign
from transloadit_kit.params import build_params, encode_params

OTHER_KEY, OTHER_SECRET = "other-key", "other-secret"


class MovableClock:
    """System time plus an offset the test can advance."""

    def __init__(self) -> None:
        self.offset = 0.0

    def now(self) -> float:
        return time.time() + self.offset


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
def client(settings: Settings, clock: MovableClock) -> Iterator[TestClient]:
    two = dataclasses.replace(settings, accounts=(*settings.accounts, Account(OTHER_KEY, OTHER_SECRET)))
    with TestClient(create_app(two, clock=clock), raise_server_exceptions=False) as c:
        yield c


def finished(client: TestClient) -> str:
    kit = Transloadit(KEY, SECRET, service="http://testserver", httpx_client=client)
    done = kit.create_assembly(steps={"h": {"robot": "/file/hash"}}, files=[("a.txt", b"x")], wait=True)
    return str(done.assembly_id)


def signed_query(key: str, secret: str, **auth: object) -> dict[str, str]:
    params = build_params(key, expires_in=300)
    params["auth"].update(auth)
    raw = encode_params(params)
    return {"params": raw, "signature": sign(raw, secret)}


def test_a_repeated_signed_read_answers_like_an_unsigned_one(client: TestClient) -> None:
    assembly_id = finished(client)
    unsigned = client.get(f"/assemblies/{assembly_id}").content
    query = signed_query(KEY, SECRET)
    for _ in range(3):
        answer = client.get(f"/assemblies/{assembly_id}", params=query)
        assert answer.status_code == 200 and answer.content == unsigned


def test_another_accounts_signed_read_is_not_found_every_time(client: TestClient) -> None:
    assembly_id = finished(client)
    query = signed_query(OTHER_KEY, OTHER_SECRET)
    for _ in range(2):
        answer = client.get(f"/assemblies/{assembly_id}", params=query)
        assert (answer.status_code, answer.json()["error"]) == (404, "ASSEMBLY_NOT_FOUND")


def test_a_remembered_signed_read_expires_with_its_params(client: TestClient, clock: MovableClock) -> None:
    assembly_id = finished(client)
    query = signed_query(KEY, SECRET)
    assert client.get(f"/assemblies/{assembly_id}", params=query).status_code == 200
    clock.offset = 301
    late = client.get(f"/assemblies/{assembly_id}", params=query)
    assert (late.status_code, late.json()["error"]) == (401, "AUTH_EXPIRED")


def test_a_wrong_signature_for_remembered_params_is_refused(client: TestClient) -> None:
    assembly_id = finished(client)
    query = signed_query(KEY, SECRET)
    assert client.get(f"/assemblies/{assembly_id}", params=query).status_code == 200
    forged = {**query, "signature": sign(query["params"], "not-the-secret")}
    answer = client.get(f"/assemblies/{assembly_id}", params=forged)
    assert (answer.status_code, answer.json()["error"]) == (401, "INVALID_SIGNATURE")


def test_a_nonce_is_claimed_by_every_signed_read(client: TestClient) -> None:
    assembly_id = finished(client)
    query = signed_query(KEY, SECRET, nonce="read-once")
    assert client.get(f"/assemblies/{assembly_id}", params=query).status_code == 200
    again = client.get(f"/assemblies/{assembly_id}", params=query)
    assert again.json()["error"] == "SIGNATURE_REUSE_DETECTED"


def test_a_remembered_read_still_checks_the_referer(client: TestClient) -> None:
    assembly_id = finished(client)
    query = signed_query(KEY, SECRET, referer="^https://good\\.example/")
    ok = client.get(f"/assemblies/{assembly_id}", params=query, headers={"Referer": "https://good.example/app"})
    assert ok.status_code == 200
    bad = client.get(f"/assemblies/{assembly_id}", params=query, headers={"Referer": "https://evil.example/"})
    assert bad.json()["error"] == "REFERER_MISMATCH"


def test_the_same_read_in_another_order_or_encoding_is_the_same_read(client: TestClient) -> None:
    assembly_id = finished(client)
    unsigned = client.get(f"/assemblies/{assembly_id}").content
    query = signed_query(KEY, SECRET)
    plus = urlencode({"signature": query["signature"], "params": query["params"]})
    percent = urlencode(query, quote_via=quote)
    for raw in (plus, percent):
        assert client.get(f"/assemblies/{assembly_id}?{raw}").content == unsigned
    assert client.get(f"/assemblies/{assembly_id}?params=%7B%7D").json()["error"] == "NO_AUTH_PARAMETER"


def test_the_status_read_fast_path_answers_like_the_routed_one(client: TestClient) -> None:
    """``http/status_reads.py`` answers status reads before routing; a bearer token's read takes
    the routed endpoint. Both answer the same bytes and headers."""
    assembly_id = finished(client)
    fast = client.get(f"/assemblies/{assembly_id}")
    token = client.post("/token", auth=(KEY, SECRET), data={"grant_type": "client_credentials"}).json()
    routed = client.get(f"/assemblies/{assembly_id}", headers={"Authorization": f"Bearer {token['access_token']}"})
    assert fast.status_code == routed.status_code == 200 and fast.content == routed.content
    expected = {"content-length": str(len(fast.content)), "content-type": "application/json"}
    assert dict(fast.headers) == dict(routed.headers) == expected


def test_status_read_errors_and_browsers_on_the_fast_path(client: TestClient) -> None:
    missing = client.get("/assemblies/" + "f" * 32)
    assert (missing.status_code, missing.json()["error"]) == (404, "ASSEMBLY_NOT_FOUND")
    assert missing.headers["content-type"] == "application/json"
    bad = client.get("/assemblies/" + "f" * 32, params={"params": "{", "signature": "x"})
    assert (bad.status_code, bad.json()["error"]) == (400, "INVALID_PARAMS_FIELD")
    assembly_id = finished(client)
    browser = client.get(f"/assemblies/{assembly_id}", headers={"Origin": "https://app.example"})
    assert browser.status_code == 200 and browser.headers["access-control-allow-origin"] == "*"
    assert client.head(f"/assemblies/{assembly_id}").status_code == 200  # HEAD takes the routed path


def test_a_long_signed_query_reads_like_a_short_one(client: TestClient) -> None:
    assembly_id = finished(client)
    unsigned = client.get(f"/assemblies/{assembly_id}").content
    query = signed_query(KEY, SECRET, note="x" * 5000)  # past what is remembered parsed
    for _ in range(2):
        assert client.get(f"/assemblies/{assembly_id}", params=query).content == unsigned
