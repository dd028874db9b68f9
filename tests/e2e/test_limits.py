"""Account limits: creations per minute, running Assemblies, nonce reuse; on the generated client."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import orjson
import pytest
from starlette.testclient import TestClient

from tests.conftest import SECRET
from tests.kits import KIT_KINDS, in_process_kit
from transloadit_emulator.app import create_app
from transloadit_emulator.settings import Settings
from transloadit_kit import TransloaditApiError, sign
from transloadit_kit.params import build_params, encode_params

STEPS = {"hashed": {"robot": "/file/hash"}}


@pytest.fixture
def limited(settings: Settings) -> Iterator[TestClient]:
    tight = dataclasses.replace(settings, rate_limit_per_minute=3, max_concurrent_assemblies=1)
    with TestClient(create_app(tight), raise_server_exceptions=False) as client:
        yield client


@pytest.mark.parametrize("kit_kind", KIT_KINDS)
def test_creations_per_minute(limited: TestClient, kit_kind: str) -> None:
    with in_process_kit(kit_kind, "test-key", SECRET, limited, max_retries=0) as kit:
        for _ in range(3):
            kit.create_assembly(steps=STEPS, files=[("a.txt", b"abc")], wait=True, timeout=30)
        with pytest.raises(TransloaditApiError) as caught:
            kit.create_assembly(steps=STEPS, files=[("a.txt", b"abc")])
        error = caught.value
        assert (error.code, error.http_status) == ("RATE_LIMIT_REACHED", 429)
        assert error.retry_in is not None and 1 <= error.retry_in <= 60

        params, signature = kit.signed(steps=STEPS)
        raw = limited.post("/assemblies", data={"params": params, "signature": signature})
        assert raw.status_code == 429 and 1 <= int(raw.headers["retry-after"]) <= 60


@pytest.mark.parametrize("kit_kind", KIT_KINDS)
def test_running_assemblies(limited: TestClient, kit_kind: str) -> None:
    with in_process_kit(kit_kind, "test-key", SECRET, limited, max_retries=0) as kit:
        params, signature = kit.signed(steps=STEPS)
        waiting = limited.post(
            "/assemblies", data={"params": params, "signature": signature, "tus_num_expected_upload_files": "1"}
        ).json()
        assert waiting["ok"] == "ASSEMBLY_UPLOADING"
        with pytest.raises(TransloaditApiError) as caught:
            kit.create_assembly(steps=STEPS, files=[("a.txt", b"abc")])
        assert caught.value.code == "RATE_LIMIT_REACHED" and "running" in caught.value.message
        kit.cancel_assembly(waiting["assembly_id"])
        assert kit.create_assembly(steps=STEPS, files=[("a.txt", b"abc")], wait=True).ok == "ASSEMBLY_COMPLETED"


def with_nonce(nonce: object, **extra: object) -> str:
    params = build_params("test-key", extra=extra)
    params["auth"]["nonce"] = nonce
    return encode_params(params)


def test_nonce_reuse_is_refused(test_client: TestClient) -> None:
    params = with_nonce("n-1", steps=STEPS)
    form = {"params": params, "signature": sign(params, SECRET)}
    assert test_client.post("/assemblies", data=form).json()["ok"] in ("ASSEMBLY_EXECUTING", "ASSEMBLY_COMPLETED")
    again = test_client.post("/assemblies", data=form)
    assert (again.status_code, again.json()["error"]) == (400, "SIGNATURE_REUSE_DETECTED")
    # The nonce guards every signed operation, not only creation.
    listed = with_nonce("n-2")
    query = {"params": listed, "signature": sign(listed, SECRET)}
    assert test_client.get("/assemblies", params=query).status_code == 200
    assert test_client.get("/assemblies", params=query).json()["error"] == "SIGNATURE_REUSE_DETECTED"
    bad = with_nonce(5)
    answer = test_client.get("/assemblies", params={"params": bad, "signature": sign(bad, SECRET)}).json()
    assert answer["error"] == "INVALID_AUTH_NONCE_PARAMETER"
    assert orjson.loads(params)["auth"]["nonce"] == "n-1"
