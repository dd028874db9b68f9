"""The board of Assemblies: which are running, the status bytes readers get, live events and
finish listeners. Every status change is applied here, under one lock, through a transition.

- **Admission** counts a new Assembly against its account's limits and reserves its id in one
  step under the lock, so simultaneous creations can never exceed the running cap. The running
  count is the limits' leases (one per Assembly, taken at admission, given back on the final
  transition), which PostgreSQL shares between processes.
- **Status bytes** of recent Assemblies are cached with their account, so a status read (signed
  or not) needs no database read. A change during execution only marks the bytes stale (the
  next read serializes once); what a Step changes is not written to the database either, so a
  Step costs the same however large the status is. Milestones (creation, start, uploads, the
  end, notifications) are persisted; an execution cut short by a stop starts over anyway.
- **Live events** are the deltas the transitions return, handed to the listeners as they are.
- **Shared** (several processes, an :class:`EventBus`): every change is persisted and announced on
  the bus (its events, or none), and comes back to each process through :meth:`remote_events`, which
  drops the cached bytes of an Assembly this process does not run and feeds the SSE listeners. A
  read from the database is cached only when no change arrived while it was under way.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections import OrderedDict
from collections.abc import AsyncGenerator, Callable
from typing import Any, Protocol

import orjson

from ...errors import TransloaditError
from ...ids import is_id
from ...storage.failure import StoreFailure
from ...storage.state import StateStore
from ..control.faults import FaultBoard
from ..limits import AssemblyLimits, cannot_count_running
from .events import Event, EventHub, events_between
from .holds import ExclusiveHolds
from .lifecycle import AssemblyStatus, Events
from .model import Assembly
from .status import BUSY

#: Told ``(account_key, status)`` once when an Assembly ends.
FinishListener = Callable[[str, dict[str, Any]], None]
Transition = Callable[[AssemblyStatus], Events | None]
_CACHE_SIZE = 10_000
#: Uploads must end within 8 hours of the Assembly's creation (the vendor's documented limit).
UPLOAD_LIMIT_S = 8 * 3600


class EventBus(Protocol):
    """Carries live events to every process (Redis pub/sub in a cluster)."""

    def publish(self, assembly_id: str, events: Events) -> None:
        """Send the events; every process's board gets them back through ``remote_events``."""
        ...


def not_found(assembly_id: str) -> TransloaditError:
    """``ASSEMBLY_NOT_FOUND`` for ``assembly_id``."""
    return TransloaditError(
        "ASSEMBLY_NOT_FOUND", f"The Assembly {assembly_id!r} does not exist.", assembly_id=assembly_id
    )


