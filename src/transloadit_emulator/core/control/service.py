"""The control plane's operations, one method per operationId (tag ``Emulator`` in openapi.yaml).

Every operation is signed like any other call and needs an account's own key: the scope it asks
for (``_emulator:read`` / ``_emulator:write``, from its path) is never granted to Auth Keys or
bearer tokens, so they answer ``INSUFFICIENT_AUTH_SCOPE``. Any account's own key operates the
whole emulator (there is one operator: the developer running it). Its signatures' ``expires``
is checked against the system clock, not the emulator's: a test that moved the emulator's time
must still be able to move it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

import orjson

from ...errors import TransloaditError
from ..assemblies.model import SignedRequest
from ..auth import AuthedRequest, Authenticator
from ..clock import Clock, ManualClock
from . import accounts, outbox
from .faults import FaultBoard
from .requests import RequestLog
from .reset import Resettable, reset

#: The furthest one call moves the clock (ten years), so a signature with a far expiry stays usable.
MAX_ADVANCE_S = 10 * 366 * 86400.0


class ControlShare(Protocol):
    """Hands the clock and accounts changed here to the other processes of a cluster."""

    def clock_changed(self) -> None:
        """The clock was steered here."""
        ...

    def accounts_changed(self) -> None:
        """An account was added or removed here."""
        ...

    def apply(self, message: dict[str, Any]) -> None:
        """A change another process announced."""
        ...


class _Alone:
    """One process: nobody to tell."""

    def clock_changed(self) -> None:
        """Nothing to do."""

    def accounts_changed(self) -> None:
        """Nothing to do."""

    def apply(self, message: dict[str, Any]) -> None:
        """Nothing comes."""


@dataclass(frozen=True)
class ControlParts:
    """What the control plane steers."""

    authenticator: Authenticator
    clock: Clock
    faults: FaultBoard
    requests: RequestLog
    resettable: Resettable
    #: The other processes of a cluster (faults are shared by their store already).
    share: ControlShare = _Alone()


class ControlPlane:
    """``/_emulator/...``: reset, accounts, faults, clock, outbox, requests."""

    def __init__(self, parts: ControlParts) -> None:
        self.parts = parts
        self.auth = parts.authenticator

    def reset_emulator(self, request: SignedRequest) -> bytes:
        """``POST /_emulator/reset``: everything, or one account's state (``params.account``)."""
        params = self._authed(request).params
        account = params.get("account")
        if account is not None and (not isinstance(account, str) or self.auth.account(account) is None):
            raise TransloaditError("EMULATOR_ACCOUNT_NOT_FOUND", f"No account has the Auth Key {account!r}.")
        done = reset(self.parts.resettable, account)
        return orjson.dumps({"ok": "EMULATOR_RESET", "message": "The emulator was reset.", **done})

    def list_emulator_accounts(self, request: SignedRequest) -> bytes:
        """``GET /_emulator/accounts``"""
        self._authed(request)
        items = [accounts.entry_json(e) for e in self.auth.accounts.entries()]
        return orjson.dumps({"ok": "EMULATOR_ACCOUNTS_FOUND", "items": items, "count": len(items)})

    def add_emulator_account(self, request: SignedRequest) -> bytes:
        """``POST /_emulator/accounts``"""
        params = self._authed(request).params
        entry = accounts.add_account(self.auth.accounts, self.auth.keys, params)
        self.parts.share.accounts_changed()
        return orjson.dumps({"ok": "EMULATOR_ACCOUNT_ADDED", "account": accounts.entry_json(entry)})

    def remove_emulator_account(self, key: str, request: SignedRequest) -> bytes:
        """``DELETE /_emulator/accounts/{key}``: the key stops working at once."""
        authed = self._authed(request)
        if key == authed.account.key:
            raise TransloaditError("EMULATOR_ACCOUNT_IN_USE", "An account cannot remove itself; sign with another.")
        if not self.auth.accounts.remove(key):
            raise TransloaditError("EMULATOR_ACCOUNT_NOT_FOUND", f"No account has the Auth Key {key!r}.")
        self.parts.share.accounts_changed()
        return orjson.dumps({"ok": "EMULATOR_ACCOUNT_REMOVED", "key": key})

    def list_emulator_faults(self, request: SignedRequest) -> bytes:
        """``GET /_emulator/faults``"""
        self._authed(request)
        return self._faults("EMULATOR_FAULTS_FOUND")

    def add_emulator_fault(self, request: SignedRequest) -> bytes:
        """``POST /_emulator/faults``"""
        params = self._authed(request).params
        fault = self.parts.faults.add(params)
        return orjson.dumps({"ok": "EMULATOR_FAULT_ADDED", "fault": fault.as_json()})

    def clear_emulator_faults(self, request: SignedRequest) -> bytes:
        """``DELETE /_emulator/faults``: disarm every fault."""
        self._authed(request)
        self.parts.faults.clear()
        return self._faults("EMULATOR_FAULTS_CLEARED")

    def delete_emulator_fault(self, fault_id: str, request: SignedRequest) -> bytes:
        """``DELETE /_emulator/faults/{fault_id}``"""
        self._authed(request)
        if not self.parts.faults.clear(fault_id):
            raise TransloaditError("EMULATOR_FAULT_NOT_FOUND", f"No fault {fault_id!r} is armed.")
        return self._faults("EMULATOR_FAULT_DELETED")

    def get_emulator_clock(self, request: SignedRequest) -> bytes:
        """``GET /_emulator/clock``"""
        self._authed(request)
        return self._clock_answer()

    def set_emulator_clock(self, request: SignedRequest) -> bytes:
        """``POST /_emulator/clock``: ``action`` freeze (``at``: epoch seconds, default now),
        unfreeze, advance (``seconds``) or reset (the system time again)."""
        params = self._authed(request).params
        clock = self.parts.clock
        if not isinstance(clock, ManualClock):
            raise TransloaditError("EMULATOR_CLOCK_NOT_STEERABLE", "This emulator was given a clock it cannot steer.")
        action = params.get("action")
        if action == "freeze":
            at = params.get("at")
            clock.freeze(None if at is None else _seconds(at, "at", 0.0, 253402300799.0))
        elif action == "advance":
            clock.advance(_seconds(params.get("seconds"), "seconds", 0.0, MAX_ADVANCE_S))
        elif action == "unfreeze":
            clock.unfreeze()
        elif action == "reset":
            clock.reset()
        else:
            raise TransloaditError(
                "EMULATOR_INVALID_CLOCK", f"action must be freeze, unfreeze, advance or reset, got {action!r}."
            )
        self.parts.share.clock_changed()
        return self._clock_answer()

    def list_emulator_outbox(self, request: SignedRequest) -> bytes:
        """``GET /_emulator/outbox``: optionally of one ``account`` or ``assembly_id``."""
        params = self._authed(request).params
        account, assembly_id = params.get("account"), params.get("assembly_id")
        items = outbox.outbox(
            self.parts.resettable.records,
            account if isinstance(account, str) else None,
            assembly_id if isinstance(assembly_id, str) else None,
        )
        return orjson.dumps({"ok": "EMULATOR_OUTBOX_FOUND", "items": items, "count": len(items)})

    def list_emulator_requests(self, request: SignedRequest) -> bytes:
        """``GET /_emulator/requests``: the last requests, newest first (``limit``)."""
        params = self._authed(request).params
        limit = params.get("limit")
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
            raise TransloaditError("EMULATOR_INVALID_LIMIT", "limit must be a positive integer.")
        log = self.parts.requests
        items = log.items(limit) if log.size else []
        return orjson.dumps({"ok": "EMULATOR_REQUESTS_FOUND", "items": items, "count": len(items), "size": log.size})

    def _authed(self, request: SignedRequest) -> AuthedRequest:
        """Authenticate as every operation does, and always with a signature: an account that
        accepts unsigned requests (``require_signature`` off) must not open the control plane to
        anyone who knows its key."""
        authed = self.auth(request)
        if request.bearer is None and not request.signature:
            raise TransloaditError("NO_SIGNATURE_FIELD", "The control plane needs a signed request.")
        return authed

    def _faults(self, code: str) -> bytes:
        items = [f.as_json() for f in self.parts.faults.list()]
        return orjson.dumps({"ok": code, "items": items, "count": len(items)})

    def _clock_answer(self) -> bytes:
        clock = self.parts.clock
        now = clock.now()
        steerable = isinstance(clock, ManualClock)
        return orjson.dumps(
            {
                "ok": "EMULATOR_CLOCK",
                "now": now,
                "iso": datetime.fromtimestamp(now, UTC).isoformat().replace("+00:00", "Z"),
                "frozen": isinstance(clock, ManualClock) and clock.frozen,
                "offset": round(clock.offset, 3) if isinstance(clock, ManualClock) else 0.0,
                "steerable": steerable,
            }
        )


def _seconds(value: Any, name: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not (low <= value <= high):
        raise TransloaditError("EMULATOR_INVALID_CLOCK", f"{name} must be a number from {low:g} to {high:g}.")
    return float(value)
