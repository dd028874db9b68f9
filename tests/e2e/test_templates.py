"""Templates and Template Credentials through transloadit_kit (both facades) and the generated client."""

from __future__ import annotations

import dataclasses
from typing import Any

import orjson
import pytest
from starlette.testclient import TestClient
from transloadit_client.api.templates import create_template
from transloadit_client.models import SignedUrlencodedForm

from tests.conftest import KEY, SECRET, jpeg_bytes
from tests.kits import KIT_KINDS
from transloadit_emulator.app import create_app
from transloadit_emulator.settings import Account, Settings
from transloadit_kit import Transloadit, TransloaditApiError
from transloadit_kit.errors import api_error as error_of

RESIZE = {
    ":original": {"robot": "/upload/handle"},
    "thumb": {"use": ":original", "robot": "/image/resize", "width": 50, "height": 50, "resize_strategy": "fit"},
}


def api_error(call: object) -> TransloaditApiError:
    with pytest.raises(TransloaditApiError) as caught:
        call()  # type: ignore[operator]
    return caught.value


@pytest.mark.parametrize("kit_kind", KIT_KINDS)
def test_template_crud(kit: Transloadit) -> None:
    created = kit.create_template("photo-thumbs", {"steps": RESIZE})
    assert created.ok == "TEMPLATE_CREATED" and created.name == "photo-thumbs"
    assert created.template_id == created.id and orjson.loads(str(created.template_content)) == {"steps": RESIZE}
    template_id = str(created.id)

    found = kit.get_template(template_id)
    assert found.ok == "TEMPLATE_FOUND" and found.content.to_dict()["steps"] == RESIZE  # type: ignore[union-attr]

    edited = kit.update_template(template_id, name="photo-thumbs-v2")
    assert edited.ok == "TEMPLATE_UPDATED" and edited.name == "photo-thumbs-v2"
    assert edited.content.to_dict()["steps"] == RESIZE  # type: ignore[union-attr]  # content kept

    kit.create_template("other-template", {"steps": RESIZE})
    listed = kit.list_templates(sort="name", order="asc")
    assert listed.count == 2 and [i.name for i in listed.items] == ["other-template", "photo-thumbs-v2"]
    assert kit.list_templates(keywords=["other"]).count == 1
    assert kit.list_templates(pagesize=1, page=2).items[0].name == "photo-thumbs-v2"  # newest first

    assert kit.delete_template(template_id).ok == "TEMPLATE_DELETED"
    assert api_error(lambda: kit.get_template(template_id)).code == "TEMPLATE_NOT_FOUND"
    assert api_error(lambda: kit.delete_template(template_id)).http_status == 404


def test_template_input_forms_and_errors(kit: Transloadit) -> None:
    # The reference's JSON string, and pytransloadit 1.x's top-level steps.
    params, signature = kit.signed(
        extra={"name": "as-json-string", "template": orjson.dumps({"steps": RESIZE}).decode()}
    )
    as_string = create_template.sync(client=kit.client, body=SignedUrlencodedForm(params=params, signature=signature))
    assert as_string.content.to_dict()["steps"] == RESIZE  # type: ignore[union-attr]
    params, signature = kit.signed(extra={"name": "top-level-steps", "steps": RESIZE})
    top_level = create_template.sync(client=kit.client, body=SignedUrlencodedForm(params=params, signature=signature))
    assert top_level.content.to_dict()["steps"] == RESIZE  # type: ignore[union-attr]

    def create(**extra: object) -> TransloaditApiError:
        params, signature = kit.signed(extra=extra)
        body = SignedUrlencodedForm(params=params, signature=signature)
        response = create_template.sync_detailed(client=kit.client, body=body)
        assert response.status_code >= 400
        return error_of(response)

    assert create(name="bad-json", template="{not json").code == "TEMPLATE_INVALID_JSON"
    assert create(name="Bad Name!", template={"steps": RESIZE}).code == "INVALID_TEMPLATE_FIELD"
    assert create(name="no-template").code == "INVALID_TEMPLATE_FIELD"
    taken = create(name="top-level-steps", template={"steps": RESIZE})
    assert (taken.code, taken.http_status) == ("TEMPLATE_NAME_TAKEN", 409)
    assert create(name="steps-not-object", template={"steps": [1]}).code == "INVALID_TEMPLATE_FIELD"


