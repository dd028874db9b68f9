"""The spec-driven HTML reference at /docs and the spec itself at /openapi.yaml."""

from __future__ import annotations

from transloadit_client.api.emulator import get_docs, get_openapi

from transloadit_emulator.spec import SPEC_PATH, load_spec
from transloadit_kit import Transloadit


def test_docs_and_spec_are_served(kit: Transloadit) -> None:
    docs = get_docs.sync_detailed(client=kit.client)
    assert docs.status_code == 200, "no HTML reference: run `make docs` (make test builds it first)"
    html = docs.content.decode()
    assert html.lstrip().lower().startswith("<!doctype html")
    assert "<script src=" not in html  # self-contained: the Redoc bundle is inlined
    # Built from this very spec: every operation is in the page.
    operations = [
        op["operationId"]
        for item in load_spec()["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    ]
    assert len(operations) > 30
    assert [op for op in operations if op not in html] == []

    spec = get_openapi.sync_detailed(client=kit.client)
    assert spec.status_code == 200 and spec.content == SPEC_PATH.read_bytes()