class AssemblyBoard:
    """Running Assemblies, their admission, cached status bytes, events and finish listeners."""

    def __init__(
        self,
        store: StateStore,
        limits: AssemblyLimits,
        events: EventHub | None = None,
        bus: EventBus | None = None,
        faults: FaultBoard | None = None,
    ) -> None:
        self.store = store
        self.limits = limits
        #: Faults that pause an Assembly's final write (control plane); None: none can be armed.
        self.faults = faults
        self.events = events or EventHub()
        self.bus = bus
        #: Changes announced by the bus so far: a database read that saw one meanwhile is not cached.
        self._remote_changes = 0
        self._lock = threading.RLock()
        self._running: dict[str, Assembly] = {}
        #: Ids admitted whose creation is under way, with their account.
        self._reserved: dict[str, str] = {}
        #: ``id -> (account_key, status bytes or None when stale)``, most recent last.
        self._entries: OrderedDict[str, tuple[str, bytes | None]] = OrderedDict()
        self._listeners: list[FinishListener] = []
        self._holds = ExclusiveHolds(store) if bus is not None else None

    @property
    def lock(self) -> threading.RLock:
        """The board's lock: hold it to read and then change an Assembly as one step."""
        return self._lock

    # -- admission and registration --------------------------------------------------------

    def admit(self, account_key: str, assembly_id: str) -> None:
        """Count a new Assembly against the account's limits and reserve its id, atomically.

        Raises ``RATE_LIMIT_REACHED`` (running cap or creations per minute) or
        ``DO_NOT_REUSE_ASSEMBLY_IDS``; then :meth:`open` or :meth:`withdraw` must follow.
        """
        with self._lock:
            if assembly_id in self._reserved or assembly_id in self._entries or self.store.exists(assembly_id):
                raise TransloaditError(
                    "DO_NOT_REUSE_ASSEMBLY_IDS",
                    f"An Assembly with the id {assembly_id} already exists; choose a new id.",
                    assembly_id=assembly_id,
                )
            self.limits.admit(account_key, assembly_id)
            self._reserved[assembly_id] = account_key

    def active(self, account_key: str) -> int:
        """The account's Assemblies uploading or executing (reserved ones too): its running leases,
        across every process that shares them."""
        try:
            return self.limits.leases.held(account_key)
        except StoreFailure as exc:
            raise cannot_count_running(exc) from None

    def withdraw(self, assembly_id: str) -> None:
        """An admitted creation failed: free its id and its place under the cap."""
        with self._lock:
            if self._reserved.pop(assembly_id, None) is not None:
                self.limits.give_back(assembly_id)

    def open(self, assembly: Assembly) -> None:
        """A new, replayed or resumed Assembly is running: persist it and show its status."""
        with self._lock:
            if self._reserved.pop(assembly.id, None) is None:
                self.limits.retake(assembly.account_key, assembly.id)
            self._running[assembly.id] = assembly
            try:
                self._changed(assembly, [], persist=True)
            except StoreFailure:  # never stored: it does not exist, and holds no place under the cap
                self._running.pop(assembly.id, None)
                self.limits.give_back(assembly.id)
                raise

    def hold(self, assembly_id: str) -> Assembly:
        """The Assembly, kept in memory while it is busy (one object for every change to it),
        also when a restart left it only in the database; ``ASSEMBLY_NOT_FOUND`` when unknown."""
        with self._lock:
            running = self._running.get(assembly_id)
            if running is not None and not self._shared_upload(running):
                return running
            assembly = self.load(assembly_id)
            if running is not None:  # read again: its uploads may go to any API process
                assembly.pixels = running.pixels
                del self._running[assembly_id]
            if assembly.busy:
                self._running[assembly_id] = assembly
                if running is None:
                    self.limits.retake(assembly.account_key, assembly_id)
            return assembly

    def _shared_upload(self, assembly: Assembly) -> bool:
        """In a cluster, uploads go to any API process: a copy held here is read again to change it."""
        return self.bus is not None and assembly.status.uploading

    def find(self, assembly_id: str) -> Assembly:
        """The running Assembly, else the stored one; ``ASSEMBLY_NOT_FOUND`` when unknown."""
        with self._lock:
            running = self._running.get(assembly_id)
        return running if running is not None else self.load(assembly_id)

    def load(self, assembly_id: str) -> Assembly:
        """The Assembly as stored; ``ASSEMBLY_NOT_FOUND`` when unknown."""
        try:
            stored = self.store.load(assembly_id) if is_id(assembly_id) else None
        except ValueError:  # the stored status is no JSON any more (a damaged row)
            raise TransloaditError(
                "ASSEMBLY_STATUS_PARSE_ERROR",
                "The stored Assembly Status could not be parsed.",
                assembly_id=assembly_id,
            ) from None
        if stored is None:
            raise not_found(assembly_id)
        if not isinstance(stored.status, dict) or stored.status.get("assembly_id") != assembly_id:
            raise TransloaditError(  # JSON, but not this Assembly's Status (a damaged or foreign row)
                "INVALID_ASSEMBLY_STATUS", "The stored Assembly Status is not this Assembly's.", assembly_id=assembly_id
            )
        return Assembly.from_stored(stored)

    # -- changes ---------------------------------------------------------------------------

    def apply(self, assembly: Assembly, transition: Transition, *, persist: bool = True) -> bool:
        """Apply a lifecycle transition and publish it; False when it did not apply (the
        Assembly ended meanwhile, here or in another process). ``persist=False`` for a Step's
        own progress."""
        with self._lock:
            if assembly.lost:
                return False
            was_busy = assembly.busy
            events = transition(assembly.status)
            if events is None:
                return False
            if was_busy and not assembly.busy and self.faults is not None:
                self.faults.pause_ending(assembly.status.error or assembly.status.ok or "")
            return self._changed(assembly, events, persist, guarded=was_busy)

    def expire_uploading(self, now: float) -> list[str]:
        """Fail with ``ASSEMBLY_EXPIRED`` each Assembly still waiting for its uploads
        ``UPLOAD_LIMIT_S`` after its creation, as the vendor's do; the ids of those that expired."""
        message = f"The Assembly expired: its uploads did not arrive within {UPLOAD_LIMIT_S // 3600} hours."
        with self._lock:
            late = [a for a in self._running.values() if a.status.uploading and now - a.created_ts >= UPLOAD_LIMIT_S]
            return [a.id for a in late if self.apply(a, lambda status: status.fail("ASSEMBLY_EXPIRED", message))]

    def apply_by_id(self, assembly_id: str, transition: Transition) -> bool:
        """:meth:`apply` to the Assembly with this id, running or stored (:meth:`exclusive`)."""
        with self.exclusive(assembly_id), self._lock:
            return self.apply(self.hold(assembly_id), transition)

    def exclusive(self, assembly_id: str) -> contextlib.AbstractContextManager[None]:
        """In a cluster, no other process changes the Assembly during the block (two of its tus uploads
        finishing at once on two API processes); before the board's lock, reentrant per thread."""
        return self._holds.hold(assembly_id) if self._holds is not None else contextlib.nullcontext()

    def _changed(self, assembly: Assembly, events: Events, persist: bool, *, guarded: bool = True) -> bool:
        """Caller holds the lock. ``guarded`` (a busy Assembly changed): written only over a stored
        one still busy; if another process ended it first, this copy takes the stored outcome."""
        ended = not assembly.busy and not assembly.announced
        if persist or ended or self.bus is not None:
            assembly.announced = assembly.announced or ended
            if not self.store.save(assembly.to_stored(), assembly.search_text(), over_busy=BUSY if guarded else ()):
                self._adopt_stored(assembly)
                return False
            self._cache(assembly.id, assembly.account_key, assembly.status.to_json())
        else:
            self._cache(assembly.id, assembly.account_key, None)
        if not assembly.busy and (self._running.pop(assembly.id, None) is not None or ended):
            self.limits.give_back(assembly.id)
        if self.bus is not None:
            self.bus.publish(assembly.id, events)
        elif events:
            self.events.publish(assembly.id, events)
        if ended:
            for listener in self._listeners:
                listener(assembly.account_key, assembly.status.copy())
        return True

    def _adopt_stored(self, assembly: Assembly) -> None:
        """Caller holds the lock. Another process ended the Assembly: this copy takes the stored
        outcome (nothing written, announced or told to finish listeners) and stops running here."""
        stored = self.load(assembly.id)
        assembly.status = stored.status
        assembly.blobs = {**assembly.blobs, **stored.blobs}  # so this process releases its own copies too
        assembly.announced = True
        self._running.pop(assembly.id, None)
        self.limits.give_back(assembly.id)
        self._cache(assembly.id, assembly.account_key, assembly.status.to_json())

    def lose(self, assembly_id: str) -> None:
        """This worker's execution lease went to another: its copy changes nothing any more."""
        with self._lock:
            running = self._running.pop(assembly_id, None)
            if running is not None:
                running.lost = True
            self._entries.pop(assembly_id, None)

    def add_finish_listener(self, listener: FinishListener) -> None:
        """Call ``listener(account_key, status)`` once when an Assembly ends (completed, failed,
        canceled). Called under the board's lock: listeners must only queue work."""
        self._listeners.append(listener)

    # -- reads -----------------------------------------------------------------------------

    def status_bytes(self, assembly_id: str) -> bytes:
        """The Assembly's status as sent to clients; ``ASSEMBLY_NOT_FOUND`` when unknown."""
        entry = self._entries.get(assembly_id)
        if entry is not None and entry[1] is not None:
            return entry[1]
        return self._read(assembly_id)[1]

    def owner(self, assembly_id: str) -> str:
        """The account key of the Assembly (from memory when it was read recently)."""
        entry = self._entries.get(assembly_id)
        if entry is not None:
            return entry[0]
        return self._read(assembly_id)[0]

    def _read(self, assembly_id: str) -> tuple[str, bytes]:
        with self._lock:
            running = self._running.get(assembly_id)
            if running is not None:
                return self._cache(assembly_id, running.account_key, running.status.to_json())
            seen = self._remote_changes
        assembly = self.load(assembly_id)
        with self._lock:
            if seen != self._remote_changes:  # it may have changed after our read: do not keep it
                return assembly.account_key, assembly.status.to_json()
            return self._cache(assembly_id, assembly.account_key, assembly.status.to_json())

    def _cache(self, assembly_id: str, account_key: str, body: bytes | None) -> tuple[str, bytes]:
        entry = (account_key, body)
        self._entries[assembly_id] = entry
        self._entries.move_to_end(assembly_id)
        while len(self._entries) > _CACHE_SIZE:
            self._entries.popitem(last=False)
        return account_key, body or b""

    def snapshot(self, assembly_id: str) -> tuple[str, dict[str, Any], bool]:
        """``(account_key, status copy, finished)``; ``ASSEMBLY_NOT_FOUND`` when unknown."""
        with self._lock:
            assembly = self.find(assembly_id)
            return assembly.account_key, assembly.status.copy(), not assembly.busy

    def record_notification(self, assembly_id: str, fields: dict[str, Any]) -> None:
        """How the Assembly's Notification went (``notify_*`` fields), in any state."""
        with self._lock:
            self.apply(self.find(assembly_id), lambda status: status.notification_result(fields))

    def stream(self, assembly_id: str) -> AsyncGenerator[Event, None]:
        """The Assembly's live events until it ends, one by one (see :meth:`stream_batches`)."""
        return self._each(self.stream_batches(assembly_id))

    def stream_batches(self, assembly_id: str) -> AsyncGenerator[list[Event], None]:
        """The Assembly's live events until it ends, a batch per change: first those that bring a
        new listener up to date (a batch, maybe empty), then each change as it happens; the last
        batch ends with the final event. ``ASSEMBLY_NOT_FOUND`` at once. Call on the loop."""
        # Under the lock every change is published: nothing falls between read and subscribe.
        with self._lock:
            current = orjson.loads(self.status_bytes(assembly_id))
            queue = self.events.subscribe(assembly_id)
        return self._follow(assembly_id, current, queue)

    @staticmethod
    async def _each(batches: AsyncGenerator[list[Event], None]) -> AsyncGenerator[Event, None]:
        try:
            async for batch in batches:
                for event in batch:
                    yield event
        finally:
            await batches.aclose()

    async def _follow(
        self, assembly_id: str, current: dict[str, Any], queue: asyncio.Queue[list[Event]]
    ) -> AsyncGenerator[list[Event], None]:
        try:
            batch = events_between(None, current)
            while True:
                final = next((i for i, event in enumerate(batch) if event.final), None)
                yield batch if final is None else batch[: final + 1]
                if final is not None:
                    return
                batch = await queue.get()
        finally:
            self.events.unsubscribe(assembly_id, queue)

    # -- several processes -------------------------------------------------------------------

    def hand_off(self, assembly: Assembly) -> None:
        """Another process executes the Assembly now (a worker): stop holding it here; its
        running lease stays taken until that process ends it."""
        with self._lock:
            self._running.pop(assembly.id, None)
            self._entries.pop(assembly.id, None)

    def remote_events(self, assembly_id: str, events: Events) -> None:
        """Events from the bus (any process, this one included) for this process's listeners.
        An Assembly this process runs that another process ended (a cancel) ends here too,
        without being announced twice (the other process told the finish listeners)."""
        with self._lock:
            self._remote_changes += 1
            running = self._running.get(assembly_id)
            if running is not None and running.busy and any(event.final for event in events):
                if not self.load(assembly_id).busy:
                    self._adopt_stored(running)
            elif running is None or self._shared_upload(running):
                self._running.pop(assembly_id, None)  # an upload's copy is read again; its lease stays
                self._entries.pop(assembly_id, None)
        self.events.publish(assembly_id, events)

    # -- harness ---------------------------------------------------------------------------

    def forget(self, assembly_ids: list[str]) -> None:
        """Forget these Assemblies in memory (their stored rows are gone already): a reset of one
        account, once none of them executes."""
        with self._lock:
            for assembly_id in assembly_ids:
                self._entries.pop(assembly_id, None)
                held = self._running.pop(assembly_id, None) is not None
                if self._reserved.pop(assembly_id, None) is not None or held:
                    self.limits.give_back(assembly_id)

    def clear(self) -> None:
        """Forget every Assembly (tests): running, cached and stored."""
        with self._lock:
            for assembly_id in [*self._running, *self._reserved]:
                self.limits.give_back(assembly_id)
            self._running.clear()
            self._reserved.clear()
            self._entries.clear()
            self.store.clear()
