"""Signature authentication exactly as the real API does it.

The signature is checked against the raw ``params`` string as received, never a
re-serialization. Checks run in the order the real API reports them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

import orjson

from .. import nesting
from ..errors import TransloaditError
from ..patterns import PatternError, compile_pattern
from ..settings import Account, Settings
from ..storage.failure import StoreFailure
from .accounts import AccountBook
from .assemblies.model import SignedRequest
from .clock import Clock
from .signature import signature_matches
from .tokens import TokenGrant


@dataclass(frozen=True)
class AuthedRequest:
    """A request whose params parsed and whose signature (if required) verified."""

    account: Account
    params: dict[str, Any]
    raw_params: str
    #: The scopes of the Auth Key that signed; None for the account's own key (every scope).
    scopes: frozenset[str] | None = None


@dataclass(frozen=True)
class KeyGrant:
    """What an Auth Key stands for: its account, the secret it signs with, and its scopes."""

    account: Account
    secret: str
    #: None for the account's own key (from settings): every scope.
    scopes: frozenset[str] | None = None


class KeyDirectory(Protocol):
    """Resolves Auth Keys made through the API (``/auth_keys``) to their account."""

    def resolve(self, key: str) -> KeyGrant | None:
        """The grant of ``key``, or None when no such key exists (or it was deleted)."""
        ...


def resolve_key(accounts: AccountBook, keys: KeyDirectory | None, key: str) -> KeyGrant | None:
    """An account's own key (from settings or added by the control plane), else a key made
    through the API."""
    entry = accounts.lookup(key)
    if entry is not None:
        return KeyGrant(entry.account, entry.account.secret, entry.scopes)
    try:
        return keys.resolve(key) if keys is not None else None
    except StoreFailure as exc:  # the keys made through the API live in the database
        raise TransloaditError(
            "GET_ACCOUNT_DB_ERROR", f"The account of this Auth Key could not be read: {exc}"
        ) from None


def parse_params(raw: str | None) -> dict[str, Any]:
    """Parse the ``params`` field into an object or raise the matching params error."""
    if raw is None or raw == "":
        raise TransloaditError("NO_PARAMS_FIELD", "No params field was given.")
    try:
        parsed = nesting.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise TransloaditError("INVALID_PARAMS_FIELD", f"The params field is not valid JSON: {exc}.") from None
    except nesting.TooDeep as exc:
        raise TransloaditError("INVALID_PARAMS_FIELD", f"The params field is {exc}.") from None
    if not isinstance(parsed, dict):
        raise TransloaditError("NO_OBJECT_PARAMS_FIELD", "The params field is not a JSON object.")
    return parsed


def parse_expires(value: str) -> datetime:
    """Parse ``auth.expires``: ``2026/11/22 09:40:43+00:00`` or ISO 8601 (``...T...Z``).

    A value without a timezone is UTC. Raises ValueError when unparseable.
    """
    text = value.strip()
    if len(text) >= 10 and text[4] == "/" and text[7] == "/":
        text = f"{text[:4]}-{text[5:7]}-{text[8:]}"
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def authenticate(
    raw_params: str | None,
    signature: str | None,
    *,
    settings: Settings,
    clock: Clock,
    referer: str | None = None,
    keys: KeyDirectory | None = None,
    accounts: AccountBook | None = None,
) -> AuthedRequest:
    """Parse and authorize a signed request; raise the real API's error code on failure."""
    params = parse_params(raw_params)
    auth = params.get("auth")
    if auth is None:
        raise TransloaditError("NO_AUTH_PARAMETER", "No auth parameter was given.")
    if not isinstance(auth, dict):
        raise TransloaditError("NO_OBJECT_AUTH_PARAMETER", "The auth parameter is not an object.")
    key = auth.get("key")
    if key is None or key == "":
        raise TransloaditError("NO_AUTH_KEY_PARAMETER", "No auth.key parameter was given.")
    if not isinstance(key, str):
        raise TransloaditError("INVALID_AUTH_KEY_PARAMETER", "The auth.key parameter is not a string.")
    grant = resolve_key(accounts or AccountBook(settings), keys, key)
    if grant is None:
        raise TransloaditError("GET_ACCOUNT_UNKNOWN_AUTH_KEY", f"No account is known for the Auth Key {key!r}.")
    account = grant.account

    expires = auth.get("expires")
    expires_at: datetime | None = None
    if expires is not None:
        if not isinstance(expires, str):
            raise TransloaditError("INVALID_AUTH_EXPIRES_PARAMETER", "The auth.expires parameter is not a string.")
        try:
            expires_at = parse_expires(expires)
        except ValueError:
            raise TransloaditError(
                "INVALID_AUTH_EXPIRES_PARAMETER",
                f"The auth.expires parameter {expires!r} could not be parsed; use "
                "'YYYY/MM/DD HH:MM:SS+00:00' or ISO 8601.",
            ) from None
    elif account.require_signature:
        raise TransloaditError("NO_AUTH_EXPIRES_PARAMETER", "No auth.expires parameter was given.")

    if signature is None or signature == "":
        if account.require_signature:
            raise TransloaditError("NO_SIGNATURE_FIELD", "No signature field was given.")
    elif not signature_matches(raw_params or "", signature, grant.secret):
        raise TransloaditError("INVALID_SIGNATURE", "The given signature does not match ours.")

    if expires_at is not None and expires_at.timestamp() < clock.now():
        raise TransloaditError("AUTH_EXPIRED", f"The auth.expires date {expires!r} is in the past.")

    _check_limits(auth, referer)
    return AuthedRequest(account=account, params=params, raw_params=raw_params or "", scopes=grant.scopes)