@pytest.mark.parametrize("kit_kind", KIT_KINDS)
def test_assembly_from_template_merges_and_overrides(kit: Transloadit, test_client: TestClient) -> None:
    template_id = str(kit.create_template("thumbs-fields", {"steps": RESIZE, "fields": {"who": "tpl"}}).id)
    photo = ("p.jpg", jpeg_bytes((200, 100)))
    done = kit.create_assembly(template_id=template_id, files=[photo], wait=True, timeout=30)
    assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
    assert done.template_id == template_id and done.fields["who"] == "tpl"  # type: ignore[index]
    assert (done.results["thumb"][0].meta.width, done.results["thumb"][0].meta.height) == (50, 25)  # type: ignore[index,union-attr]

    # Steps sent with the request override the Template's, key by key.
    overridden = kit.create_assembly(
        template_id=template_id, steps={"thumb": {"width": 20}}, files=[photo], wait=True, timeout=30
    )
    assert overridden.results["thumb"][0].meta.width == 20  # type: ignore[index,union-attr]
    merged = orjson.loads(str(overridden.merged_params))
    assert merged["steps"]["thumb"]["resize_strategy"] == "fit" and merged["template_id"] == template_id

    locked = str(kit.create_template("locked-steps", {"steps": RESIZE, "allow_steps_override": False}).id)
    denied = api_error(lambda: kit.create_assembly(template_id=locked, steps={"thumb": {"width": 5}}))
    assert denied.code == "TEMPLATE_DENIES_STEPS_OVERRIDE"
    assert api_error(lambda: kit.create_assembly(template_id="0" * 32)).code == "TEMPLATE_NOT_FOUND"


def test_require_signature_auth_when_the_account_does_not(settings: Settings) -> None:
    relaxed = dataclasses.replace(settings, accounts=(Account(KEY, SECRET, require_signature=False),))
    with TestClient(create_app(relaxed), raise_server_exceptions=False) as client:
        kit = Transloadit(KEY, SECRET, service="http://testserver", httpx_client=client)
        strict = str(kit.create_template("signed-only", {"steps": RESIZE}, require_signature_auth=True).id)
        open_one = str(kit.create_template("open-template", {"steps": RESIZE}).id)

        def unsigned(template_id: str) -> Any:
            params = orjson.dumps({"auth": {"key": KEY}, "template_id": template_id}).decode()
            return client.post("/assemblies", data={"params": params})

        assert unsigned(open_one).json()["ok"] == "ASSEMBLY_EXECUTING"
        refused = unsigned(strict)
        assert (refused.status_code, refused.json()["error"]) == (401, "NO_SIGNATURE_FIELD")
        assert "requires Signature Authentication" in refused.json()["message"]
        signed = kit.create_assembly(template_id=strict, files=[("a.jpg", jpeg_bytes((60, 60)))], wait=True)
        assert signed.ok == "ASSEMBLY_COMPLETED"


@pytest.mark.parametrize("kit_kind", KIT_KINDS)
def test_replay_reparses_the_template_on_request(kit: Transloadit, test_client: TestClient) -> None:
    template_id = str(kit.create_template("replayed-template", {"steps": RESIZE}).id)
    done = kit.create_assembly(template_id=template_id, files=[("a.jpg", jpeg_bytes((100, 100)))], wait=True)
    assert done.ok == "ASSEMBLY_COMPLETED"

    steps = {**RESIZE, "thumb": {**RESIZE["thumb"], "width": 30, "height": 30}}
    kit.update_template(template_id, template={"steps": steps})
    same = kit.replay_assembly(str(done.assembly_id), wait=True, timeout=30)
    assert same.results["thumb"][0].meta.width == 50  # type: ignore[index,union-attr]
    params, signature = kit.signed(extra={"reparse_template": 1})
    reparsed = test_client.post(
        f"/assemblies/{done.assembly_id}/replay", data={"params": params, "signature": signature}
    ).json()
    final = kit.wait_for_assembly(reparsed["assembly_id"], timeout=30, poll_interval=0.05)
    assert final.results["thumb"][0].meta.width == 30  # type: ignore[index,union-attr]


