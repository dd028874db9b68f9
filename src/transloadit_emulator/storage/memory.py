"""In-memory :class:`StateStore` and :class:`RecordStore`: nothing survives the process.

They answer exactly as the SQLite stores do (the same test suite runs over both, and a PostgreSQL
store would join it), so they double as the executable description of the store contracts. Values
go in and come out through JSON, as they would from a database, so callers can never share a
mutable dict with the store.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterable
from contextlib import AbstractContextManager, nullcontext
from typing import Any

import orjson

from .records import Record, RecordQuery
from .state import ListQuery, StoredAssembly


def _copy(value: Any) -> Any:
    return orjson.loads(orjson.dumps(value))


class MemoryStateStore:
    """:class:`~.state.StateStore` in a dict."""

    def __init__(self) -> None:
        self._rows: dict[str, tuple[StoredAssembly, str]] = {}
        self._lock = threading.Lock()

    def save(self, assembly: StoredAssembly, search_text: str, *, over_busy: Collection[str] = ()) -> bool:
        """Insert or replace an Assembly (only over a busy one, given ``over_busy``); True when written."""
        kept = StoredAssembly(
            assembly.id, assembly.account_key, assembly.created_ts, _copy(assembly.status), _copy(assembly.internal)
        )
        with self._lock:
            stored = self._rows.get(assembly.id)
            if over_busy and stored is not None:
                status = stored[0].status
                if status.get("error") is not None or status.get("ok") not in over_busy:
                    return False
            self._rows[assembly.id] = (kept, search_text.lower())
        return True

    def load(self, assembly_id: str) -> StoredAssembly | None:
        """One Assembly, or None."""
        with self._lock:
            row = self._rows.get(assembly_id)
        return _assembly(row[0]) if row else None

    def exclusive(self, assembly_id: str) -> AbstractContextManager[None]:
        """One process: nothing to hold."""
        return nullcontext()

    def exists(self, assembly_id: str) -> bool:
        """Whether an Assembly with this id was ever stored."""
        with self._lock:
            return assembly_id in self._rows

    def query(self, q: ListQuery) -> tuple[list[StoredAssembly], int]:
        """A page of Assemblies, newest first (then by id), and the total count matching."""
        with self._lock:
            rows = list(self._rows.values())
        found = [a for a, search in rows if _matches(a, search, q)]
        found.sort(key=lambda a: a.id)
        found.sort(key=lambda a: a.created_ts, reverse=True)
        start = (q.page - 1) * q.pagesize
        return [_assembly(a) for a in found[start : start + q.pagesize]], len(found)

    def ids_with_ok(self, ok_codes: Iterable[str]) -> list[str]:
        """Ids of Assemblies whose ``ok`` is one of ``ok_codes`` (and no ``error``), oldest first."""
        codes = set(ok_codes)
        with self._lock:
            rows = [a for a, _ in self._rows.values()]
        chosen = [a for a in rows if a.status.get("ok") in codes and a.status.get("error") is None]
        return [a.id for a in sorted(chosen, key=lambda a: a.created_ts)]

    def usage(self, account_key: str, from_ts: float, to_ts: float) -> tuple[int, int]:
        """``(assembly count, total bytes_usage)`` of the account's Assemblies created in ``[from_ts, to_ts)``."""
        with self._lock:
            rows = [a for a, _ in self._rows.values()]
        mine = [a for a in rows if a.account_key == account_key and from_ts <= a.created_ts < to_ts]
        return len(mine), sum(int(a.status.get("bytes_usage") or 0) for a in mine)

    def ping(self) -> None:
        """Always answers."""

    def clear(self) -> None:
        """Forget every Assembly."""
        with self._lock:
            self._rows.clear()

    def delete_account(self, account_key: str) -> list[str]:
        """Forget the account's Assemblies; their ids."""
        with self._lock:
            gone = [key for key, (a, _) in self._rows.items() if a.account_key == account_key]
            for key in gone:
                del self._rows[key]
        return gone

    def close(self) -> None:
        """Nothing to release."""


def _assembly(kept: StoredAssembly) -> StoredAssembly:
    return StoredAssembly(kept.id, kept.account_key, kept.created_ts, _copy(kept.status), _copy(kept.internal))


