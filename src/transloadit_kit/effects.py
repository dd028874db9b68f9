"""What a kit operation asks its runner to do: the only I/O there is, as plain values.

Every operation of the kit (create, wait, upload, ...) is written once, as a generator that yields
these effects and receives their outcomes (``flow``). ``runner.py`` performs them either blocking
(``Transloadit``) or awaiting (``AsyncTransloadit``); signing, params, request building, retry
decisions and finished-checks stay in the flows, free of I/O, so nothing is written twice.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, TypeAlias, TypeVar

from transloadit_client import Client

T = TypeVar("T")

#: A kit operation: yields effects, is sent their outcomes (or has their exceptions thrown in), returns T.
Flow: TypeAlias = Generator["Effect", Any, T]


@dataclass(frozen=True)
class Call:
    """A generated endpoint, called as ``endpoint.sync_detailed(*args, client=..., **kwargs)``
    or ``await endpoint.asyncio_detailed(...)``; the outcome is its ``Response``.

    ``client`` is another generated client (a tus server on another host); None is the kit's own.
    """

    endpoint: ModuleType
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    client: Client | None = None


@dataclass(frozen=True)
class Sleep:
    """Pause for ``seconds`` (on the kit's clock); the outcome is None."""

    seconds: float


@dataclass(frozen=True)
class Now:
    """The kit clock's monotonic time in seconds."""


@dataclass(frozen=True)
class Follow:
    """Read the Server-Sent Events at ``url`` until an end event; True when one came, False when the
    stream could not be followed (the flow then polls)."""

    url: str
    timeout: float | None


@dataclass(frozen=True)
class Fetch:
    """GET ``url`` (a result file) with the kit's HTTP client; the outcome is its bytes."""

    url: str


Effect: TypeAlias = Call | Sleep | Now | Follow | Fetch

#: Lines of the Assembly event stream after which nothing more happens.
STREAM_END_LINES = frozenset({"data: assembly_finished", "event: assembly_error"})
