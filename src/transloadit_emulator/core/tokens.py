"""Bearer tokens: ``POST /token`` mints one with the Auth Key and Secret (HTTP Basic); requests may
then carry ``Authorization: Bearer <token>`` instead of a signature, within the token's scopes."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from dataclasses import dataclass

import orjson

from ..errors import TransloaditError
from ..settings import Account, Settings
from ..storage.records import Record, RecordStore
from .clock import Clock

KIND = "token"
TOKEN_TTL_S = 6 * 3600
SCOPES = (
    "assemblies:read",
    "assemblies:write",
    "templates:read",
    "templates:write",
    "credentials:read",
    "credentials:write",
    "account:read",
)


@dataclass(frozen=True)
class TokenGrant:
    """What a valid token allows: the account it acts for and its scopes."""

    account_key: str
    scopes: frozenset[str]
    expires_ts: float


def _token_id(token: str) -> str:
    # Only a hash is stored: a leaked database holds no usable token.
    return hashlib.sha256(token.encode()).hexdigest()[:32]


class TokenService:
    """``POST /token``, and lookup of presented tokens for the authenticator."""

    def __init__(self, settings: Settings, records: RecordStore, clock: Clock) -> None:
        self.settings = settings
        self.records = records
        self.clock = clock

    def create_token(self, authorization: str | None, grant_type: str | None, scope: str | None) -> bytes:
        """Mint a token for the account named by HTTP Basic ``key:secret``."""
        account = self._basic_account(authorization)
        if grant_type != "client_credentials":
            raise TransloaditError(
                "TOKEN_UNSUPPORTED_GRANT_TYPE", f"grant_type must be client_credentials, got {grant_type!r}."
            )
        wanted = scope.split() if scope else list(SCOPES)
        unknown = [s for s in wanted if s not in SCOPES]
        if unknown:
            raise TransloaditError(
                "INSUFFICIENT_AUTH_SCOPE", f"Unknown scopes {', '.join(unknown)}; known: {', '.join(SCOPES)}."
            )
        token = secrets.token_urlsafe(32)
        now = self.clock.now()
        body = {"scopes": wanted}
        self.records.put(Record(KIND, _token_id(token), account.key, body, now, now + TOKEN_TTL_S))
        return orjson.dumps(
            {"access_token": token, "token_type": "Bearer", "expires_in": TOKEN_TTL_S, "scope": " ".join(wanted)}
        )

    def lookup(self, token: str) -> TokenGrant:
        """The grant of a presented token, or BEARER_TOKEN_INVALID / BEARER_TOKEN_EXPIRED."""
        record = self.records.get(KIND, _token_id(token))
        if record is None:
            raise TransloaditError("BEARER_TOKEN_INVALID", "The bearer token is not known.")
        if record.modified_ts <= self.clock.now():
            raise TransloaditError("BEARER_TOKEN_EXPIRED", "The bearer token expired; mint a new one at /token.")
        return TokenGrant(record.account_key, frozenset(record.body["scopes"]), record.modified_ts)

    def _basic_account(self, authorization: str | None) -> Account:
        scheme, _, encoded = (authorization or "").partition(" ")
        refused = TransloaditError(
            "TOKEN_INVALID_CREDENTIALS", "Send the Auth Key and Secret as HTTP Basic credentials."
        )
        if scheme.lower() != "basic":
            raise refused
        try:
            key, _, secret = base64.b64decode(encoded.strip(), validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            raise refused from None
        account = self.settings.account(key)
        if account is None or not hmac.compare_digest(account.secret.encode(), secret.encode()):
            raise TransloaditError("TOKEN_INVALID_CREDENTIALS", "The Auth Key and Secret do not match.")
        return account
