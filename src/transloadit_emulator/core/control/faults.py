"""Faults injected on purpose: failing or slow robot jobs, refused creations, broken Notifications,
paused final writes.

A fault is armed for its next ``count`` matches and disarmed when they are used up or cleared.
The executor asks :meth:`FaultBoard.take_job` once per Step (its one entry into robots), the
limits ask :meth:`take_creation` once per creation, the Notification sender
:meth:`take_delivery` once per attempt, the board :meth:`pause_ending` once per Assembly that
ends. The armed faults live in a :class:`FaultStore`: in this process (a lock and a scan of the
armed faults, none in normal use, so the cost when nothing is armed is a list check), or in a
cluster's Redis, where every API process and worker sees and uses up the same faults.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any, Protocol

from ...errors import TransloaditError
from ..clock import Clock, IdSource

#: What a fault acts on.
JOB, CREATION, DELIVERY, ENDING = "job", "creation", "delivery", "ending"
KINDS = (JOB, CREATION, DELIVERY, ENDING)
#: What a delivery fault does: the attempt fails (as an unreachable receiver), or hangs first.
FAIL, HANG = "fail", "hang"
MAX_COUNT = 10_000
MAX_SECONDS = 600.0
_CODE = "EMULATOR_INVALID_FAULT"


@dataclass
class Fault:
    """One armed fault."""

    id: str
    kind: str
    #: How many more matches it acts on.
    remaining: int
    #: ``job``: the robot (``/image/resize``) or Step name it matches; None matches every job.
    robot: str | None = None
    step: str | None = None
    #: ``job``: the error code and message the Step fails with (None: it only takes longer).
    error: str | None = None
    message: str | None = None
    #: ``job``: extra seconds the job takes; ``delivery`` with ``hang``: seconds the attempt hangs.
    delay: float = 0.0
    #: ``delivery``: ``fail`` or ``hang``.
    mode: str | None = None
    #: ``ending``: the ``ok`` or ``error`` code of the endings it pauses; None: every ending.
    ending: str | None = None
    created: float = 0.0
    #: How many matches it acted on so far.
    used: int = 0

    def as_json(self) -> dict[str, Any]:
        """The fault as the control plane lists it."""
        return asdict(self)

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> Fault:
        """A fault from :meth:`as_json` (as a shared store keeps it)."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in value.items() if k in names})

    def matches(self, kind: str, attrs: Mapping[str, str]) -> bool:
        """Whether it acts on a ``kind`` event with these attributes (an unset one matches any)."""
        return self.kind == kind and all(getattr(self, name) in (None, value) for name, value in attrs.items())


class FaultStore(Protocol):
    """Where the armed faults live, in the order they were added."""

    def add(self, fault: Fault) -> None:
        """Arm ``fault``."""
        ...

    def list(self) -> list[Fault]:
        """The armed faults."""
        ...

    def clear(self, fault_id: str | None) -> int:
        """Disarm one fault (by id) or all; how many were disarmed."""
        ...

    def take(self, kind: str, attrs: Mapping[str, str]) -> Fault | None:
        """The first fault that matches, counted as used (disarmed once used up), atomically."""
        ...


