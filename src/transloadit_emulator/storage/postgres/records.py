""":class:`~..records.RecordStore` on PostgreSQL: Templates, Credentials, notifications, nonces of every process.

Keyword search must match exactly as the other stores do (Python's ``lower`` of the name or of the
body's JSON), so the lowered texts are computed in Python and kept beside the body.
"""

from __future__ import annotations

from typing import Any

import orjson
from psycopg import sql

from ..records import Record, RecordQuery
from .database import PostgresDatabase

_COLUMNS = "kind, id, account_key, name, parent_id, created_ts, modified_ts, body"
_INSERT = (
    "INSERT INTO records (kind, id, account_key, name, parent_id, created_ts, modified_ts,"
    " name_lower, body_lower, body) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
)
_WHERE = """
    kind = %(kind)s
    AND (%(account)s::text IS NULL OR account_key = %(account)s)
    AND (%(parent)s::text IS NULL OR parent_id = %(parent)s)
    AND (%(name)s::text IS NULL OR name = %(name)s)
    AND (%(from_ts)s::float8 IS NULL OR created_ts >= %(from_ts)s)
    AND (%(to_ts)s::float8 IS NULL OR created_ts <= %(to_ts)s)
    AND NOT EXISTS (SELECT 1 FROM unnest(%(keywords)s::text[]) AS k
                    WHERE strpos(name_lower, k) = 0 AND strpos(body_lower, k) = 0)
"""
_SORT_COLUMNS = {"id": "id", "name": "name", "created": "created_ts", "modified": "modified_ts"}


class PostgresRecordStore:
    """Records in the ``records`` table (created by the migrations)."""

    def __init__(self, database: PostgresDatabase) -> None:
        self._database = database

    def put(self, record: Record) -> None:
        """Insert or replace a record."""
        with self._database.statement() as db:
            db.execute(
                _INSERT + " ON CONFLICT (kind, id) DO UPDATE SET account_key = EXCLUDED.account_key,"
                " name = EXCLUDED.name, parent_id = EXCLUDED.parent_id, created_ts = EXCLUDED.created_ts,"
                " modified_ts = EXCLUDED.modified_ts, name_lower = EXCLUDED.name_lower,"
                " body_lower = EXCLUDED.body_lower, body = EXCLUDED.body",
                _row(record),
            )

    def insert_new(self, record: Record) -> bool:
        """Insert a record unless one with its kind and id exists; whether it was inserted."""
        with self._database.statement() as db:
            cursor = db.execute(_INSERT + " ON CONFLICT (kind, id) DO NOTHING", _row(record))
            return cursor.rowcount == 1

    def get(self, kind: str, record_id: str) -> Record | None:
        """One record, or None."""
        with self._database.statement() as db:
            row = db.execute(
                f"SELECT {_COLUMNS} FROM records WHERE kind = %s AND id = %s", (kind, record_id)
            ).fetchone()
        return _record(row) if row else None

    def delete(self, kind: str, record_id: str) -> bool:
        """Remove a record; whether it existed."""
        with self._database.statement() as db:
            cursor = db.execute("DELETE FROM records WHERE kind = %s AND id = %s", (kind, record_id))
            return cursor.rowcount == 1

    def query(self, q: RecordQuery) -> tuple[list[Record], int]:
        """A page of records and the total count matching, in ``sort`` order then by id."""
        args: dict[str, Any] = {
            "kind": q.kind,
            "account": q.account_key,
            "parent": q.parent_id,
            "name": q.name,
            "from_ts": q.from_ts,
            "to_ts": q.to_ts,
            "keywords": [_text(k.lower()) for k in q.keywords],
            "limit": q.pagesize,
            "offset": (q.page - 1) * q.pagesize,
        }
        page = sql.SQL("SELECT {} FROM records WHERE {} ORDER BY {} {}, id LIMIT %(limit)s OFFSET %(offset)s").format(
            sql.SQL(_COLUMNS),
            sql.SQL(_WHERE),
            sql.Identifier(_SORT_COLUMNS[q.sort]),
            sql.SQL("DESC" if q.descending else "ASC"),
        )
        with self._database.connection() as db:
            total = db.execute("SELECT COUNT(*) FROM records WHERE" + _WHERE, args).fetchone()
            rows = db.execute(page, args).fetchall()
        return [_record(r) for r in rows], int(total[0]) if total else 0  # type: ignore[call-overload]

    def purge_expired(self, kind: str, now_ts: float) -> int:
        """Remove records of ``kind`` whose ``modified_ts`` (their expiry, for nonces) has passed; how many."""
        with self._database.connection() as db:
            cursor = db.execute("DELETE FROM records WHERE kind = %s AND modified_ts < %s", (kind, now_ts))
            return cursor.rowcount

    def clear(self) -> None:
        """Forget every record."""
        with self._database.connection() as db:
            db.execute("DELETE FROM records")

    def delete_account(self, account_key: str) -> int:
        """Forget every record of the account; how many."""
        with self._database.connection() as db:
            return int(db.execute("DELETE FROM records WHERE account_key = %s", (account_key,)).rowcount)

    def close(self) -> None:
        """Close the pool (shared with the state store)."""
        self._database.close()


def _text(value: str) -> str:
    """PostgreSQL text cannot hold NUL."""
    return value.replace("\x00", "\ufffd")


def _row(record: Record) -> tuple[Any, ...]:
    body = orjson.dumps(record.body)
    return (
        record.kind,
        record.id,
        record.account_key,
        _text(record.name),
        record.parent_id,
        record.created_ts,
        record.modified_ts,
        _text(record.name.lower()),
        body.decode().lower(),
        body,
    )


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
