"""The emulator's signature check, pinned by published vectors rather than by our own signer.

Vectors: the official SDKs' tests (reference/transloadit-api.md §1.1: the Node SDK's two sha384
vectors, python-sdk's ``test_fixed_signature``) and the HMAC test case 2 of RFC 2202 (sha1) and
RFC 4231 (sha256/384/512), which fix the HMAC itself for each algorithm the API accepts.
"""

from __future__ import annotations

import json

import pytest

from transloadit_emulator.core.signature import signature_matches

NODE_PLAIN = (
    "foo",
    "13123123123",
    "sha384:8b90663d4b7d14ac7d647c74cb53c529198dee4689d0f8faae44f0df1c2a157acce5cb8c55a375218bc331897cf92e9d",
)
NODE_PARAMS = (
    '{"auth":{"key":"foo_key","expires":"2021-01-06T21:11:07.883Z"}}',
    "foo_secret",
    "sha384:f146533532844d4f4e34221288be08e14a2779eeb802a35afa6a193762f58da95d2423a825aa4cb4c7420e25f75a5c90",
)
# python-sdk tests/test_signature_authentication.py: Python's default json.dumps separators, its own
# "use:" typo included (the vector is over these exact bytes).
PYTHON_SDK = (
    json.dumps(
        {
            "steps": {
                "import": {"url": "https://demos.transloadit.com/inputs/chameleon.jpg", "robot": "/http/import"},
                "resize": {"use:": "import", "width": 70, "height": 70, "robot": "/image/resize"},
            },
            "auth": {"key": "TRANSLOADIT_KEY", "expires": "2024/04/04 04:49:44+00:00"},
        }
    ),
    "TRANSLOADIT_SECRET",
    "sha384:46943b5542af95679940d94507865b20b36cb1808a7a9dc64c6255f26d1e921bd6574443b80b0dcd595769268f74273c",
)
RFC_KEY, RFC_DATA = "Jefe", "what do ya want for nothing?"
RFC_SHA1 = "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"  # RFC 2202 §3, test case 2
RFC_4231 = {  # RFC 4231 §4.3, test case 2
    "sha256": "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    "sha384": "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649",
    "sha512": (
        "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
        "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"
    ),
}


@pytest.mark.parametrize(("params", "secret", "signature"), [NODE_PLAIN, NODE_PARAMS, PYTHON_SDK])
def test_sdk_vectors_verify(params: str, secret: str, signature: str) -> None:
    assert signature_matches(params, signature, secret)
    assert not signature_matches(params, signature, secret + "x")
    assert not signature_matches(params + " ", signature, secret)


def test_python_sdk_vector_fails_on_a_compact_reserialization() -> None:
    params, secret, signature = PYTHON_SDK
    compact = json.dumps(json.loads(params), separators=(",", ":"))
    assert not signature_matches(compact, signature, secret)


def test_bare_hex_is_sha1() -> None:
    assert signature_matches(RFC_DATA, RFC_SHA1, RFC_KEY)
    assert signature_matches(RFC_DATA, RFC_SHA1.upper(), RFC_KEY)
    assert signature_matches(RFC_DATA, "sha1:" + RFC_SHA1, RFC_KEY)
    assert not signature_matches(RFC_DATA, RFC_SHA1, "jefe")


@pytest.mark.parametrize(("algorithm", "digest"), sorted(RFC_4231.items()))
def test_prefixed_algorithms(algorithm: str, digest: str) -> None:
    assert signature_matches(RFC_DATA, f"{algorithm}:{digest}", RFC_KEY)
    assert not signature_matches(RFC_DATA, digest, RFC_KEY)  # bare hex is sha1 only
    other = next(a for a in RFC_4231 if a != algorithm)
    assert not signature_matches(RFC_DATA, f"{other}:{digest}", RFC_KEY)


@pytest.mark.parametrize(
    "bad",
    ["", ":", "sha384:", "md5:" + "0" * 32, "sha384:" + "z" * 96, "sha256:" + "a" * 10, "é" * 40, RFC_SHA1[:-1]],
)
def test_malformed_signatures_are_invalid_not_errors(bad: str) -> None:
    assert not signature_matches(RFC_DATA, bad, RFC_KEY)
