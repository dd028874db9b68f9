"""Time and id sources, injected so tests can control them."""

from __future__ import annotations

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
