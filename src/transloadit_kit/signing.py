"""Transloadit request signatures: ``<algorithm>:<hex HMAC(secret, params)>``.

The signature always covers the exact ``params`` string that is sent, so callers serialize once
and sign those bytes. Bare hex (no prefix) is the legacy ``sha1`` form.
"""

from __future__ import annotations

import hashlib
import hmac

ALGORITHMS: tuple[str, ...] = ("sha1", "sha256", "sha384", "sha512")
DEFAULT_ALGORITHM = "sha384"


def sign(params: str, secret: str, algorithm: str = DEFAULT_ALGORITHM) -> str:
    """Sign a ``params`` JSON string: ``"sha384:<hex>"`` (or another of :data:`ALGORITHMS`)."""
    if algorithm not in ALGORITHMS:
        raise ValueError(f"unsupported signature algorithm {algorithm!r}; use one of {ALGORITHMS}")
    digest = hmac.new(secret.encode("utf-8"), params.encode("utf-8"), algorithm).hexdigest()
    return f"{algorithm}:{digest}"


def split_signature(signature: str) -> tuple[str, str] | None:
    """Split ``"sha384:<hex>"`` into (algorithm, hex); bare hex is ``sha1``. None when malformed."""
    algorithm, sep, digest = signature.partition(":")
    if not sep:
        algorithm, digest = "sha1", signature
    if algorithm not in ALGORITHMS or not digest:
        return None
    expected_len = hashlib.new(algorithm).digest_size * 2
    if len(digest) != expected_len or any(c not in "0123456789abcdefABCDEF" for c in digest):
        return None
    return algorithm, digest.lower()


def verify(params: str, signature: str, secret: str) -> bool:
    """True when ``signature`` is a valid signature of exactly ``params`` under ``secret``.

    Compares bytes in constant time; any malformed signature is simply invalid.
    """
    parts = split_signature(signature)
    if parts is None:
        return False
    algorithm, digest = parts
    expected = sign(params, secret, algorithm).partition(":")[2]
    return hmac.compare_digest(expected.encode("ascii"), digest.encode("ascii"))
