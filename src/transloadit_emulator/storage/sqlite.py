"""The one SQLite database of a data directory: one connection, one lock, shared by every store.

Assemblies (``state.py``) and the other records (``records.py``) live in the same file. One
connection serves the HTTP threads and the executor threads alike, guarded by one lock: writes are
small and SQLite serializes them anyway, and two connections to one file would only add a second
lock and the busy-waiting between them.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .failure import StoreFailure


class SqliteDatabase:
    """``<data-dir>/state.sqlite3`` (WAL), opened once; stores add their tables with :meth:`ensure`."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        self._closed = False
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            # Python's lower(): SQLite's own lowers ASCII only, so "É" would never find "é".
            self._db.create_function("py_lower", 1, _lower, deterministic=True)

    def ensure(self, schema: str) -> None:
        """Create tables and indexes that do not exist yet."""
        with self.connection() as db:
            db.executescript(schema)

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """The connection, held under the lock for the ``with`` block; a failing statement
        raises :class:`StoreFailure`."""
        with self._lock:
            try:
                yield self._db
            except sqlite3.Error as exc:
                raise StoreFailure(f"SQLite: {exc}") from exc

    def close(self) -> None:
        """Close the connection (once; every store sharing it is closed with it)."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self._db.close()


def _lower(value: str | bytes | int | float | None) -> str | bytes | int | float | None:
    return value.lower() if isinstance(value, str) else value