def _check_limits(auth: dict[str, Any], referer: str | None) -> None:
    """Validate ``max_size``, ``max_number_of_files`` and ``referer`` in ``auth``."""
    max_size = auth.get("max_size")
    if max_size is not None and (isinstance(max_size, bool) or not isinstance(max_size, int) or max_size < 1):
        raise TransloaditError(
            "INVALID_AUTH_MAX_SIZE_PARAMETER", "The auth.max_size parameter must be a positive integer."
        )
    max_files = auth.get("max_number_of_files")
    if max_files is not None and (isinstance(max_files, bool) or not isinstance(max_files, int) or max_files < 1):
        raise TransloaditError(
            "INVALID_AUTH_MAX_NUMBER_OF_FILES_PARAMETER",
            "The auth.max_number_of_files parameter must be a positive integer.",
        )
    pattern = auth.get("referer")
    if pattern is None:
        return
    if not isinstance(pattern, str):
        raise TransloaditError("INVALID_AUTH_REFERER_PARAMETER", "The auth.referer parameter must be a string.")
    try:
        regex = compile_pattern(pattern)  # RE2: linear in the Referer, whatever the pattern
    except PatternError as exc:
        raise TransloaditError(
            "INVALID_AUTH_REFERER_PARAMETER", f"The auth.referer parameter could not be parsed: {exc}."
        ) from None
    # Requests without a Referer always pass, as on the real API.
    if referer and not regex.search(referer):
        raise TransloaditError("REFERER_MISMATCH", f"The request came from a disallowed location ({referer}).")


class NonceRegistry(Protocol):
    """Remembers ``auth.nonce`` values so a signed request cannot be sent twice."""

    def claim(self, account_key: str, nonce: str, until_ts: float) -> bool:
        """Record the nonce until ``until_ts``; False when it was already used."""
        ...


class TokenRegistry(Protocol):
    """Resolves presented bearer tokens."""

    def lookup(self, token: str) -> TokenGrant:
        """The token's grant, or BEARER_TOKEN_INVALID / BEARER_TOKEN_EXPIRED."""
        ...


class Authenticator:
    """The one way services authenticate a request: a bearer token or the signature, then nonce reuse."""

    def __init__(
        self,
        settings: Settings,
        clock: Clock,
        nonces: NonceRegistry | None = None,
        tokens: TokenRegistry | None = None,
        keys: KeyDirectory | None = None,
        accounts: AccountBook | None = None,
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.nonces = nonces
        self.tokens = tokens
        self.keys = keys
        #: The accounts by key: the settings' and those the control plane adds.
        self.accounts = accounts or AccountBook(settings)

    def account(self, key: str) -> Account | None:
        """The account whose own key is ``key``, if any."""
        return self.accounts.account(key)

    def __call__(self, request: SignedRequest) -> AuthedRequest:
        """Authenticate ``request`` or raise its Transloadit error code."""
        if request.bearer is not None:
            return self._bearer(request, request.bearer)
        authed = authenticate(
            request.raw_params,
            request.signature,
            settings=self.settings,
            clock=self.clock,
            referer=request.referer,
            keys=self.keys,
            accounts=self.accounts,
        )
        if authed.scopes is not None and request.scope is not None and request.scope not in authed.scopes:
            raise TransloaditError(
                "INSUFFICIENT_AUTH_SCOPE", f"The Auth Key lacks the scope {request.scope} this request needs."
            )
        nonce = authed.params["auth"].get("nonce")
        if nonce is not None and self.nonces is not None:
            if not isinstance(nonce, str) or not nonce:
                raise TransloaditError("INVALID_AUTH_NONCE_PARAMETER", "The auth.nonce parameter must be a string.")
            expires = authed.params["auth"].get("expires")
            # A nonce only needs remembering while its signature could still be accepted.
            until = parse_expires(expires).timestamp() if isinstance(expires, str) else self.clock.now() + 86400
            if not self.nonces.claim(authed.account.key, nonce, until):
                raise TransloaditError(
                    "SIGNATURE_REUSE_DETECTED", f"The auth.nonce {nonce!r} was already used; sign a new request."
                )
        return authed

    def _bearer(self, request: SignedRequest, token: str) -> AuthedRequest:
        """A token stands in for the signature; params, if sent, must name the token's account."""
        if self.tokens is None:
            raise TransloaditError("BEARER_TOKEN_INVALID", "Bearer tokens are not accepted here.")
        grant = self.tokens.lookup(token)
        if request.scope is not None and request.scope not in grant.scopes:
            raise TransloaditError(
                "INSUFFICIENT_AUTH_SCOPE", f"The bearer token lacks the scope {request.scope} this request needs."
            )
        params = parse_params(request.raw_params) if request.raw_params else {"auth": {"key": grant.account_key}}
        auth = params.get("auth")
        key = auth.get("key") if isinstance(auth, dict) else None
        named = resolve_key(self.accounts, self.keys, key) if isinstance(key, str) and key else None
        if key is not None and (named is None or named.account.key != grant.account_key):
            raise TransloaditError(
                "BEARER_TOKEN_AUTH_KEY_MISMATCH", "params.auth.key names another account than the bearer token."
            )
        params["auth"] = {**(auth if isinstance(auth, dict) else {}), "key": grant.account_key}
        account = self.accounts.account(grant.account_key)
        if account is None:
            raise TransloaditError("BEARER_TOKEN_INVALID", "The bearer token's account no longer exists.")
        _check_limits(params["auth"], request.referer)
        return AuthedRequest(
            account=account, params=params, raw_params=request.raw_params or orjson.dumps(params).decode()
        )