class MemoryFaults:
    """:class:`FaultStore` of one process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        """Arm ``fault``."""
        with self._lock:
            self._faults.append(fault)

    def list(self) -> list[Fault]:
        """The armed faults."""
        with self._lock:
            return list(self._faults)

    def clear(self, fault_id: str | None) -> int:
        """Disarm one fault (by id) or all; how many were disarmed."""
        with self._lock:
            before = len(self._faults)
            self._faults = [f for f in self._faults if fault_id is not None and f.id != fault_id]
            return before - len(self._faults)

    def take(self, kind: str, attrs: Mapping[str, str]) -> Fault | None:
        """The first fault that matches, counted as used; None when none does."""
        if not self._faults:  # the usual case: nothing armed, no lock
            return None
        with self._lock:
            for fault in self._faults:
                if fault.matches(kind, attrs):
                    fault.remaining -= 1
                    fault.used += 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                    return fault
        return None


class FaultBoard:
    """The armed faults, in the order they were added; the first that matches acts."""

    def __init__(self, clock: Clock, ids: IdSource, store: FaultStore | None = None) -> None:
        self.clock = clock
        self.ids = ids
        self._store = store or MemoryFaults()

    def add(self, spec: dict[str, Any]) -> Fault:
        """Arm a fault from its params (see ``parse``); ``EMULATOR_INVALID_FAULT`` when they do not make one."""
        fault = parse(spec, self.ids.new_id(), self.clock.now())
        self._store.add(fault)
        return fault

    def list(self) -> list[Fault]:
        """The armed faults."""
        return self._store.list()

    def clear(self, fault_id: str | None = None) -> int:
        """Disarm one fault (by id) or all; how many were disarmed."""
        return self._store.clear(fault_id)

    def take_job(self, robot: str, step: str) -> Fault | None:
        """The fault that acts on this job, counted as used; None when none matches."""
        return self._store.take(JOB, {"robot": robot, "step": step})

    def take_creation(self) -> Fault | None:
        """The fault that refuses this creation with ``RATE_LIMIT_REACHED``, if one is armed."""
        return self._store.take(CREATION, {})

    def take_delivery(self) -> Fault | None:
        """The fault that breaks this Notification attempt, if one is armed."""
        return self._store.take(DELIVERY, {})

    def pause_ending(self, code: str) -> None:
        """Wait before an Assembly's final write (``code``: its ``ok`` or ``error``), if a fault
        says so: the board's lock is held, so whatever else ends it must wait or win first."""
        fault = self._store.take(ENDING, {"ending": code})
        if fault is not None and fault.delay:
            time.sleep(fault.delay)


def parse(spec: dict[str, Any], fault_id: str, now: float) -> Fault:
    """A fault from control-plane params: ``kind`` (``job``, ``creation``, ``delivery``, ``ending``),
    ``count`` (default 1), and for jobs ``robot`` and/or ``step``, ``error`` + ``message`` and/or
    ``delay``; for deliveries ``mode`` (``fail``, ``hang``) and ``delay`` (the hang's seconds); for
    endings ``delay`` and optionally ``ending`` (the ``ok`` or ``error`` code it pauses)."""
    kind = spec.get("kind")
    if kind not in KINDS:
        raise TransloaditError(_CODE, f"kind must be one of {', '.join(KINDS)}, got {kind!r}.")
    count = _number(spec, "count", 1, MAX_COUNT, integer=True)
    delay = _number(spec, "delay", 0, MAX_SECONDS)
    fault = Fault(id=fault_id, kind=kind, remaining=int(count), delay=float(delay), created=now)
    if kind == JOB:
        fault.robot = _text(spec, "robot")
        fault.step = _text(spec, "step")
        fault.error = _text(spec, "error")
        fault.message = _text(spec, "message")
        if fault.error is None and fault.delay == 0:
            raise TransloaditError(_CODE, "A job fault needs an error code, a delay, or both.")
    elif kind == DELIVERY:
        mode = spec.get("mode", FAIL)
        if mode not in (FAIL, HANG):
            raise TransloaditError(_CODE, f"mode must be fail or hang, got {mode!r}.")
        fault.mode = mode
    elif kind == ENDING:
        fault.ending = _text(spec, "ending")
        if fault.delay == 0:
            raise TransloaditError(_CODE, "An ending fault needs a delay.")
    return fault


def _text(spec: dict[str, Any], name: str) -> str | None:
    value = spec.get(name)
    if value is None:
        return None
    if not isinstance(value, str) or not value or len(value) > 1000:
        raise TransloaditError(_CODE, f"{name} must be a non-empty string of at most 1000 characters.")
    return value


def _number(spec: dict[str, Any], name: str, default: float, top: float, *, integer: bool = False) -> float:
    value = spec.get(name, default)
    allowed = (int,) if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, allowed) or not (0 <= value <= top):
        kind = "an integer" if integer else "a number"
        raise TransloaditError(_CODE, f"{name} must be {kind} from 0 to {top:g}, got {value!r}.")
    if integer and value < 1:
        raise TransloaditError(_CODE, f"{name} must be at least 1.")
    return value
