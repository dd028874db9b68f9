"""Live status events: what changed between two published statuses, and who is listening.

The events are the ones Uppy's ``@uppy/transloadit`` handles on the Server-Sent Events stream:
unnamed ``message`` events whose data is ``assembly_uploading_finished``,
``assembly_upload_meta_data_extracted`` or ``assembly_finished``, and named events
``assembly_upload_finished`` (the upload), ``assembly_result_finished`` (``[step, result]``),
``assembly_execution_progress`` and ``assembly_error`` (the status).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .status import BUSY

FINISHED = "assembly_finished"


@dataclass(frozen=True)
class Event:
    """One Server-Sent Event: ``name`` None is a plain ``message``; ``data`` is JSON-able."""

    name: str | None
    data: Any

    @property
    def final(self) -> bool:
        """After this event the stream ends."""
        return self.data == FINISHED or self.name == "assembly_error"


def events_between(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[Event]:
    """The events a listener that saw ``old`` (None: nothing yet) should get to reach ``new``."""
    old = old or {}
    out: list[Event] = []
    seen_uploads = {u.get("id") for u in old.get("uploads", [])}
    for upload in new.get("uploads", []):
        if upload.get("id") not in seen_uploads:
            out.append(Event("assembly_upload_finished", upload))
    was_uploading = old.get("ok") in (None, "ASSEMBLY_UPLOADING") and "error" not in old
    if was_uploading and new.get("ok") != "ASSEMBLY_UPLOADING" and new.get("uploads") is not None:
        out.append(Event(None, "assembly_uploading_finished"))
        out.append(Event(None, "assembly_upload_meta_data_extracted"))
    old_results = old.get("results", {})
    for step, results in new.get("results", {}).items():
        known = {r.get("id") for r in old_results.get(step, [])}
        out.extend(Event("assembly_result_finished", [step, r]) for r in results if r.get("id") not in known)
    # Progress is news only to a listener that already saw this Assembly executing.
    if old and old.get("started_jobs") != new.get("started_jobs") and new.get("ok") == "ASSEMBLY_EXECUTING":
        out.append(Event("assembly_execution_progress", _progress(new)))
    if "error" in new and "error" not in old:
        out.append(Event("assembly_error", dict(new)))
    elif new.get("ok") not in BUSY and (old.get("ok") in BUSY or not old):
        out.append(Event(None, FINISHED))
    return out


def _progress(status: Mapping[str, Any]) -> dict[str, Any]:
    done = len(status.get("results", {}))
    return {"progress_combined": min(99, done * 10), "progress_per_original_file": []}


class EventHub:
    """Listeners per Assembly, fed from worker threads, read on the event loop.

    The events of one change arrive as one batch: one wake-up of the listener's loop, and one
    write to its stream.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: dict[str, list[tuple[asyncio.AbstractEventLoop, asyncio.Queue[list[Event]]]]] = {}

    def subscribe(self, assembly_id: str) -> asyncio.Queue[list[Event]]:
        """A queue that receives this Assembly's events, a batch per change (call on the event loop)."""
        queue: asyncio.Queue[list[Event]] = asyncio.Queue()
        with self._lock:
            self._listeners.setdefault(assembly_id, []).append((asyncio.get_running_loop(), queue))
        return queue

    def unsubscribe(self, assembly_id: str, queue: asyncio.Queue[list[Event]]) -> None:
        """Stop feeding ``queue``."""
        with self._lock:
            entries = [e for e in self._listeners.get(assembly_id, []) if e[1] is not queue]
            if entries:
                self._listeners[assembly_id] = entries
            else:
                self._listeners.pop(assembly_id, None)

    def publish(self, assembly_id: str, events: list[Event]) -> None:
        """Hand the events of one change to every listener of the Assembly, as one batch (from any thread)."""
        if not events:
            return
        with self._lock:
            entries = list(self._listeners.get(assembly_id, []))
        for loop, queue in entries:
            try:
                loop.call_soon_threadsafe(queue.put_nowait, list(events))
            except RuntimeError:  # the listener's loop is gone
                pass

    def has_listeners(self, assembly_id: str) -> bool:
        """Whether anyone listens to this Assembly (skip diffing when nobody does)."""
        with self._lock:
            return assembly_id in self._listeners
