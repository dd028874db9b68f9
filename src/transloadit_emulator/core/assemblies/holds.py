"""Holding an Assembly against the other processes of a cluster while one process changes it."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from ...storage.state import StateStore


class ExclusiveHolds:
    """Holds on Assemblies through the state store (a PostgreSQL advisory lock), reentrant per
    thread: a thread that holds an Assembly already goes on instead of waiting for itself."""

    def __init__(self, store: StateStore) -> None:
        self._store = store
        self._held: set[tuple[int, str]] = set()  # (thread, Assembly id)

    @contextlib.contextmanager
    def hold(self, assembly_id: str) -> Iterator[None]:
        """No other process changes the Assembly during the block (they wait)."""
        mine = (threading.get_ident(), assembly_id)
        if mine in self._held:
            yield
            return
        with self._store.exclusive(assembly_id):
            self._held.add(mine)
            try:
                yield
            finally:
                self._held.discard(mine)
