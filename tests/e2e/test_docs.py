"""The spec-driven HTML reference at /docs and the spec itself at /openapi.yaml."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from transloadit_client.api.emulator import get_docs, get_openapi
from transloadit_client.models.error import Error

from transloadit_emulator import spec
from transloadit_emulator.spec import DOCS_SOURCE_PATH, SPEC_PATH, load_spec
from transloadit_kit import Transloadit


def test_docs_are_built_from_the_current_spec() -> None:
    built_from = DOCS_SOURCE_PATH.read_text().strip()
    current = hashlib.sha256(SPEC_PATH.read_bytes()).hexdigest()
    assert built_from == current, (
        "openapi.yaml changed since the HTML reference was built: run `make docs` and commit "
        "src/transloadit_emulator/docs/"
    )


def test_docs_and_spec_are_served(kit: Transloadit) -> None:
    docs = get_docs.sync_detailed(client=kit.client)
    assert docs.status_code == 200
    assert docs.headers["content-type"].startswith("text/html")
    html = docs.content.decode()
    assert html.lstrip().lower().startswith("<!doctype html")
    assert "<script src=" not in html  # self-contained: the Redoc bundle is inlined
    for operation in ("createAssembly", "replayAssemblyNotification", "createTemplate", "getBill", "getDocs"):
        assert operation in html
    # Every operation of the spec is in the page.
    operations = [
        op["operationId"]
        for item in load_spec()["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    ]
    assert len(operations) > 30
    assert [op for op in operations if op not in html] == []

    spec_response = get_openapi.sync_detailed(client=kit.client)
    assert spec_response.status_code == 200
    assert spec_response.headers["content-type"].startswith("application/yaml")
    assert spec_response.content == SPEC_PATH.read_bytes()


def test_head_docs(test_client: TestClient) -> None:
    response = test_client.head("/docs")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert int(response.headers["content-length"]) == spec.DOCS_PATH.stat().st_size
    assert response.content == b""


def test_missing_docs_answer_a_transloadit_error(
    kit: Transloadit, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(spec, "DOCS_PATH", tmp_path / "api.html")
    docs = get_docs.sync_detailed(client=kit.client)
    assert docs.status_code == 404
    assert isinstance(docs.parsed, Error)
    assert docs.parsed.error == "EMULATOR_DOCS_NOT_BUILT"
    assert "make docs" in str(docs.parsed.message)
