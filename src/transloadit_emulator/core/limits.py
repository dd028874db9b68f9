"""Per-account Assembly limits: creations per minute and Assemblies running at once.

Over a limit the API answers ``RATE_LIMIT_REACHED`` with ``info.retryIn`` and a ``Retry-After``
header. We answer 429: it is what HTTP means by "too many requests", Uppy pauses its queue on 429,
and the SDKs retry on the error code whatever the status (the real API has also been seen to use 413).
"""

from __future__ import annotations

import math
import threading
from collections import deque

from ..errors import TransloaditError
from .clock import Clock
from .control.faults import FaultBoard

_WINDOW_S = 60.0


class AssemblyLimits:
    """A sliding one-minute window of creations per account, and a cap on running Assemblies."""

    def __init__(self, clock: Clock, per_minute: int, concurrent: int, faults: FaultBoard | None = None) -> None:
        self.clock = clock
        self.faults = faults
        self.per_minute = per_minute
        self.concurrent = concurrent
        self._created: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def admit_creation(self, account_key: str, running: int) -> None:
        """Count one creation for the account, or raise RATE_LIMIT_REACHED without counting it
        (also when the control plane armed a ``creation`` fault)."""
        fault = self.faults.take_creation() if self.faults is not None else None
        if fault is not None:
            raise _limited(f"injected fault {fault.id}.", max(1, math.ceil(fault.delay)))
        if running >= self.concurrent:
            raise _limited(f"{running} Assemblies of this account are running; the limit is {self.concurrent}.", 5)
        now = self.clock.now()
        with self._lock:
            window = self._created.setdefault(account_key, deque())
            while window and window[0] <= now - _WINDOW_S:
                window.popleft()
            if len(window) >= self.per_minute:
                retry_in = max(1, math.ceil(window[0] + _WINDOW_S - now))
                raise _limited(f"{self.per_minute} Assemblies were created in the last minute.", retry_in)
            window.append(now)

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