def _matches(a: StoredAssembly, search: str, q: ListQuery) -> bool:
    if a.account_key != q.account_key:
        return False
    ok, error = a.status.get("ok"), a.status.get("error")
    if q.states is not None and not any(
        (error is not None) if state == "ERROR" else (ok == state and error is None) for state in q.states
    ):
        return False
    if q.from_ts is not None and a.created_ts < q.from_ts:
        return False
    if q.to_ts is not None and a.created_ts > q.to_ts:
        return False
    return all(kw.lower() in search for kw in q.keywords)


class MemoryRecordStore:
    """:class:`~.records.RecordStore` in a dict."""

    def __init__(self) -> None:
        self._rows: dict[tuple[str, str], tuple[Record, str]] = {}
        self._lock = threading.Lock()

    def put(self, record: Record) -> None:
        """Insert or replace a record."""
        with self._lock:
            self._rows[(record.kind, record.id)] = _kept(record)

    def insert_new(self, record: Record) -> bool:
        """Insert a record unless one with its kind and id exists; whether it was inserted."""
        with self._lock:
            if (record.kind, record.id) in self._rows:
                return False
            self._rows[(record.kind, record.id)] = _kept(record)
            return True

    def get(self, kind: str, record_id: str) -> Record | None:
        """One record, or None."""
        with self._lock:
            row = self._rows.get((kind, record_id))
        return _record(row[0]) if row else None

    def delete(self, kind: str, record_id: str) -> bool:
        """Remove a record; whether it existed."""
        with self._lock:
            return self._rows.pop((kind, record_id), None) is not None

    def query(self, q: RecordQuery) -> tuple[list[Record], int]:
        """A page of records and the total count matching, in ``sort`` order then by id."""
        with self._lock:
            rows = list(self._rows.values())
        found = [r for r, body in rows if _record_matches(r, body, q)]
        found.sort(key=lambda r: r.id)
        found.sort(key=_SORT_KEYS[q.sort], reverse=q.descending)
        start = (q.page - 1) * q.pagesize
        return [_record(r) for r in found[start : start + q.pagesize]], len(found)

    def purge_expired(self, kind: str, now_ts: float) -> int:
        """Remove records of ``kind`` whose ``modified_ts`` has passed; how many."""
        with self._lock:
            gone = [key for key, (r, _) in self._rows.items() if r.kind == kind and r.modified_ts < now_ts]
            for key in gone:
                del self._rows[key]
        return len(gone)

    def clear(self) -> None:
        """Forget every record."""
        with self._lock:
            self._rows.clear()

    def delete_account(self, account_key: str) -> int:
        """Forget every record of the account; how many."""
        with self._lock:
            gone = [key for key, (r, _) in self._rows.items() if r.account_key == account_key]
            for key in gone:
                del self._rows[key]
        return len(gone)

    def close(self) -> None:
        """Nothing to release."""


_SORT_KEYS: dict[str, Any] = {
    "id": lambda r: r.id,
    "name": lambda r: r.name,
    "created": lambda r: r.created_ts,
    "modified": lambda r: r.modified_ts,
}


def _kept(record: Record) -> tuple[Record, str]:
    """A private copy of the record and the lowered text of its body, for keyword search."""
    body = orjson.dumps(record.body)
    kept = Record(
        record.kind,
        record.id,
        record.account_key,
        orjson.loads(body),
        record.created_ts,
        record.modified_ts,
        record.name,
        record.parent_id,
    )
    return kept, body.decode().lower()


def _record(kept: Record) -> Record:
    r = kept
    return Record(r.kind, r.id, r.account_key, _copy(r.body), r.created_ts, r.modified_ts, r.name, r.parent_id)


def _record_matches(r: Record, body: str, q: RecordQuery) -> bool:
    if r.kind != q.kind:
        return False
    for value, wanted in ((r.account_key, q.account_key), (r.parent_id, q.parent_id), (r.name, q.name)):
        if wanted is not None and value != wanted:
            return False
    if q.from_ts is not None and r.created_ts < q.from_ts:
        return False
    if q.to_ts is not None and r.created_ts > q.to_ts:
        return False
    return all(kw.lower() in r.name.lower() or kw.lower() in body for kw in q.keywords)
