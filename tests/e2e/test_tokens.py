"""Bearer tokens: minted at /token with HTTP Basic, accepted instead of signatures, within their scopes."""

from __future__ import annotations

import base64

import httpx
import pytest
from starlette.testclient import TestClient

from tests.conftest import KEY, SECRET, LiveServer, jpeg_bytes
from tests.kits import KIT_KINDS, socket_kit
from transloadit_kit import TransloaditApiError, mint_token

STEPS = {":original": {"robot": "/upload/handle"}, "small": {"use": ":original", "robot": "/image/resize", "width": 20}}


@pytest.mark.parametrize("kit_kind", KIT_KINDS)
def test_token_replaces_the_signature(live_server: LiveServer, kit_kind: str) -> None:
    token = mint_token(live_server.url, KEY, SECRET)
    assert token.token_type == "Bearer" and token.expires_in > 0 and "assemblies:write" in token.scope

    with socket_kit(kit_kind, KEY, "not-the-secret", live_server.url, bearer_token=token.access_token) as tl:
        done = tl.create_assembly(steps=STEPS, files=[("a.jpg", jpeg_bytes((40, 40)))], wait=True, timeout=30)
        assert done.ok == "ASSEMBLY_COMPLETED"
        assert tl.list_assemblies().count == 1
        assert tl.create_template("with-a-token", {"steps": STEPS}).ok == "TEMPLATE_CREATED"
        # Reads need no params at all with a token.
        bare = httpx.get(f"{live_server.url}/assemblies", headers={"Authorization": f"Bearer {token.access_token}"})
        assert bare.json()["count"] == 1


@pytest.mark.parametrize("kit_kind", KIT_KINDS)
def test_scopes_are_enforced(live_server: LiveServer, kit_kind: str) -> None:
    token = mint_token(live_server.url, KEY, SECRET, scope="assemblies:read")
    assert token.scope == "assemblies:read"
    with socket_kit(kit_kind, KEY, "", live_server.url, bearer_token=token.access_token) as tl:
        assert tl.list_assemblies().count == 0
        with pytest.raises(TransloaditApiError) as caught:
            tl.create_assembly(steps=STEPS, files=[("a.jpg", jpeg_bytes((40, 40)))])
        assert (caught.value.code, caught.value.http_status) == ("INSUFFICIENT_AUTH_SCOPE", 403)
        with pytest.raises(TransloaditApiError) as caught:
            tl.list_templates()
        assert caught.value.code == "INSUFFICIENT_AUTH_SCOPE"


def test_token_errors(test_client: TestClient) -> None:
    def post(auth: str | None, **form: str) -> httpx.Response:
        headers = {"Authorization": auth} if auth else {}
        return test_client.post("/token", data=form or {"grant_type": "client_credentials"}, headers=headers)

    def basic(key: str, secret: str) -> str:
        return "Basic " + base64.b64encode(f"{key}:{secret}".encode()).decode()

    assert post(None).json()["error"] == "TOKEN_INVALID_CREDENTIALS"
    wrong = post(basic(KEY, "wrong"))
    assert (wrong.status_code, wrong.json()["error"]) == (401, "TOKEN_INVALID_CREDENTIALS")
    assert post("Basic !!!").status_code == 401
    assert post(basic(KEY, SECRET), grant_type="password").json()["error"] == "TOKEN_UNSUPPORTED_GRANT_TYPE"
    assert post(basic(KEY, SECRET), grant_type="client_credentials", scope="root").json()["error"] == (
        "INSUFFICIENT_AUTH_SCOPE"
    )
    with pytest.raises(TransloaditApiError):
        mint_token("http://testserver", KEY, "wrong", httpx_client=test_client)

    token = mint_token("http://testserver", KEY, SECRET, httpx_client=test_client).access_token
    unknown = test_client.get("/assemblies", headers={"Authorization": "Bearer nope"})
    assert (unknown.status_code, unknown.json()["error"]) == (401, "BEARER_TOKEN_INVALID")
    other_key = test_client.get(
        "/assemblies",
        params={"params": '{"auth":{"key":"someone-else"}}'},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert (other_key.status_code, other_key.json()["error"]) == (403, "BEARER_TOKEN_AUTH_KEY_MISMATCH")
