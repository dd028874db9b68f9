"""Account-scoped records besides Assemblies: Templates, Template Credentials, notifications, nonces.

Each kind of record is a JSON document with a few indexed columns (kind, id, account, name, times),
kept in the same SQLite file as the Assemblies, so one data directory holds all state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import orjson

from .sqlite import SqliteDatabase

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    account_key TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    parent_id TEXT NOT NULL DEFAULT '',
    created_ts REAL NOT NULL,
    modified_ts REAL NOT NULL,
    body BLOB NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX IF NOT EXISTS records_account ON records (kind, account_key, created_ts);
CREATE INDEX IF NOT EXISTS records_parent ON records (kind, parent_id, created_ts);
"""

SortColumn = Literal["id", "name", "created", "modified"]
_SORT_SQL: dict[str, str] = {"id": "id", "name": "name", "created": "created_ts", "modified": "modified_ts"}


@dataclass
class Record:
    """One stored document. ``parent_id`` links a record to another (a notification to its Assembly)."""

    kind: str
    id: str
    account_key: str
    body: dict[str, Any]
    created_ts: float
    modified_ts: float
    name: str = ""
    parent_id: str = ""


@dataclass(frozen=True)
class RecordQuery:
    """Filters, order and page of a record listing."""

    kind: str
    account_key: str | None = None
    parent_id: str | None = None
    name: str | None = None
    from_ts: float | None = None
    to_ts: float | None = None
    keywords: tuple[str, ...] = ()
    sort: SortColumn = "created"
    descending: bool = True
    page: int = 1
    pagesize: int = 50
    extra: dict[str, Any] = field(default_factory=dict)


class RecordStore(Protocol):
    """What the domain needs to keep records (beside :class:`~.state.StateStore` for Assemblies)."""

    def put(self, record: Record) -> None:
        """Insert or replace a record."""
        ...

    def insert_new(self, record: Record) -> bool:
        """Insert a record unless one with its kind and id exists; whether it was inserted."""
        ...

    def get(self, kind: str, record_id: str) -> Record | None:
        """One record, or None."""
        ...

    def delete(self, kind: str, record_id: str) -> bool:
        """Remove a record; whether it existed."""
        ...

    def query(self, q: RecordQuery) -> tuple[list[Record], int]:
        """A page of records and the total count matching.

        ``keywords`` each match (case-insensitively, Python's ``lower``) the name or the body's JSON;
        the order is ``sort`` then ``id`` ascending.
        """
        ...

    def purge_expired(self, kind: str, now_ts: float) -> int:
        """Remove records of ``kind`` whose ``modified_ts`` (their expiry, for nonces) has passed; how many."""
        ...

    def clear(self) -> None:
        """Forget every record."""
        ...

    def delete_account(self, account_key: str) -> int:
        """Forget every record of the account; how many."""
        ...

    def close(self) -> None:
        """Release the store."""
        ...


class SqliteRecordStore:
    """:class:`RecordStore` on the data directory's SQLite database (shared with the state store)."""

    def __init__(self, database: SqliteDatabase) -> None:
        self._database = database
        database.ensure(_SCHEMA)

    def put(self, record: Record) -> None:
        """Insert or replace a record."""
        with self._database.connection() as db:
            db.execute(
                "INSERT OR REPLACE INTO records "
                "(kind, id, account_key, name, parent_id, created_ts, modified_ts, body) VALUES (?,?,?,?,?,?,?,?)",
                (
                    record.kind,
                    record.id,
                    record.account_key,
                    record.name,
                    record.parent_id,
                    record.created_ts,
                    record.modified_ts,
                    orjson.dumps(record.body),
                ),
            )

    def insert_new(self, record: Record) -> bool:
        """Insert a record unless one with its kind and id exists; whether it was inserted."""
        with self._database.connection() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO records "
                "(kind, id, account_key, name, parent_id, created_ts, modified_ts, body) VALUES (?,?,?,?,?,?,?,?)",
                (
                    record.kind,
                    record.id,
                    record.account_key,
                    record.name,
                    record.parent_id,
                    record.created_ts,
                    record.modified_ts,
                    orjson.dumps(record.body),
                ),
            )
            return cursor.rowcount == 1

    def get(self, kind: str, record_id: str) -> Record | None:
        """One record, or None."""
        with self._database.connection() as db:
            row = db.execute(f"SELECT {_COLUMNS} FROM records WHERE kind = ? AND id = ?", (kind, record_id))
            found = row.fetchone()
        return _record(found) if found else None

    def delete(self, kind: str, record_id: str) -> bool:
        """Remove a record; whether it existed."""
        with self._database.connection() as db:
            cursor = db.execute("DELETE FROM records WHERE kind = ? AND id = ?", (kind, record_id))
            return cursor.rowcount == 1

    def query(self, q: RecordQuery) -> tuple[list[Record], int]:
        """A page of records and the total count matching."""
        where: list[str] = ["kind = ?"]
        args: list[Any] = [q.kind]
        for column, value in (("account_key", q.account_key), ("parent_id", q.parent_id), ("name", q.name)):
            if value is not None:
                where.append(f"{column} = ?")
                args.append(value)
        if q.from_ts is not None:
            where.append("created_ts >= ?")
            args.append(q.from_ts)
        if q.to_ts is not None:
            where.append("created_ts <= ?")
            args.append(q.to_ts)
        for keyword in q.keywords:
            where.append("(instr(py_lower(name), ?) > 0 OR instr(py_lower(CAST(body AS TEXT)), ?) > 0)")
            args += [keyword.lower(), keyword.lower()]
        sql_where = " AND ".join(where)
        order = f"{_SORT_SQL[q.sort]} {'DESC' if q.descending else 'ASC'}, id"
        with self._database.connection() as db:
            total = db.execute(f"SELECT COUNT(*) FROM records WHERE {sql_where}", args).fetchone()[0]
            rows = db.execute(
                f"SELECT {_COLUMNS} FROM records WHERE {sql_where} ORDER BY {order} LIMIT ? OFFSET ?",
                [*args, q.pagesize, (q.page - 1) * q.pagesize],
            ).fetchall()
        return [_record(r) for r in rows], int(total)

    def purge_expired(self, kind: str, now_ts: float) -> int:
        """Remove records of ``kind`` whose ``modified_ts`` (their expiry, for nonces) has passed; how many."""
        with self._database.connection() as db:
            cursor = db.execute("DELETE FROM records WHERE kind = ? AND modified_ts < ?", (kind, now_ts))
            return cursor.rowcount

    def clear(self) -> None:
        """Forget every record."""
        with self._database.connection() as db:
            db.execute("DELETE FROM records")

    def delete_account(self, account_key: str) -> int:
        """Forget every record of the account; how many."""
        with self._database.connection() as db:
            return db.execute("DELETE FROM records WHERE account_key = ?", (account_key,)).rowcount

    def close(self) -> None:
        """Close the database."""
        self._database.close()


_COLUMNS = "kind, id, account_key, name, parent_id, created_ts, modified_ts, body"


def _record(row: tuple[Any, ...]) -> Record:
    return Record(
        kind=row[0],
        id=row[1],
        account_key=row[2],
        name=row[3],
        parent_id=row[4],
        created_ts=row[5],
        modified_ts=row[6],
        body=orjson.loads(row[7]),
    )