@pytest.mark.parametrize("kit_kind", KIT_KINDS)
def test_template_credentials_crud(kit: Transloadit) -> None:
    content = {"key": "AKIA", "secret": "s3cr3t", "bucket": "media", "bucket_region": "us-east-1"}
    created = kit.create_credential("my-s3", "s3", content)
    assert created.ok == "TEMPLATE_CREDENTIALS_CREATED"
    credential = created.credential
    assert credential is not None and credential.type_ == "s3" and credential.content.to_dict() == content  # type: ignore[union-attr]
    credential_id = str(credential.id)

    assert kit.get_credential(credential_id).credential.name == "my-s3"  # type: ignore[union-attr]
    updated = kit.update_credential(credential_id, content={**content, "bucket": "other"})
    assert updated.ok == "TEMPLATE_CREDENTIALS_UPDATED"
    assert updated.credential.content.to_dict()["bucket"] == "other"  # type: ignore[union-attr]
    listed = kit.list_credentials()
    assert listed.ok == "TEMPLATE_CREDENTIALS_FOUND" and [c.name for c in listed.credentials] == ["my-s3"]
    types = {t.type_: t for t in kit.credential_types().types}  # type: ignore[union-attr]
    assert "s3" in types and "bucket" in types["s3"].content_keys  # type: ignore[operator]
    for kind, keys in {
        "google": ["bucket", "credentials", "project_id"],
        "azure": ["account", "key", "container"],
        "dropbox": ["access_token"],
        "box": ["key_file_contents", "access_token"],
        "vimeo": ["access_token"],
        "youtube": ["refresh_token", "client_id", "client_secret", "access_token"],
        "cloudfiles": ["user", "key", "container", "account_type", "data_center"],
    }.items():
        assert types[kind].content_keys == keys, kind  # type: ignore[union-attr]

    missing = api_error(lambda: kit.create_credential("half-s3", "s3", {"key": "k"}))
    assert missing.code == "TEMPLATE_CREDENTIALS_VALIDATION" and "secret" in missing.message
    assert api_error(lambda: kit.create_credential("x", "s3", content)).code == "TEMPLATE_CREDENTIALS_VALIDATION"
    assert api_error(lambda: kit.create_credential("weird", "nope", content)).code == "TEMPLATE_CREDENTIALS_VALIDATION"
    assert api_error(lambda: kit.create_credential("my-s3", "s3", content)).code == "TEMPLATE_CREDENTIALS_NAME_TAKEN"

    assert kit.delete_credential(credential_id).ok == "TEMPLATE_CREDENTIALS_DELETED"
    gone = api_error(lambda: kit.get_credential(credential_id))
    assert (gone.code, gone.http_status) == ("TEMPLATE_CREDENTIALS_NOT_READ", 404)


def test_template_names_as_the_live_api_takes_them(kit: Transloadit) -> None:
    # The Node SDK's live test: a date in the name, then "-edited" appended (45 characters).
    name = "node-sdk-test-2026-12-06t18-55-00-403z"
    created = kit.create_template(name, {"steps": RESIZE})
    edited = kit.update_template(str(created.id), name=f"{name}-edited")
    assert edited.ok == "TEMPLATE_UPDATED" and edited.name == "node-sdk-test-2026-12-06t18-55-00-403z-edited"
    longest = "a" * 255
    assert kit.create_template(longest, {"steps": RESIZE}).name == longest
    for refused in ("a" * 256, "abcd", "Upper-case", "under_score"):
        with pytest.raises(TransloaditApiError) as caught:
            kit.create_template(refused, {"steps": RESIZE})
        assert caught.value.code == "INVALID_TEMPLATE_FIELD", refused
