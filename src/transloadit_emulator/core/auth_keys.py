"""Auth Keys: an account holds several, each with its own secret and scopes.

The account's own key comes from settings and may do everything; keys made through ``/auth_keys``
live in the record store, sign requests at once (:meth:`AuthKeyService.resolve` is the
authenticator's :class:`~.auth.KeyDirectory`) and only within their scopes. Managing keys needs the
account's own key: the ``auth_keys:*`` scopes are never granted to other keys or to tokens.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Mapping
from typing import Any

import orjson

from ..errors import TransloaditError
from ..settings import Account, Settings
from ..storage.failure import StoreFailure
from ..storage.records import Record, RecordQuery, RecordStore
from . import auth
from .accounts import AccountBook
from .assemblies.model import SignedRequest
from .clock import Clock, IdSource
from .templates import iso_date
from .tokens import SCOPES

KIND = "auth_key"
_ID = re.compile(r"^[0-9a-f]{32}$")
_MAX_KEYS = 1000
SCOPE_DESCRIPTIONS: dict[str, str] = {
    "assemblies:read": "Read Assemblies, their Notifications and statistics.",
    "assemblies:write": "Create, cancel and replay Assemblies and Notifications; upload files.",
    "templates:read": "Read Templates.",
    "templates:write": "Create, edit and delete Templates.",
    "credentials:read": "Read Template Credentials.",
    "credentials:write": "Create, edit and delete Template Credentials.",
    "account:read": "Read the bill and job slots.",
}


def primary_key_id(key: str) -> str:
    """The stable id the account's own key has in this API (it is no record)."""
    return hashlib.md5(f"auth-key:{key}".encode()).hexdigest()


class AuthKeyDirectory:
    """The keys made through ``/auth_keys``, read from the records: the authenticator's
    :class:`~.auth.KeyDirectory` (apart from the service, which itself needs the authenticator)."""

    def __init__(self, settings: Settings, records: RecordStore, accounts: AccountBook | None = None) -> None:
        self.settings = settings
        self.records = records
        self.accounts = accounts or AccountBook(settings)

    def resolve(self, key: str) -> auth.KeyGrant | None:
        """The account, secret and scopes of a key made through the API; None if unknown or deleted."""
        rows, _ = self.records.query(RecordQuery(kind=KIND, name=key, pagesize=1))
        if not rows:
            return None
        account = self.accounts.account(rows[0].account_key)
        if account is None:
            return None
        return auth.KeyGrant(account, rows[0].body["secret"], frozenset(rows[0].body["scopes"]))


