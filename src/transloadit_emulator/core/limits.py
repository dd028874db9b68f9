"""Per-account Assembly limits: creations per minute and Assemblies running at once.

Over a limit the API answers ``RATE_LIMIT_REACHED`` with ``info.retryIn`` and a ``Retry-After``
header. We answer 429: it is what HTTP means by "too many requests", Uppy pauses its queue on 429,
and the SDKs retry on the error code whatever the status (the real API has also been seen to use 413).

What is counted lives behind two small interfaces, so several API processes can share it:
:class:`CreationLog` (creations in the sliding window) and :class:`AssemblyLeases` (Assemblies
running per account). The in-memory ones here are the single-process default; the PostgreSQL ones
(``storage/postgres/limits.py``) make each check-and-count one transaction under a per-account lock.
"""

from __future__ import annotations

import math
import sys
import threading
from collections import deque
from typing import Protocol

from ..errors import TransloaditError
from ..storage.failure import StoreFailure
from .clock import Clock
from .control.faults import FaultBoard

_WINDOW_S = 60.0


class CreationLog(Protocol):
    """The creations of each account in a sliding window."""

    def admit(self, account_key: str, now: float, window_s: float, limit: int) -> float | None:
        """Count a creation at ``now`` unless ``limit`` were counted in ``(now - window_s, now]``.

        None when counted; otherwise (nothing counted) the time the oldest counted one leaves the window.
        """
        ...

    def count(self, account_key: str, now: float, window_s: float) -> int:
        """How many creations of the account lie in ``(now - window_s, now]``."""
        ...


class AssemblyLeases(Protocol):
    """Which Assemblies of each account are running (uploading or executing)."""

    def take(self, account_key: str, assembly_id: str, limit: int, now: float) -> int | None:
        """Hold a lease for the Assembly unless the account holds ``limit``; None when held, else how many are."""
        ...

    def give_back(self, assembly_id: str) -> None:
        """The Assembly stopped running (finished, failed or canceled); idempotent."""
        ...

    def held(self, account_key: str) -> int:
        """How many leases the account holds."""
        ...


class MemoryCreationLog:
    """:class:`CreationLog` of this process."""

    def __init__(self) -> None:
        self._created: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def admit(self, account_key: str, now: float, window_s: float, limit: int) -> float | None:
        """Count a creation unless the window is full; when full, when its oldest one leaves."""
        with self._lock:
            window = self._created.setdefault(account_key, deque())
            while window and window[0] <= now - window_s:
                window.popleft()
            if len(window) >= limit:
                return window[0] + window_s
            window.append(now)
            return None

    def count(self, account_key: str, now: float, window_s: float) -> int:
        """How many creations the window holds now."""
        with self._lock:
            return sum(1 for t in self._created.get(account_key, ()) if t > now - window_s)


class MemoryAssemblyLeases:
    """:class:`AssemblyLeases` of this process."""

    def __init__(self) -> None:
        self._accounts: dict[str, str] = {}  # assembly id -> account key
        self._lock = threading.Lock()

    def take(self, account_key: str, assembly_id: str, limit: int, now: float) -> int | None:
        """Hold a lease unless the account holds ``limit`` already."""
        with self._lock:
            if assembly_id in self._accounts:
                return None
            held = sum(1 for key in self._accounts.values() if key == account_key)
            if held >= limit:
                return held
            self._accounts[assembly_id] = account_key
            return None

    def give_back(self, assembly_id: str) -> None:
        """Forget the Assembly's lease."""
        with self._lock:
            self._accounts.pop(assembly_id, None)

    def held(self, account_key: str) -> int:
        """How many leases the account holds."""
        with self._lock:
            return sum(1 for key in self._accounts.values() if key == account_key)


class AssemblyLimits:
    """A sliding one-minute window of creations per account, and a cap on running Assemblies."""

    def __init__(
        self,
        clock: Clock,
        per_minute: int,
        concurrent: int,
        *,
        log: CreationLog | None = None,
        leases: AssemblyLeases | None = None,
        faults: FaultBoard | None = None,
    ) -> None:
        self.clock = clock
        #: The control plane's faults: a ``creation`` fault refuses the next creations.
        self.faults = faults
        self.per_minute = per_minute
        self.concurrent = concurrent
        self.log: CreationLog = log or MemoryCreationLog()
        self.leases: AssemblyLeases = leases or MemoryAssemblyLeases()

    def admit(self, account_key: str, assembly_id: str) -> None:
        """A new Assembly: hold its running lease and count its creation, or raise
        RATE_LIMIT_REACHED having done neither. Shared across processes when the log and the
        leases are (PostgreSQL). An armed ``creation`` fault refuses it the same way."""
        fault = self.faults.take_creation() if self.faults is not None else None
        if fault is not None:
            raise _limited(f"injected fault {fault.id}.", max(1, math.ceil(fault.delay)))
        self.take_running(account_key, assembly_id)
        now = self.clock.now()
        frees_at = self.log.admit(account_key, now, _WINDOW_S, self.per_minute)
        if frees_at is not None:
            self.give_back(assembly_id)
            retry_in = max(1, math.ceil(frees_at - now))
            raise _limited(f"{self.per_minute} Assemblies were created in the last minute.", retry_in)

    def created_last_minute(self, account_key: str) -> int:
        """How many of the account's creations the sliding window holds now."""
        return self.log.count(account_key, self.clock.now(), _WINDOW_S)

    def retake(self, account_key: str, assembly_id: str) -> None:
        """Hold the lease of an Assembly that is running already (resumed, replayed, held again
        after a restart), whatever the cap: it counts, but is never refused."""
        self.leases.take(account_key, assembly_id, sys.maxsize, self.clock.now())

    def take_running(self, account_key: str, assembly_id: str) -> None:
        """Hold a running-Assembly lease for the account (shared across processes), or raise RATE_LIMIT_REACHED."""
        try:
            held = self.leases.take(account_key, assembly_id, self.concurrent, self.clock.now())
        except StoreFailure as exc:  # the leases are shared in the database (PostgreSQL)
            raise cannot_count_running(exc) from None
        if held is not None:
            raise _too_many_running(held, self.concurrent)

    def give_back(self, assembly_id: str) -> None:
        """The Assembly stopped running: its lease frees a place."""
        self.leases.give_back(assembly_id)


def cannot_count_running(exc: StoreFailure) -> TransloaditError:
    """The database that shares the running Assemblies' leases failed."""
    return TransloaditError("CANNOT_FETCH_ACTIVE_ASSEMBLIES", f"The running Assemblies could not be counted: {exc}")


def _too_many_running(running: int, limit: int) -> TransloaditError:
    return _limited(f"{running} Assemblies of this account are running; the limit is {limit}.", 5)

    def created_last_minute(self, account_key: str) -> int:
        """How many of the account's creations the sliding window holds now."""
        now = self.clock.now()
        with self._lock:
            return sum(1 for t in self._created.get(account_key, ()) if t > now - _WINDOW_S)


def _limited(message: str, retry_in: int) -> TransloaditError:
    return TransloaditError(
        "RATE_LIMIT_REACHED",
        f"Request limit reached: {message}",
        info={"retryIn": retry_in},
        headers={"Retry-After": str(retry_in)},
    )
