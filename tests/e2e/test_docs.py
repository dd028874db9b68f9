"""The spec-driven HTML reference at /docs and the spec itself at /openapi.yaml."""

from __future__ import annotations

import hashlib

from transloadit_client.api.emulator import get_docs, get_openapi

from transloadit_emulator.spec import DOCS_SOURCE_PATH, SPEC_PATH
from transloadit_kit import Transloadit


def test_docs_are_built_from_the_current_spec() -> None:
    built_from = DOCS_SOURCE_PATH.read_text().strip()
    current = hashlib.sha256(SPEC_PATH.read_bytes()).hexdigest()
    assert built_from == current, "openapi.yaml changed since the HTML reference was built: run `make docs`"


def test_docs_and_spec_are_served(kit: Transloadit) -> None:
    docs = get_docs.sync_detailed(client=kit.client)
    assert docs.status_code == 200
    html = docs.content.decode()
    assert html.lstrip().lower().startswith("<!doctype html")
    for operation in ("createAssembly", "replayAssemblyNotification", "createTemplate", "getBill"):
        assert operation in html
    assert "<script src=" not in html  # self-contained: the Redoc bundle is inlined

    spec = get_openapi.sync_detailed(client=kit.client)
    assert spec.status_code == 200 and spec.content == SPEC_PATH.read_bytes()
