"""Template /full and the OAuth credential check, through the generated client."""

from __future__ import annotations

from typing import Any

from transloadit_client.api.template_credentials import validate_template_credential_oauth_on_create
from transloadit_client.api.templates import get_template_full
from transloadit_client.models import OauthValidation, SignedUrlencodedForm, TemplateFull

from transloadit_kit import Transloadit

RESIZE = {"resized": {"robot": "/image/resize", "width": 64}}


def query(kit: Transloadit, **extra: Any) -> dict[str, str]:
    params, signature = kit.signed(extra=extra)
    return {"params": params, "signature": signature}


def form(kit: Transloadit, **extra: Any) -> SignedUrlencodedForm:
    params, signature = kit.signed(extra=extra)
    return SignedUrlencodedForm(params=params, signature=signature)


def test_full_template_by_id_and_by_name(kit: Transloadit) -> None:
    made = kit.create_template("thumbnails", {"steps": RESIZE, "allow_steps_override": False})
    plain = kit.create_template("plain-one", {"steps": RESIZE})
    for wanted in (str(made.id), "thumbnails"):
        full = get_template_full.sync(wanted, client=kit.client, **query(kit))
        assert isinstance(full, TemplateFull) and full.ok == "TEMPLATE_FOUND"
        assert (full.id, full.name, full.builtin) == (made.id, "thumbnails", False)
        assert full.account_id and len(full.account_id) == 32
        assert full.merged_content.to_dict()["allow_steps_override"] is False  # type: ignore[union-attr]
        assert full.content.to_dict()["steps"] == RESIZE  # type: ignore[union-attr]
    defaults = get_template_full.sync(str(plain.id), client=kit.client, **query(kit))
    assert defaults.merged_content.to_dict() == {"allow_steps_override": True, "steps": RESIZE}  # type: ignore[union-attr]
    assert "allow_steps_override" not in defaults.content.to_dict()  # type: ignore[union-attr]

    for missing in ("0" * 32, "no-such-template"):
        answer = get_template_full.sync_detailed(missing, client=kit.client, **query(kit))
        assert answer.status_code == 404 and b"TEMPLATE_NOT_FOUND" in answer.content


def test_oauth_credential_check(kit: Transloadit) -> None:
    def check(**extra: Any) -> Any:
        return validate_template_credential_oauth_on_create.sync_detailed(client=kit.client, body=form(kit, **extra))

    valid = check(type="dropbox", name="my-dropbox")
    assert valid.status_code == 200 and isinstance(valid.parsed, OauthValidation)
    assert (valid.parsed.ok, valid.parsed.name, valid.parsed.type_) == (
        "TEMPLATE_CREDENTIALS_OAUTH_VALID",
        "my-dropbox",
        "dropbox",
    )
    kit.create_credential("my-vimeo", "vimeo", {"access_token": "t"})
    taken = check(type="vimeo", name="my-vimeo")
    assert taken.status_code == 409 and b"TEMPLATE_CREDENTIALS_NAME_TAKEN" in taken.content
    not_oauth = check(type="s3", name="my-bucket")
    assert not_oauth.status_code == 400 and b"TEMPLATE_CREDENTIALS_VALIDATION" in not_oauth.content
    bad_name = check(type="youtube", name="x")
    assert bad_name.status_code == 400 and b"TEMPLATE_CREDENTIALS_VALIDATION" in bad_name.content
