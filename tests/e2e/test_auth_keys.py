"""Auth Keys through the generated client: several per account, each signing within its scopes."""

from __future__ import annotations

from typing import Any

import pytest
from transloadit_client.api.assemblies import get_assembly
from transloadit_client.api.authentication import (
    create_auth_key,
    delete_auth_key,
    get_auth_key_scopes,
    list_auth_keys,
    show_auth_key_secret,
    update_auth_key,
)
from transloadit_client.models import AuthKeyResponse, SignedUrlencodedForm

from tests.conftest import KEY, SECRET, LiveServer, jpeg_bytes
from transloadit_kit import Transloadit, TransloaditApiError, mint_token

STEPS = {":original": {"robot": "/upload/handle"}, "small": {"use": ":original", "robot": "/image/resize", "width": 20}}


def form(kit: Transloadit, **extra: Any) -> SignedUrlencodedForm:
    params, signature = kit.signed(extra=extra)
    return SignedUrlencodedForm(params=params, signature=signature)


def query(kit: Transloadit, **extra: Any) -> dict[str, str]:
    params, signature = kit.signed(extra=extra)
    return {"params": params, "signature": signature}


def api_error(call: Any) -> TransloaditApiError:
    with pytest.raises(TransloaditApiError) as caught:
        call()
    return caught.value


def created(kit: Transloadit, **extra: Any) -> AuthKeyResponse:
    answer = create_auth_key.sync(client=kit.client, body=form(kit, **extra))
    assert isinstance(answer, AuthKeyResponse) and answer.ok == "AUTH_KEY_CREATED"
    return answer


def key_kit(kit: Transloadit, answer: AuthKeyResponse) -> Transloadit:
    """A client signing with the new key, on the same emulator."""
    return Transloadit(
        answer.auth_key.key,
        str(answer.auth_key.secret),
        service="http://testserver",
        httpx_client=kit.client.get_httpx_client(),
    )


def test_a_new_key_signs_at_once_and_is_listed(kit: Transloadit) -> None:
    answer = created(kit, description="web shop", scopes="assemblies:read assemblies:write")
    assert answer.auth_key.scopes == ["assemblies:read", "assemblies:write"]
    assert answer.auth_key.key != KEY and len(str(answer.auth_key.secret)) == 40

    shop = key_kit(kit, answer)
    done = shop.create_assembly(steps=STEPS, files=[("a.jpg", jpeg_bytes((40, 40)))], wait=True, timeout=30)
    assert done.ok == "ASSEMBLY_COMPLETED"
    assert kit.list_assemblies().count == 1  # the key acts for the account

    listed = list_auth_keys.sync(client=kit.client, **query(kit))
    assert listed is not None and listed.ok == "AUTH_KEYS_FOUND" and listed.count == 2  # type: ignore[union-attr]
    primary, other = listed.items  # type: ignore[union-attr]
    assert (primary.key, primary.primary) == (KEY, True)
    assert (other.id, other.description, other.primary) == (answer.auth_key.id, "web shop", False)
    assert "secret" not in other.to_dict()

    revealed = show_auth_key_secret.sync(answer.auth_key.id, client=kit.client, body=form(kit))
    assert isinstance(revealed, AuthKeyResponse) and revealed.ok == "AUTH_SECRET_RETRIEVED"
    assert revealed.auth_key.secret == answer.auth_key.secret


def test_fewer_scopes_take_effect_and_a_deleted_key_stops_working(kit: Transloadit) -> None:
    answer = created(kit)  # every scope
    shop = key_kit(kit, answer)
    assert shop.create_template("made-by-a-key", {"steps": STEPS}).ok == "TEMPLATE_CREATED"

    edited = update_auth_key.sync(answer.auth_key.id, client=kit.client, body=form(kit, scopes=["assemblies:read"]))
    assert isinstance(edited, AuthKeyResponse) and edited.auth_key.scopes == ["assemblies:read"]
    assert shop.list_assemblies().count == 0
    refused = api_error(lambda: shop.create_template("no-longer", {"steps": STEPS}))
    assert (refused.code, refused.http_status) == ("INSUFFICIENT_AUTH_SCOPE", 403)
    # Only the account's own key manages keys.
    assert api_error(lambda: shop.list_templates()).code == "INSUFFICIENT_AUTH_SCOPE"
    listing = list_auth_keys.sync_detailed(client=kit.client, **query(shop))
    assert listing.status_code == 403

    gone = delete_auth_key.sync(answer.auth_key.id, client=kit.client, **query(kit))
    assert gone is not None and gone.ok == "AUTH_KEY_DELETED"  # type: ignore[union-attr]
    revoked = api_error(lambda: shop.list_assemblies())
    assert (revoked.code, revoked.http_status) == ("GET_ACCOUNT_UNKNOWN_AUTH_KEY", 401)
    again = delete_auth_key.sync_detailed(answer.auth_key.id, client=kit.client, **query(kit))
    assert again.status_code == 404 and b"AUTH_KEYS_NOT_FOUND" in again.content


