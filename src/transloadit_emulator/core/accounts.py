"""The accounts the emulator knows: those of its settings, and those the control plane adds or
removes while it runs (each with its own key, secret and, optionally, Auth Key scopes)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from ..settings import Account, Settings


@dataclass(frozen=True)
class AccountEntry:
    """An account and the scopes its key is limited to (None: every scope, the account's own key)."""

    account: Account
    scopes: frozenset[str] | None
    #: Whether it came from the settings (False: added at run time).
    configured: bool


class AccountBook:
    """Accounts by key; reads take no lock (a dict read is atomic), changes replace the dict."""

    def __init__(self, settings: Settings) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, AccountEntry] = {
            a.key: AccountEntry(a, None, configured=True) for a in settings.accounts
        }

    def account(self, key: str) -> Account | None:
        """The account with Auth Key ``key``, if any."""
        entry = self._entries.get(key)
        return entry.account if entry is not None else None

    def lookup(self, key: str) -> AccountEntry | None:
        """The account of ``key`` with its scopes, if any."""
        return self._entries.get(key)

    def entries(self) -> list[AccountEntry]:
        """Every account, those of the settings first, then in the order they were added."""
        return list(self._entries.values())

    def add(self, account: Account, scopes: frozenset[str] | None) -> bool:
        """Add an account; False when its key is taken."""
        with self._lock:
            if account.key in self._entries:
                return False
            self._entries = {**self._entries, account.key: AccountEntry(account, scopes, configured=False)}
            return True

    def remove(self, key: str) -> bool:
        """Forget an account (its key stops working at once); False when unknown."""
        with self._lock:
            if key not in self._entries:
                return False
            self._entries = {k: v for k, v in self._entries.items() if k != key}
            return True

    def snapshot(self) -> list[dict[str, Any]]:
        """Every account as JSON (secrets included: for the other processes of a cluster only)."""
        return [
            {
                "key": e.account.key,
                "secret": e.account.secret,
                "require_signature": e.account.require_signature,
                "scopes": None if e.scopes is None else sorted(e.scopes),
                "configured": e.configured,
            }
            for e in self._entries.values()
        ]

    def restore(self, snapshot: list[dict[str, Any]]) -> None:
        """Hold exactly the accounts of another book's :meth:`snapshot`."""
        entries = {
            e["key"]: AccountEntry(
                Account(e["key"], e["secret"], bool(e["require_signature"])),
                None if e["scopes"] is None else frozenset(e["scopes"]),
                configured=bool(e["configured"]),
            )
            for e in snapshot
        }
        with self._lock:
            self._entries = entries
