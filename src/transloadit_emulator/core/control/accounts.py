"""Accounts added and removed at run time (``/_emulator/accounts``)."""

from __future__ import annotations

import re
from typing import Any

from ...errors import TransloaditError
from ...settings import Account
from ..accounts import AccountBook, AccountEntry
from ..auth import KeyDirectory
from ..tokens import SCOPES

_CODE = "EMULATOR_INVALID_ACCOUNT"
#: Keys and secrets: printable ASCII without spaces, as they travel in JSON, forms and HTTP Basic.
_SECRET = re.compile(r"^[!-~]{1,200}$")
#: Keys also travel in URL paths (removeEmulatorAccount).
_KEY = re.compile(r"^[A-Za-z0-9._~-]{1,200}$")


def entry_json(entry: AccountEntry) -> dict[str, Any]:
    """An account as the control plane lists it (never its secret)."""
    return {
        "key": entry.account.key,
        "scopes": None if entry.scopes is None else sorted(entry.scopes),
        "require_signature": entry.account.require_signature,
        "configured": entry.configured,
    }


def add_account(book: AccountBook, keys: KeyDirectory | None, params: dict[str, Any]) -> AccountEntry:
    """Add the account ``params`` describe: ``key``, ``secret``, optional ``scopes`` (Auth Key scope
    names; absent: every scope, and the control plane) and ``require_signature`` (default true)."""
    key, secret = params.get("key"), params.get("secret")
    if not isinstance(key, str) or not _KEY.match(key):
        raise TransloaditError(_CODE, "key must be 1 to 200 of the characters A-Z a-z 0-9 . _ ~ -.")
    if not isinstance(secret, str) or not _SECRET.match(secret):
        raise TransloaditError(_CODE, "secret must be 1 to 200 printable ASCII characters without spaces.")
    require = params.get("require_signature", True)
    if not isinstance(require, bool):
        raise TransloaditError(_CODE, "require_signature must be true or false.")
    scopes = _scopes(params.get("scopes"))
    if (keys is not None and keys.resolve(key) is not None) or not book.add(Account(key, secret, require), scopes):
        raise TransloaditError("EMULATOR_ACCOUNT_EXISTS", f"The Auth Key {key!r} is taken.")
    entry = book.lookup(key)
    assert entry is not None
    return entry


def _scopes(value: Any) -> frozenset[str] | None:
    if value is None:
        return None
    names = value.replace(",", " ").split() if isinstance(value, str) else value
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise TransloaditError(_CODE, "scopes must be a list of scope names or a space-separated string.")
    unknown = sorted(set(names) - set(SCOPES))
    if unknown:
        raise TransloaditError(_CODE, f"Unknown scopes {', '.join(unknown)}; known: {', '.join(SCOPES)}.")
    return frozenset(names)
