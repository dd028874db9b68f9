"""Smart CDN signatures: the kit's signer and the emulator's check, pinned by the SDKs' vectors."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from transloadit_emulator.core.smart_cdn_auth import SmartCdnRequest, check_signature, smart_cdn_signature
from transloadit_emulator.errors import TransloaditError
from transloadit_kit import smart_cdn_url

# The Python SDK's test_get_signed_smart_cdn_url (tests/test_client.py), also the Node SDK's vector.
VECTOR_SIG = "995dd1aae135fb77fa98b0e6946bd9768e0443a6028eba0361c03807e8fb68a5"
VECTOR_ARGS = {
    "auth_key": "foo_key",
    "auth_secret": "foo_secret",
    "workspace": "foo_workspace",
    "template": "foo_template",
    "input": "foo/input",
    "url_params": {"foo": "bar", "aaa": 42},
    "expires_at_ms": 1714525200000,
}


def as_request(url: str) -> SmartCdnRequest:
    parts = urlsplit(url)
    workspace = parts.hostname.split(".", 1)[0] if parts.hostname else ""
    template, input_ = parts.path.lstrip("/").split("/", 1)
    return SmartCdnRequest(workspace=workspace, template=template, input=input_, query=parts.query)


def test_kit_matches_the_sdk_vector() -> None:
    url = smart_cdn_url(**VECTOR_ARGS)  # type: ignore[arg-type]
    assert url == (
        "https://foo_workspace.tlcdn.com/foo_template/foo%2Finput"
        f"?aaa=42&auth_key=foo_key&exp=1714525200000&foo=bar&sig=sha256%3A{VECTOR_SIG}"
    )


def test_emulator_checks_the_sdk_vector_in_both_sig_spellings() -> None:
    url = smart_cdn_url(**VECTOR_ARGS)  # type: ignore[arg-type]
    request = as_request(url)
    assert smart_cdn_signature(request, "foo_secret") == f"sha256:{VECTOR_SIG}"
    check_signature(request, "foo_secret", now_ms=1714521600000)
    # The Python SDK writes the colon unescaped: the same signature.
    check_signature(as_request(url.replace("%3A", ":")), "foo_secret", now_ms=1714521600000)


@pytest.mark.parametrize(
    ("mutate", "code"),
    [
        (lambda u: u.replace("foo=bar", "foo=baz"), "INVALID_SIGNATURE"),
        (lambda u: u.replace("foo%2Finput", "foo%2Fother"), "INVALID_SIGNATURE"),
        (lambda u: u.replace("exp=1714525200000", "exp=1714525200001"), "INVALID_SIGNATURE"),
        (lambda u: u.replace("exp=1714525200000", "exp=soon"), "INVALID_SIGNATURE"),
        (lambda u: u.split("&sig=")[0], "NO_SIGNATURE_FIELD"),
    ],
)
def test_emulator_refuses_changed_urls(mutate: object, code: str) -> None:
    url = mutate(smart_cdn_url(**VECTOR_ARGS))  # type: ignore[operator, arg-type]
    with pytest.raises(TransloaditError) as caught:
        check_signature(as_request(url), "foo_secret", now_ms=1714521600000)
    assert caught.value.code == code


def test_expired_url() -> None:
    url = smart_cdn_url(**VECTOR_ARGS)  # type: ignore[arg-type]
    with pytest.raises(TransloaditError) as caught:
        check_signature(as_request(url), "foo_secret", now_ms=1714525200001)
    assert caught.value.code == "AUTH_EXPIRED"


def test_kit_encodes_as_javascript_does() -> None:
    url = smart_cdn_url(
        auth_key="k",
        auth_secret="s",
        workspace="ws",
        template="my tpl",
        input="a b/c~d*(e)",
        url_params={"z": ["1", "2"], "a b": "x~y*z"},
        expires_at_ms=1,
        base_url="http://h/_smartcdn/{workspace}",
    )
    assert url.startswith("http://h/_smartcdn/ws/my%20tpl/a%20b%2Fc~d*(e)?a+b=x%7Ey*z&auth_key=k&exp=1&z=1&z=2&sig=")
    check_signature(SmartCdnRequest("ws", "my%20tpl", "a%20b%2Fc~d*(e)", url.split("?", 1)[1]), "s", now_ms=0)
