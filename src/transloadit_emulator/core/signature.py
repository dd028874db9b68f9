"""The emulator's own check of a request signature, independent of any client's signer.

A signature is ``<algorithm>:<hex HMAC(secret, params)>`` with ``sha256``, ``sha384`` or ``sha512``,
or bare hex for the legacy ``sha1``. It covers the ``params`` string exactly as received: a
re-serialization is a different string. The emulator keeps its own code for this (rather than the
client kit's signer) so that a signing bug on either side shows up in an end-to-end test.
"""

from __future__ import annotations

import hashlib
import hmac

#: Algorithms the real API accepts after a ``<name>:`` prefix; bare hex means ``sha1``.
PREFIXED_ALGORITHMS: frozenset[str] = frozenset({"sha1", "sha256", "sha384", "sha512"})
_HEX_DIGITS = frozenset(b"0123456789abcdefABCDEF")


def _parse(signature: str) -> tuple[str, bytes] | None:
    """(algorithm, lowercase hex digest as bytes) of ``signature``, or None when malformed."""
    algorithm, sep, digest = signature.partition(":")
    if not sep:
        algorithm, digest = "sha1", signature
    if algorithm not in PREFIXED_ALGORITHMS:
        return None
    try:
        raw = digest.encode("ascii")
    except UnicodeEncodeError:
        return None
    if len(raw) != hashlib.new(algorithm).digest_size * 2 or not _HEX_DIGITS.issuperset(raw):
        return None
    return algorithm, raw.lower()


def signature_matches(raw_params: str, signature: str, secret: str) -> bool:
    """True when ``signature`` signs exactly ``raw_params`` with ``secret``; malformed means False.

    The comparison runs in constant time over the hex bytes.
    """
    parsed = _parse(signature)
    if parsed is None:
        return False
    algorithm, given = parsed
    expected = hmac.new(secret.encode("utf-8"), raw_params.encode("utf-8"), algorithm).hexdigest()
    return hmac.compare_digest(expected.encode("ascii"), given)
