"""Persistent Assembly state. SQLite (WAL) in the data directory by default.

The store keeps each Assembly as its public status JSON plus private bookkeeping, and a few
indexed columns for listing. It is behind :class:`StateStore` so another backend (PostgreSQL for
several processes) can be added without touching the domain.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any, Protocol

import orjson

from .sqlite import SqliteDatabase


@dataclass
class StoredAssembly:
    """One Assembly as persisted: its public status and private bookkeeping."""

    id: str
    account_key: str
    created_ts: float
    status: dict[str, Any]
    internal: dict[str, Any]


@dataclass(frozen=True)
class ListQuery:
    """Filters of an Assembly listing."""

    account_key: str
    page: int = 1
    pagesize: int = 50
    states: tuple[str, ...] | None = None  # ok codes; "ERROR" selects failed Assemblies
    from_ts: float | None = None
    to_ts: float | None = None
    keywords: tuple[str, ...] = ()


class StateStore(Protocol):
    """What the domain needs from persistence."""

    def save(self, assembly: StoredAssembly, search_text: str, *, over_busy: Collection[str] = ()) -> bool:
        """Insert or replace an Assembly; True when written. With ``over_busy`` (the ``ok`` codes
        of a busy Assembly) a stored row is replaced only while it is busy (its ``ok`` one of them,
        no ``error``), atomically: a write that finds the Assembly ended writes nothing (False)."""
        ...

    def load(self, assembly_id: str) -> StoredAssembly | None:
        """One Assembly, or None."""
        ...

    def exclusive(self, assembly_id: str) -> AbstractContextManager[None]:
        """Keep other processes from changing the Assembly during the block (they wait): for a
        read-change-write that is not one of the conditional writes. One process: nothing to hold."""
        ...

    def exists(self, assembly_id: str) -> bool:
        """Whether an Assembly with this id was ever stored."""
        ...

    def query(self, q: ListQuery) -> tuple[list[StoredAssembly], int]:
        """A page of Assemblies, newest first, and the total count matching."""
        ...

    def ids_with_ok(self, ok_codes: Iterable[str]) -> list[str]:
        """Ids of Assemblies whose ``ok`` is one of ``ok_codes`` (to resume after a restart)."""
        ...

    def usage(self, account_key: str, from_ts: float, to_ts: float) -> tuple[int, int]:
        """``(assembly count, total bytes_usage)`` of the account's Assemblies created in ``[from_ts, to_ts)``."""
        ...

    def ping(self) -> None:
        """Raise unless the database answers now (readiness)."""
        ...

    def clear(self) -> None:
        """Forget every Assembly."""
        ...

    def delete_account(self, account_key: str) -> list[str]:
        """Forget the account's Assemblies; their ids."""
        ...

    def close(self) -> None:
        """Release the database."""
        ...


_SCHEMA = """
CREATE TABLE IF NOT EXISTS assemblies (
    id TEXT PRIMARY KEY,
    account_key TEXT NOT NULL,
    created_ts REAL NOT NULL,
    ok TEXT,
    error TEXT,
    search TEXT NOT NULL,
    status BLOB NOT NULL,
    internal BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS assemblies_account_created ON assemblies (account_key, created_ts);
"""


