"""The emulator's control plane from a test: thin helpers over the generated client's ``Emulator``
functions, signed with the kit (every control-plane call is a signed request like any other)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from transloadit_client.api.emulator import (
    add_emulator_account,
    add_emulator_fault,
    clear_emulator_faults,
    delete_emulator_fault,
    get_emulator_clock,
    list_emulator_accounts,
    list_emulator_faults,
    list_emulator_outbox,
    list_emulator_requests,
    remove_emulator_account,
    reset_emulator,
    set_emulator_clock,
)
from transloadit_client.types import Response

from transloadit_kit import Transloadit
from transloadit_kit.errors import api_error

Json = dict[str, Any]


class _Signed:
    """Signs with ``kit`` and calls the generated functions on its client."""

    def __init__(self, kit: Transloadit) -> None:
        self.kit = kit

    def post(self, function: Callable[..., Response[Any]], **params: Any) -> Json:
        return _answer(function(client=self.kit.client, body=self.kit.signed_form(**params)))

    def query(self, function: Callable[..., Response[Any]], *args: Any, **params: Any) -> Json:
        extra = {k: v for k, v in params.items() if v is not None}
        return _answer(function(*args, client=self.kit.client, **self.kit.signed_query(extra)))


def _answer(response: Response[Any]) -> Json:
    if response.status_code >= 400:
        raise api_error(response)
    body: Json = json.loads(response.content)
    return body


class EmulatorFaults:
    """Arm, list and clear faults (``/_emulator/faults``)."""

    def __init__(self, signed: _Signed) -> None:
        self._signed = signed

    def add(self, kind: str, **spec: Any) -> Json:
        """Arm any fault (see ``addEmulatorFault``); the fault as listed."""
        fault: Json = self._signed.post(add_emulator_fault.sync_detailed, kind=kind, **spec)["fault"]
        return fault

    def fail_jobs(
        self,
        *,
        robot: str | None = None,
        step: str | None = None,
        error: str = "INJECTED_FAULT",
        message: str | None = None,
        count: int = 1,
        delay: float = 0.0,
    ) -> Json:
        """The next ``count`` jobs of ``robot`` and/or ``step`` fail with ``error`` and ``message``."""
        return self.add("job", robot=robot, step=step, error=error, message=message, count=count, delay=delay)

    def slow_jobs(self, seconds: float, *, robot: str | None = None, step: str | None = None, count: int = 1) -> Json:
        """The next ``count`` jobs of ``robot`` and/or ``step`` take ``seconds`` longer."""
        return self.add("job", robot=robot, step=step, delay=seconds, count=count)

    def rate_limit(self, count: int = 1, retry_in: float = 1.0) -> Json:
        """The next ``count`` creations answer ``RATE_LIMIT_REACHED`` (``Retry-After``: ``retry_in``)."""
        return self.add("creation", count=count, delay=retry_in)

    def fail_deliveries(self, count: int = 1) -> Json:
        """The next ``count`` Notification attempts fail as if the receiver were unreachable."""
        return self.add("delivery", mode="fail", count=count)

    def hang_deliveries(self, seconds: float, count: int = 1) -> Json:
        """The next ``count`` Notification attempts wait ``seconds`` before they are sent."""
        return self.add("delivery", mode="hang", delay=seconds, count=count)

    def list(self) -> list[Json]:
        """The armed faults."""
        items: list[Json] = self._signed.query(list_emulator_faults.sync_detailed)["items"]
        return items

    def clear(self, fault_id: str | None = None) -> None:
        """Disarm one fault, or all."""
        if fault_id is None:
            self._signed.query(clear_emulator_faults.sync_detailed)
        else:
            self._signed.query(delete_emulator_fault.sync_detailed, fault_id)


class EmulatorClock:
    """Read and steer the emulator's time (``/_emulator/clock``)."""

    def __init__(self, signed: _Signed) -> None:
        self._signed = signed

    def read(self) -> Json:
        """``now`` (epoch seconds), ``iso``, ``frozen``, ``offset``."""
        return self._signed.query(get_emulator_clock.sync_detailed)

    def now(self) -> float:
        """The emulator's time in epoch seconds."""
        return float(self.read()["now"])

    def freeze(self, at: float | None = None) -> Json:
        """Stand still at ``at`` (default: now)."""
        return self._signed.post(set_emulator_clock.sync_detailed, action="freeze", at=at)

    def advance(self, seconds: float) -> Json:
        """Move ``seconds`` forward."""
        return self._signed.post(set_emulator_clock.sync_detailed, action="advance", seconds=seconds)

    def unfreeze(self) -> Json:
        """Follow the system clock again from the current reading."""
        return self._signed.post(set_emulator_clock.sync_detailed, action="unfreeze")

    def reset(self) -> Json:
        """The system time again."""
        return self._signed.post(set_emulator_clock.sync_detailed, action="reset")


class EmulatorOutbox:
    """The Notifications sent and pending (``/_emulator/outbox``), and a receiver to send them to."""

    def __init__(self, signed: _Signed, receiver_url: str) -> None:
        self._signed = signed
        #: A ``notify_url`` on loopback that answers 200 to every Notification.
        self.receiver_url = receiver_url

    def list(self, assembly_id: str | None = None) -> list[Json]:
        """Every Notification (of one Assembly), newest first, with ``payload``, ``signature``,
        ``attempts`` and ``answers``."""
        items: list[Json] = self._signed.query(list_emulator_outbox.sync_detailed, assembly_id=assembly_id)["items"]
        return items

    def wait(self, assembly_id: str, timeout: float = 30.0) -> Json:
        """The Assembly's newest Notification once it is no longer pending."""
        deadline = time.monotonic() + timeout
        while True:
            items = self.list(assembly_id)
            if items and items[0]["status"] != "pending":
                return items[0]
            if time.monotonic() > deadline:
                raise TimeoutError(f"no Notification of {assembly_id} was delivered within {timeout} s")
            time.sleep(0.05)


class EmulatorControl:
    """The whole control plane, signed with the kit's key and secret."""

    def __init__(self, kit: Transloadit, receiver_url: str) -> None:
        self._signed = _Signed(kit)
        self.faults = EmulatorFaults(self._signed)
        self.clock = EmulatorClock(self._signed)
        self.outbox = EmulatorOutbox(self._signed, receiver_url)

    def reset(self, account: str | None = None) -> Json:
        """Forget everything (or one account's Assemblies, records, files and Notifications)."""
        return self._signed.post(reset_emulator.sync_detailed, account=account)

    def accounts(self) -> list[Json]:
        """The accounts (never their secrets)."""
        items: list[Json] = self._signed.query(list_emulator_accounts.sync_detailed)["items"]
        return items

    def add_account(
        self, key: str, secret: str, *, scopes: list[str] | None = None, require_signature: bool = True
    ) -> Json:
        """Add an account whose key signs at once (``scopes``: Auth Key scopes it is limited to)."""
        answer = self._signed.post(
            add_emulator_account.sync_detailed,
            key=key,
            secret=secret,
            scopes=scopes,
            require_signature=require_signature,
        )
        account: Json = answer["account"]
        return account

    def remove_account(self, key: str) -> None:
        """Remove an account: its key stops working."""
        self._signed.query(remove_emulator_account.sync_detailed, key)

    def requests(self, limit: int | None = None) -> list[Json]:
        """The last requests the emulator answered, newest first."""
        items: list[Json] = self._signed.query(list_emulator_requests.sync_detailed, limit=limit)["items"]
        return items