def test_scopes_and_refusals(kit: Transloadit) -> None:
    scopes = get_auth_key_scopes.sync(client=kit.client, **query(kit))
    names = [s.scope for s in scopes.scopes]  # type: ignore[union-attr]
    assert "assemblies:write" in names and "templates:read" in names and all(s.description for s in scopes.scopes)  # type: ignore[union-attr]

    bad = create_auth_key.sync_detailed(client=kit.client, body=form(kit, scopes=["root"]))
    assert bad.status_code == 400 and b"AUTH_KEY_SCOPES_NOT_FOUND" in bad.content
    bad = create_auth_key.sync_detailed(client=kit.client, body=form(kit, scopes=7))
    assert bad.status_code == 400 and b"AUTH_KEY_VALIDATION" in bad.content

    listed = list_auth_keys.sync(client=kit.client, **query(kit))
    primary_id = listed.items[0].id  # type: ignore[union-attr]
    own = show_auth_key_secret.sync_detailed(primary_id, client=kit.client, body=form(kit))
    assert own.status_code == 403 and b"ADMIN_PERMISSIONS_REQUIRED" in own.content
    unknown = update_auth_key.sync_detailed("0" * 32, client=kit.client, body=form(kit, description="x"))
    assert unknown.status_code == 404 and b"AUTH_KEYS_NOT_FOUND" in unknown.content


def test_a_new_key_mints_tokens_within_its_scopes(live_server: LiveServer) -> None:
    kit = Transloadit(KEY, SECRET, service=live_server.url)
    answer = created(kit, scopes=["assemblies:read", "templates:read"])
    key, secret = answer.auth_key.key, str(answer.auth_key.secret)
    token = mint_token(live_server.url, key, secret)
    assert token.scope == "assemblies:read templates:read"
    with pytest.raises(TransloaditApiError) as caught:
        mint_token(live_server.url, key, secret, scope="assemblies:write")
    assert caught.value.code == "INSUFFICIENT_AUTH_SCOPE"

    bearer = Transloadit(key, "", service=live_server.url, bearer_token=token.access_token)
    assert bearer.list_templates().count == 0
    update_auth_key.sync(answer.auth_key.id, client=kit.client, body=form(kit, scopes="assemblies:read"))
    assert api_error(lambda: bearer.list_templates()).code == "INSUFFICIENT_AUTH_SCOPE"
    assert bearer.list_assemblies().count == 0
    delete_auth_key.sync(answer.auth_key.id, client=kit.client, **query(kit))
    assert api_error(lambda: bearer.list_assemblies()).code == "BEARER_TOKEN_INVALID"


def test_a_signed_status_read_needs_the_key_s_scope_and_stops_with_the_key(kit: Transloadit) -> None:
    done = kit.create_assembly(steps=STEPS, files=[("a.jpg", jpeg_bytes((40, 40)))], wait=True, timeout=30)
    assembly_id = done.to_dict()["assembly_id"]
    templates_only = key_kit(kit, created(kit, scopes="templates:read"))
    refused = get_assembly.sync_detailed(assembly_id, client=kit.client, **query(templates_only))
    assert refused.status_code == 403 and b"INSUFFICIENT_AUTH_SCOPE" in refused.content

    answer = created(kit, scopes="assemblies:read")
    reader = query(key_kit(kit, answer))
    for _ in range(2):  # a poll repeats its signed query
        read = get_assembly.sync_detailed(assembly_id, client=kit.client, **reader)
        assert read.status_code == 200 and b"ASSEMBLY_COMPLETED" in read.content
    delete_auth_key.sync(answer.auth_key.id, client=kit.client, **query(kit))
    revoked = get_assembly.sync_detailed(assembly_id, client=kit.client, **reader)
    assert revoked.status_code == 401 and b"GET_ACCOUNT_UNKNOWN_AUTH_KEY" in revoked.content