class SqliteStateStore:
    """:class:`StateStore` on the data directory's SQLite database (shared with the record store)."""

    def __init__(self, database: SqliteDatabase) -> None:
        self._database = database
        database.ensure(_SCHEMA)

    def save(self, assembly: StoredAssembly, search_text: str, *, over_busy: Collection[str] = ()) -> bool:
        """Insert or replace an Assembly (only over a busy one, given ``over_busy``); True when written."""
        status = assembly.status
        row = (
            assembly.id,
            assembly.account_key,
            assembly.created_ts,
            status.get("ok"),
            status.get("error"),
            search_text.lower(),
            orjson.dumps(status),
            orjson.dumps(assembly.internal),
        )
        codes = sorted(over_busy)
        # The marks are one per busy code, never input: the statement is fixed but for their count.
        guard = f" WHERE assemblies.error IS NULL AND assemblies.ok IN ({','.join('?' * len(codes))})" if codes else ""
        with self._database.connection() as db:
            written = db.execute(
                "INSERT INTO assemblies (id, account_key, created_ts, ok, error, search, status, internal)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                " account_key = excluded.account_key, created_ts = excluded.created_ts, ok = excluded.ok,"
                " error = excluded.error, search = excluded.search, status = excluded.status,"
                " internal = excluded.internal" + guard,
                [*row, *codes],
            ).rowcount
        return written > 0

    def load(self, assembly_id: str) -> StoredAssembly | None:
        """One Assembly, or None."""
        with self._database.connection() as db:
            row = db.execute(
                "SELECT id, account_key, created_ts, status, internal FROM assemblies WHERE id = ?",
                (assembly_id,),
            ).fetchone()
        return _row_to_assembly(row) if row else None

    def exclusive(self, assembly_id: str) -> AbstractContextManager[None]:
        """One process owns the data directory: nothing to hold."""
        return nullcontext()

    def exists(self, assembly_id: str) -> bool:
        """Whether an Assembly with this id was ever stored."""
        with self._database.connection() as db:
            row = db.execute("SELECT 1 FROM assemblies WHERE id = ?", (assembly_id,)).fetchone()
        return row is not None

    def query(self, q: ListQuery) -> tuple[list[StoredAssembly], int]:
        """A page of Assemblies, newest first, and the total count matching."""
        where = ["account_key = ?"]
        args: list[Any] = [q.account_key]
        if q.states is not None:
            clauses = []
            for state in q.states:
                if state == "ERROR":
                    clauses.append("error IS NOT NULL")
                else:
                    clauses.append("(ok = ? AND error IS NULL)")
                    args.append(state)
            where.append("(" + " OR ".join(clauses) + ")")
        if q.from_ts is not None:
            where.append("created_ts >= ?")
            args.append(q.from_ts)
        if q.to_ts is not None:
            where.append("created_ts <= ?")
            args.append(q.to_ts)
        for kw in q.keywords:
            where.append("instr(search, ?) > 0")
            args.append(kw.lower())
        sql_where = " AND ".join(where)
        offset = (q.page - 1) * q.pagesize
        with self._database.connection() as db:
            total = db.execute(f"SELECT COUNT(*) FROM assemblies WHERE {sql_where}", args).fetchone()[0]
            rows = db.execute(
                f"SELECT id, account_key, created_ts, status, internal FROM assemblies "
                f"WHERE {sql_where} ORDER BY created_ts DESC, id LIMIT ? OFFSET ?",
                [*args, q.pagesize, offset],
            ).fetchall()
        return [_row_to_assembly(r) for r in rows], int(total)

    def ids_with_ok(self, ok_codes: Iterable[str]) -> list[str]:
        """Ids of Assemblies whose ``ok`` is one of ``ok_codes``."""
        codes = list(ok_codes)
        marks = ",".join("?" for _ in codes)
        with self._database.connection() as db:
            rows = db.execute(
                f"SELECT id FROM assemblies WHERE ok IN ({marks}) AND error IS NULL ORDER BY created_ts",
                codes,
            ).fetchall()
        return [r[0] for r in rows]

    def usage(self, account_key: str, from_ts: float, to_ts: float) -> tuple[int, int]:
        """``(assembly count, total bytes_usage)`` of the account's Assemblies created in ``[from_ts, to_ts)``."""
        with self._database.connection() as db:
            row = db.execute(
                "SELECT COUNT(*), COALESCE(SUM(json_extract(CAST(status AS TEXT), '$.bytes_usage')), 0) "
                "FROM assemblies WHERE account_key = ? AND created_ts >= ? AND created_ts < ?",
                (account_key, from_ts, to_ts),
            ).fetchone()
        return int(row[0]), int(row[1])

    def ping(self) -> None:
        """Raise unless the database file answers a query."""
        with self._database.connection() as db:
            db.execute("SELECT 1 FROM assemblies LIMIT 1").fetchall()

    def clear(self) -> None:
        """Forget every Assembly."""
        with self._database.connection() as db:
            db.execute("DELETE FROM assemblies")

    def delete_account(self, account_key: str) -> list[str]:
        """Forget the account's Assemblies; their ids."""
        with self._database.connection() as db:
            rows = db.execute("SELECT id FROM assemblies WHERE account_key = ?", (account_key,)).fetchall()
            db.execute("DELETE FROM assemblies WHERE account_key = ?", (account_key,))
        return [str(r[0]) for r in rows]

    def close(self) -> None:
        """Close the database."""
        self._database.close()


def _row_to_assembly(row: tuple[Any, ...]) -> StoredAssembly:
    return StoredAssembly(
        id=row[0],
        account_key=row[1],
        created_ts=row[2],
        status=orjson.loads(row[3]),
        internal=orjson.loads(row[4]),
    )