class AuthKeyService:
    """Auth Key operations, one method per operationId."""

    def __init__(
        self,
        settings: Settings,
        records: RecordStore,
        clock: Clock,
        ids: IdSource,
        authenticator: auth.Authenticator | None = None,
    ) -> None:
        self.settings = settings
        self.records = records
        self.clock = clock
        self.ids = ids
        self.authenticator = authenticator or auth.Authenticator(settings, clock)
        self.directory = AuthKeyDirectory(settings, records, self.authenticator.accounts)

    def resolve(self, key: str) -> auth.KeyGrant | None:
        """The account, secret and scopes of a key made through the API (see :class:`AuthKeyDirectory`)."""
        return self.directory.resolve(key)

    def create_auth_key(self, request: SignedRequest) -> bytes:
        """``POST /auth_keys``"""
        authed = self.authenticator(request)
        params = authed.params
        _, count = self.records.query(RecordQuery(kind=KIND, account_key=authed.account.key, pagesize=1))
        if count >= _MAX_KEYS:
            raise TransloaditError("AUTH_KEY_VALIDATION", f"An account holds at most {_MAX_KEYS} Auth Keys.")
        scopes = _scopes(params.get("scopes", list(SCOPES)))
        now = self.clock.now()
        body = {"secret": secrets.token_hex(20), "scopes": scopes, "description": _description(params)}
        record = Record(KIND, self.ids.new_id(), authed.account.key, body, now, now, name=self.ids.new_id())
        self.records.put(record)
        return _answer("AUTH_KEY_CREATED", "The Auth Key was created.", _item(record, with_secret=True))

    def list_auth_keys(self, request: SignedRequest) -> bytes:
        """``GET /auth_keys``: the account's own key first, then the others, oldest first."""
        authed = self.authenticator(request)
        rows, _ = self.records.query(
            RecordQuery(kind=KIND, account_key=authed.account.key, descending=False, pagesize=_MAX_KEYS)
        )
        items = [_primary(authed.account), *(_item(r) for r in rows)]
        return orjson.dumps({"ok": "AUTH_KEYS_FOUND", "items": items, "count": len(items)})

    def get_auth_key_scopes(self, request: SignedRequest) -> bytes:
        """``GET /auth_keys/scopes``: the scopes bearer tokens and Auth Keys are limited to."""
        self.authenticator(request)
        scopes = [{"scope": s, "description": SCOPE_DESCRIPTIONS.get(s, "")} for s in SCOPES]
        return orjson.dumps({"ok": "AUTH_KEY_SCOPES_FOUND", "scopes": scopes})

    def update_auth_key(self, auth_key_id: str, request: SignedRequest) -> bytes:
        """``PUT /auth_keys/{auth_key_id}``: what is not given stays."""
        authed = self.authenticator(request)
        record = self._own(auth_key_id, authed.account)
        params = authed.params
        if "scopes" in params:
            record.body["scopes"] = _scopes(params["scopes"])
        if "description" in params:
            record.body["description"] = _description(params)
        record.modified_ts = self.clock.now()
        self.records.put(record)
        return _answer("AUTH_KEY_UPDATED", "The Auth Key was updated.", _item(record))

    def delete_auth_key(self, auth_key_id: str, request: SignedRequest) -> bytes:
        """``DELETE /auth_keys/{auth_key_id}``: the key stops working at once."""
        authed = self.authenticator(request)
        self._own(auth_key_id, authed.account)
        self.records.delete(KIND, auth_key_id)
        return orjson.dumps({"ok": "AUTH_KEY_DELETED", "message": "The Auth Key was deleted."})

    def show_auth_key_secret(self, auth_key_id: str, request: SignedRequest) -> bytes:
        """``POST /auth_keys/show_secret/{auth_key_id}``"""
        authed = self.authenticator(request)
        try:
            record = self._own(auth_key_id, authed.account)
        except StoreFailure as exc:  # the secret lives in the database
            raise TransloaditError("AUTH_SECRET_NOT_RETRIEVED", f"The Auth Secret could not be read: {exc}") from None
        return _answer("AUTH_SECRET_RETRIEVED", "The Auth Secret was retrieved.", _item(record, with_secret=True))

    def _own(self, auth_key_id: str, account: Account) -> Record:
        """The account's key record ``auth_key_id``; the account's own key is not editable here."""
        if auth_key_id == primary_key_id(account.key):
            raise TransloaditError(
                "ADMIN_PERMISSIONS_REQUIRED",
                "The account's own Auth Key comes from the emulator's settings (TRANSLOADIT_KEY / TRANSLOADIT_SECRET).",
            )
        record = self.records.get(KIND, auth_key_id) if _ID.match(auth_key_id) else None
        if record is None or record.account_key != account.key:
            raise TransloaditError("AUTH_KEYS_NOT_FOUND", f"No Auth Key with the id {auth_key_id!r} was found.")
        return record


def _scopes(value: Any) -> list[str]:
    """Scope names from a list or a space- or comma-separated string; AUTH_KEY_SCOPES_NOT_FOUND on unknown ones."""
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
        raise TransloaditError("AUTH_KEY_VALIDATION", "scopes must be a list of scope names or one string of them.")
    unknown = [s for s in value if s not in SCOPES]
    if unknown:
        raise TransloaditError(
            "AUTH_KEY_SCOPES_NOT_FOUND", f"Unknown scopes {', '.join(unknown)}; known: {', '.join(SCOPES)}."
        )
    return [s for s in SCOPES if s in value]


def _description(params: Mapping[str, Any]) -> str:
    value = params.get("description", "")
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > 255:
        raise TransloaditError("AUTH_KEY_VALIDATION", "description must be a string of at most 255 characters.")
    return value


def _item(record: Record, *, with_secret: bool = False) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": record.id,
        "key": record.name,
        "description": record.body.get("description", ""),
        "scopes": record.body["scopes"],
        "primary": False,
        "created": iso_date(record.created_ts),
        "modified": iso_date(record.modified_ts),
    }
    if with_secret:
        item["secret"] = record.body["secret"]
    return item


def _primary(account: Account) -> dict[str, Any]:
    return {
        "id": primary_key_id(account.key),
        "key": account.key,
        "description": "The account's own Auth Key (emulator settings).",
        "scopes": ["auth_keys:read", "auth_keys:write", *SCOPES],
        "primary": True,
        "created": None,
        "modified": None,
    }


def _answer(ok: str, message: str, item: dict[str, Any]) -> bytes:
    return orjson.dumps({"ok": ok, "message": message, "auth_key": item})
