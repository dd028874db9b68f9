"""Signature authentication: every params and auth problem answers with its code."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from transloadit_emulator.core.auth import authenticate, parse_expires
from transloadit_emulator.core.clock import ManualClock
from transloadit_emulator.errors import TransloaditError
from transloadit_emulator.settings import Account, Settings
from transloadit_kit import signing

CLOCK = ManualClock(1_800_000_000.0)  # 2027-01-15


SETTINGS = Settings(
    data_dir=Path("/nonexistent"),
    accounts=(Account("k", "s", True), Account("open", "s2", require_signature=False)),
)


def call(params: Any, signature: str | None = "SIGN", *, referer: str | None = None, secret: str = "s") -> Any:
    raw = params if isinstance(params, str) or params is None else json.dumps(params)
    if signature == "SIGN":
        signature = signing.sign(raw or "", secret)
    return authenticate(raw, signature, settings=SETTINGS, clock=CLOCK, referer=referer)


def code_of(*args: Any, **kw: Any) -> str:
    with pytest.raises(TransloaditError) as info:
        call(*args, **kw)
    return info.value.code


FUTURE = "2099/01/01 00:00:00+00:00"


def test_valid_request_passes() -> None:
    authed = call({"auth": {"key": "k", "expires": FUTURE}})
    assert authed.account.key == "k"
    assert authed.params["auth"]["expires"] == FUTURE


@pytest.mark.parametrize(
    ("params", "code"),
    [
        (None, "NO_PARAMS_FIELD"),
        ("", "NO_PARAMS_FIELD"),
        ("{not json", "INVALID_PARAMS_FIELD"),
        ("[1, 2]", "NO_OBJECT_PARAMS_FIELD"),
        ({}, "NO_AUTH_PARAMETER"),
        ({"auth": "k"}, "NO_OBJECT_AUTH_PARAMETER"),
        ({"auth": {}}, "NO_AUTH_KEY_PARAMETER"),
        ({"auth": {"key": 5, "expires": FUTURE}}, "INVALID_AUTH_KEY_PARAMETER"),
        ({"auth": {"key": "nobody", "expires": FUTURE}}, "GET_ACCOUNT_UNKNOWN_AUTH_KEY"),
        ({"auth": {"key": "k"}}, "NO_AUTH_EXPIRES_PARAMETER"),
        ({"auth": {"key": "k", "expires": "tomorrow"}}, "INVALID_AUTH_EXPIRES_PARAMETER"),
        ({"auth": {"key": "k", "expires": 12}}, "INVALID_AUTH_EXPIRES_PARAMETER"),
        ({"auth": {"key": "k", "expires": "2020/01/01 00:00:00+00:00"}}, "AUTH_EXPIRED"),
        ({"auth": {"key": "k", "expires": FUTURE, "max_size": "big"}}, "INVALID_AUTH_MAX_SIZE_PARAMETER"),
        ({"auth": {"key": "k", "expires": FUTURE, "max_size": 0}}, "INVALID_AUTH_MAX_SIZE_PARAMETER"),
        (
            {"auth": {"key": "k", "expires": FUTURE, "max_number_of_files": -1}},
            "INVALID_AUTH_MAX_NUMBER_OF_FILES_PARAMETER",
        ),
        ({"auth": {"key": "k", "expires": FUTURE, "referer": "("}}, "INVALID_AUTH_REFERER_PARAMETER"),
    ],
)
def test_params_problems(params: Any, code: str) -> None:
    assert code_of(params) == code


def test_missing_signature() -> None:
    assert code_of({"auth": {"key": "k", "expires": FUTURE}}, None) == "NO_SIGNATURE_FIELD"


def test_wrong_signature() -> None:
    assert code_of({"auth": {"key": "k", "expires": FUTURE}}, secret="wrong") == "INVALID_SIGNATURE"


def test_signature_over_a_reserialization_fails() -> None:
    raw = json.dumps({"auth": {"key": "k", "expires": FUTURE}})
    sig = signing.sign(raw.replace(" ", ""), "s")
    with pytest.raises(TransloaditError) as info:
        authenticate(raw, sig, settings=SETTINGS, clock=CLOCK)
    assert info.value.code == "INVALID_SIGNATURE"


@pytest.mark.parametrize("algorithm", ["sha1", "sha256", "sha384", "sha512"])
def test_all_algorithms_accepted(algorithm: str) -> None:
    raw = json.dumps({"auth": {"key": "k", "expires": FUTURE}})
    authed = authenticate(raw, signing.sign(raw, "s", algorithm), settings=SETTINGS, clock=CLOCK)
    assert (authed.account.key, authed.raw_params) == ("k", raw)
    wrong = signing.sign(raw, "not-s", algorithm)
    with pytest.raises(TransloaditError) as info:
        authenticate(raw, wrong, settings=SETTINGS, clock=CLOCK)
    assert info.value.code == "INVALID_SIGNATURE"


def test_bare_sha1_accepted() -> None:
    raw = json.dumps({"auth": {"key": "k", "expires": FUTURE}})
    bare = signing.sign(raw, "s", "sha1").partition(":")[2]
    assert len(bare) == 40
    authed = authenticate(raw, bare, settings=SETTINGS, clock=CLOCK)
    assert authed.account.key == "k"
    with pytest.raises(TransloaditError) as info:  # a bare sha384 digest is not read as sha384
        authenticate(raw, signing.sign(raw, "s").partition(":")[2], settings=SETTINGS, clock=CLOCK)
    assert info.value.code == "INVALID_SIGNATURE"


def test_referer() -> None:
    params = {"auth": {"key": "k", "expires": FUTURE, "referer": r"example\.org"}}
    assert call(params, referer="https://example.org/upload").account.key == "k"
    assert call(params, referer=None).account.key == "k"  # no Referer always passes
    assert code_of(params, referer="https://evil.test/") == "REFERER_MISMATCH"


def test_account_without_signature_auth() -> None:
    authed = call({"auth": {"key": "open"}}, None)
    assert authed.account.key == "open"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2026/11/22 09:40:43+00:00", "2026-11-22T09:40:43+00:00"),
        ("2026-11-23T09:35:46.647Z", "2026-11-23T09:35:46.647000+00:00"),
        ("2009-08-28T01:02:03.000Z", "2009-08-28T01:02:03+00:00"),
        ("2026/11/22 09:40:43", "2026-11-22T09:40:43+00:00"),
    ],
)
def test_both_expires_formats(text: str, iso: str) -> None:
    assert parse_expires(text).isoformat() == iso
