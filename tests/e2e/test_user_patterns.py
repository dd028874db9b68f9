"""Users' regular expressions can neither freeze the server nor be refused late.

``auth.referer`` and ``/file/filter``'s ``regex``/``!regex`` run on RE2 (linear time); what RE2
cannot run is a coded 400 when the Assembly (or Template) is created."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from tests.conftest import KEY, SECRET, LiveServer, make_settings, start_live_server
from transloadit_emulator.app import create_app
from transloadit_kit import sign

FUTURE = "2099/01/01 00:00:00+00:00"
EVIL = "^(a+)+$"
#: Exponential for a backtracking engine: 2**5000 ways to split the a's before the "!" fails.
EVIL_TEXT = "a" * 5000 + "!"


def signed(params: dict[str, Any], **extra: str) -> dict[str, str]:
    raw = json.dumps(params)
    return {"params": raw, "signature": sign(raw, SECRET), **extra}


def auth(**extra: Any) -> dict[str, Any]:
    return {"key": KEY, "expires": FUTURE, **extra}


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = make_settings(tmp_path / "data", public_base_url="http://testserver")
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    server = start_live_server(tmp_path / "live")
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.socket
def test_catastrophic_referer_pattern_answers_and_the_server_stays_free(live: LiveServer) -> None:
    """Issue 17 #8: with Python's re this request never finished and stalled every other one."""
    steps = {"h": {"robot": "/file/hash"}}
    data = signed({"auth": auth(referer=EVIL), "steps": steps})
    with httpx.Client(base_url=live.url, timeout=20) as http:
        r = http.post("/assemblies", data=data, headers={"Referer": EVIL_TEXT})
        assert r.json()["error"] == "REFERER_MISMATCH", r.text
        # a status read runs the check on the event loop itself
        created = http.post("/assemblies", data=signed({"auth": auth(), "steps": steps})).json()
        read = http.get(
            f"/assemblies/{created['assembly_id']}",
            params=signed({"auth": auth(referer=EVIL)}),
            headers={"Referer": EVIL_TEXT},
        )
        assert read.json()["error"] == "REFERER_MISMATCH", read.text
        assert http.get("/_emulator/health").status_code == 200


@pytest.mark.parametrize(
    "pattern",
    ["a(?=b)", "(?<!x)y", "(a)\\1", "/(?<s>a)\\k<s>/", "a{5000}", "("],
)
def test_referer_pattern_re2_cannot_run_is_refused_at_creation(client: TestClient, pattern: str) -> None:
    r = client.post(
        "/assemblies", data=signed({"auth": auth(referer=pattern), "steps": {"h": {"robot": "/file/hash"}}})
    )
    assert (r.status_code, r.json()["error"]) == (400, "INVALID_AUTH_REFERER_PARAMETER"), r.text


def test_referer_reads_javascript_patterns(client: TestClient) -> None:
    steps = {"h": {"robot": "/file/hash"}}
    data = signed({"auth": auth(referer="/^HTTPS:\\/\\/GOOD\\.example\\//i"), "steps": steps})
    assert client.post("/assemblies", data=data, headers={"Referer": "https://good.example/x"}).status_code == 200
    r = client.post("/assemblies", data=data, headers={"Referer": "https://evil.example/"})
    assert r.json()["error"] == "REFERER_MISMATCH"


def test_catastrophic_filter_pattern_runs_in_linear_time(client: TestClient) -> None:
    steps = {
        ":original": {"robot": "/upload/handle"},
        "keep": {"use": ":original", "robot": "/file/filter", "accepts": [["${file.name}", "regex", EVIL]]},
        "drop": {"use": ":original", "robot": "/file/filter", "declines": [["${file.name}", "!regex", EVIL]]},
    }
    r = client.post(
        "/assemblies",
        data=signed({"auth": auth(), "steps": steps}),
        files={"f": (EVIL_TEXT[-200:] + ".txt", b"x")},  # "a…a!.txt"
    )
    assert r.status_code == 200, r.text
    client.app.state.assemblies.wait_idle(60)  # type: ignore[attr-defined]
    done = client.get(f"/assemblies/{r.json()['assembly_id']}").json()
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    assert done["results"].get("keep", []) == [] and done["results"].get("drop", []) == []


@pytest.mark.parametrize("operator", ["regex", "!regex"])
@pytest.mark.parametrize("pattern", ["a(?=b)", "(a)\\1", "(", "/x(?<=y)/i"])
def test_filter_pattern_re2_cannot_run_is_refused_at_creation(client: TestClient, operator: str, pattern: str) -> None:
    steps = {"f": {"robot": "/file/filter", "accepts": [["${file.name}", operator, pattern]]}}
    r = client.post("/assemblies", data=signed({"auth": auth(), "steps": steps}))
    assert (r.status_code, r.json()["error"]) == (400, "FILE_FILTER_INVALID_OPERATOR"), r.text


def test_filter_pattern_from_a_template_is_refused_at_creation(client: TestClient) -> None:
    content = {"steps": {"f": {"robot": "/file/filter", "declines": [["${file.name}", "regex", "a(?!b)"]]}}}
    saved = client.post(
        "/templates", data=signed({"auth": auth(), "name": "bad-filter", "template": json.dumps(content)})
    )
    assert saved.status_code == 200, saved.text
    r = client.post("/assemblies", data=signed({"auth": auth(), "template_id": saved.json()["id"]}))
    assert (r.status_code, r.json()["error"]) == (400, "FILE_FILTER_INVALID_OPERATOR"), r.text
