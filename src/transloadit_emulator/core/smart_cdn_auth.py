"""Smart CDN URL signatures, checked as the official SDKs make them (``getSignedSmartCDNUrl``).

A signed URL is ``<base>/{template}/{input}?{sorted query with auth_key and exp}&sig=sha256:<hex>``
and the string signed is ``{workspace}/{template}/{input}?{that sorted query}``: the path parts as
the SDK percent-encoded them, the query pairs sorted by name (stably) and form-encoded, ``exp`` in
milliseconds since the epoch, HMAC-SHA256 always. The check works on the raw bytes received, so
no re-encoding on our side can make a good URL fail or a forged one pass.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote_plus

from ..errors import TransloaditError
from ..integers import parse_natural

#: Query parameters that carry the signature, never seen by the Template as fields.
SIGNATURE_PARAMS = frozenset({"auth_key", "exp", "sig"})


@dataclass(frozen=True)
class SmartCdnRequest:
    """A Smart CDN request as received: raw (still percent-encoded) path parts and query."""

    workspace: str
    template: str
    input: str
    query: str

    def params(self) -> list[tuple[str, str]]:
        """The decoded query pairs, in the order received."""
        return parse_qsl(self.query, keep_blank_values=True)

    def fields(self) -> dict[str, str]:
        """The query params that are not the signature's (the last of a repeated name wins)."""
        return {k: v for k, v in self.params() if k not in SIGNATURE_PARAMS}


def string_to_sign(request: SmartCdnRequest) -> str:
    """What the SDKs sign: the path parts as sent and the query without ``sig``, sorted by name."""
    pairs = [p for p in request.query.split("&") if p and unquote_plus(p.partition("=")[0]) != "sig"]
    pairs.sort(key=lambda p: unquote_plus(p.partition("=")[0]))  # stable, as URLSearchParams.sort()
    return f"{request.workspace}/{request.template}/{request.input}?{'&'.join(pairs)}"


def smart_cdn_signature(request: SmartCdnRequest, secret: str) -> str:
    """``sha256:<hex>`` of :func:`string_to_sign` under ``secret``."""
    digest = hmac.new(secret.encode("utf-8"), string_to_sign(request).encode("utf-8"), hashlib.sha256)
    return f"sha256:{digest.hexdigest()}"


def signed_parts(request: SmartCdnRequest) -> tuple[str, int, str]:
    """``(auth_key, exp_ms, sig)`` of the URL, or the error for a URL missing one of them."""
    found = {k: v for k, v in request.params() if k in SIGNATURE_PARAMS}
    missing = sorted(SIGNATURE_PARAMS - found.keys())
    if missing:
        raise TransloaditError(
            "NO_SIGNATURE_FIELD",
            f"The Smart CDN URL lacks {', '.join(missing)}; sign it with the SDK's getSignedSmartCDNUrl.",
        )
    exp = parse_natural(found["exp"])
    if exp is None:
        raise TransloaditError("INVALID_SIGNATURE", "The Smart CDN URL's exp is not a timestamp in milliseconds.")
    return found["auth_key"], exp, found["sig"]


def check_signature(request: SmartCdnRequest, secret: str, now_ms: int) -> None:
    """Raise ``AUTH_EXPIRED`` past ``exp`` and ``INVALID_SIGNATURE`` for a signature that does not match."""
    _key, exp, sig = signed_parts(request)
    if exp < now_ms:
        raise TransloaditError("AUTH_EXPIRED", "The Smart CDN URL expired; sign a new one.")
    expected = smart_cdn_signature(request, secret)
    if not hmac.compare_digest(expected.encode(), sig.strip().lower().encode()):
        raise TransloaditError("INVALID_SIGNATURE", "The Smart CDN URL's signature does not match its path and query.")


def _form(text: str) -> str:
    """``URLSearchParams``' encoding: ``*-._`` and ASCII alphanumerics kept, space as ``+``."""
    return "".join(
        c
        if c.isascii() and (c.isalnum() or c in "*-._")
        else "+"
        if c == " "
        else "".join(f"%{b:02X}" for b in c.encode("utf-8", "surrogatepass"))
        for c in text
    )


def signed_query(
    request: SmartCdnRequest, pairs: list[tuple[str, str]], auth_key: str, exp_ms: int, secret: str
) -> str:
    """The query of a URL for the same ``{workspace}/{template}/{input}`` with ``pairs`` (decoded),
    signed as the SDKs sign: sorted by name, ``auth_key`` and ``exp`` in, ``sig`` last."""
    kept = [(k, v) for k, v in pairs if k not in SIGNATURE_PARAMS] + [("auth_key", auth_key), ("exp", str(exp_ms))]
    kept.sort(key=lambda p: p[0])
    query = "&".join(f"{_form(k)}={_form(v)}" for k, v in kept)
    unsigned = SmartCdnRequest(request.workspace, request.template, request.input, query)
    return f"{query}&sig={_form(smart_cdn_signature(unsigned, secret))}"
