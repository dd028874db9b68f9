"""Bearer tokens: ``POST /token`` mints one with the Auth Key and Secret (HTTP Basic); requests may
then carry ``Authorization: Bearer <token>`` instead of a signature, within the token's scopes."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

import orjson

from ..errors import TransloaditError
from ..settings import Settings
from ..storage.records import Record, RecordStore
from .accounts import AccountBook
from .clock import Clock

if TYPE_CHECKING:
    from .auth import KeyDirectory, KeyGrant

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

    def __init__(
        self,
        settings: Settings,
        records: RecordStore,
        clock: Clock,
        keys: KeyDirectory | None = None,
        accounts: AccountBook | None = None,
    ) -> None:
        self.settings = settings
        self.accounts = accounts or AccountBook(settings)
        self.records = records
        self.clock = clock
        #: Auth Keys made through ``/auth_keys``; their tokens get at most the key's scopes.
        self.keys = keys

    def create_token(self, authorization: str | None, grant_type: str | None, scope: str | None) -> bytes:
        """Mint a token for the account named by HTTP Basic ``key:secret``."""
        key, grant = self._basic_grant(authorization)
        if grant_type != "client_credentials":
            raise TransloaditError(
                "TOKEN_UNSUPPORTED_GRANT_TYPE", f"grant_type must be client_credentials, got {grant_type!r}."
            )
        allowed = [s for s in SCOPES if grant.scopes is None or s in grant.scopes]
        wanted = scope.replace(",", " ").split() if scope else allowed
        unknown = [s for s in wanted if s not in allowed]
        if unknown:
            raise TransloaditError(
                "INSUFFICIENT_AUTH_SCOPE",
                f"Scopes {', '.join(unknown)} are not the key's; it has: {', '.join(allowed)}.",
            )
        token = secrets.token_urlsafe(32)
        now = self.clock.now()
        body: dict[str, object] = {"scopes": wanted}
        if grant.scopes is not None:
            body["auth_key"] = key  # a key made through /auth_keys: its token dies with it
        self.records.put(Record(KIND, _token_id(token), grant.account.key, body, now, now + TOKEN_TTL_S))
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
        scopes = frozenset(record.body["scopes"])
        made_by = record.body.get("auth_key")
        if made_by is not None:
            key = self.keys.resolve(made_by) if self.keys is not None else None
            if key is None:
                raise TransloaditError("BEARER_TOKEN_INVALID", "The Auth Key that minted the bearer token was deleted.")
            if key.scopes is not None:
                scopes &= key.scopes  # scopes taken from the key since are gone from its tokens too
        return TokenGrant(record.account_key, scopes, record.modified_ts)

    def _basic_grant(self, authorization: str | None) -> tuple[str, KeyGrant]:
        """The Auth Key and its grant from HTTP Basic ``key:secret``; TOKEN_INVALID_CREDENTIALS otherwise."""
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
        from .auth import resolve_key  # auth imports this module's TokenGrant

        grant = resolve_key(self.accounts, self.keys, key)
        if grant is None or not hmac.compare_digest(grant.secret.encode(), secret.encode()):
            raise TransloaditError("TOKEN_INVALID_CREDENTIALS", "The Auth Key and Secret do not match.")
        return key, grant
