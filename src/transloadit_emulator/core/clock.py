"""Time and id sources, injected so tests can control them."""

from __future__ import annotations

import threading
import time
import uuid
from typing import Protocol


class Clock(Protocol):
    """Wall-clock time in seconds since the epoch."""

    def now(self) -> float:
        """The current time."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> float:
        """The current time from :func:`time.time`."""
        return time.time()


class ManualClock:
    """A clock a test (or the control plane) moves: frozen at ``start``, or following the system
    clock when ``start`` is None. The emulator's clock is one, so ``/_emulator/clock`` can steer it.

    ``advance`` moves it forward either way (a following clock keeps its offset); ``freeze`` stops
    a following clock at its current reading. Shipped here so every test uses the same one.
    """

    def __init__(self, start: float | None = None) -> None:
        self._lock = threading.Lock()
        self._frozen_at = start
        self._offset = 0.0

    def now(self) -> float:
        """The frozen time, or the system time plus every ``advance`` so far."""
        with self._lock:
            if self._frozen_at is not None:
                return self._frozen_at
            return time.time() + self._offset

    def advance(self, seconds: float) -> None:
        """Move the clock ``seconds`` forward (never backward)."""
        if seconds < 0:
            raise ValueError("a clock only moves forward")
        with self._lock:
            if self._frozen_at is not None:
                self._frozen_at += seconds
            else:
                self._offset += seconds

    def freeze(self, at: float | None = None) -> None:
        """Stand still at ``at`` (default: the current reading)."""
        reading = self.now() if at is None else at
        with self._lock:
            self._frozen_at = reading

    def unfreeze(self) -> None:
        """Follow the system clock again from the current reading (keeping the time advanced)."""
        with self._lock:
            if self._frozen_at is not None:
                self._offset = self._frozen_at - time.time()
                self._frozen_at = None

    def reset(self) -> None:
        """Follow the system clock exactly again: not frozen, nothing advanced."""
        with self._lock:
            self._frozen_at = None
            self._offset = 0.0

    def state(self) -> tuple[float | None, float]:
        """``(frozen_at, offset)``: what :meth:`restore` takes to make another clock read the same."""
        with self._lock:
            return self._frozen_at, self._offset

    def restore(self, frozen_at: float | None, offset: float) -> None:
        """Read as the clock whose :meth:`state` this is (a cluster's processes share one time)."""
        with self._lock:
            self._frozen_at, self._offset = frozen_at, offset

    @property
    def frozen(self) -> bool:
        """Whether the clock stands still."""
        return self._frozen_at is not None

    @property
    def offset(self) -> float:
        """Seconds the reading is ahead of the system clock."""
        return self.now() - time.time()


class IdSource(Protocol):
    """Fresh 32-hex ids for Assemblies and files."""

    def new_id(self) -> str:
        """A new unique id."""
        ...


class UuidIds:
    """Random UUIDv4 ids without dashes, as Transloadit's."""

    def new_id(self) -> str:
        """A new random id."""
        return uuid.uuid4().hex
