""":class:`~..state.StateStore` on PostgreSQL: the Assemblies of every process in one table."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import orjson

from ...ids import is_id
from ..state import ListQuery, StoredAssembly
from .database import PostgresDatabase

_COLUMNS = "id, account_key, created_ts, status, internal"
#: The advisory lock namespace of :meth:`PostgresStateStore.exclusive` ("tlas" in ASCII).
_EXCLUSIVE = 0x746C6173

# One statement for every listing: absent filters are NULL parameters, keywords an array that must
# all occur in the (Python-lowered) search text; so no SQL is ever assembled from input.
_WHERE = """
    account_key = %(account)s
    AND (%(no_states)s OR (error IS NULL AND ok = ANY(%(oks)s)) OR (%(errors)s AND error IS NOT NULL))
    AND (%(from_ts)s::float8 IS NULL OR created_ts >= %(from_ts)s)
    AND (%(to_ts)s::float8 IS NULL OR created_ts <= %(to_ts)s)
    AND NOT EXISTS (SELECT 1 FROM unnest(%(keywords)s::text[]) AS k WHERE strpos(search, k) = 0)
"""
_COUNT = "SELECT COUNT(*) FROM assemblies WHERE" + _WHERE
_PAGE = (
    f"SELECT {_COLUMNS} FROM assemblies WHERE"
    + _WHERE
    + "ORDER BY created_ts DESC, id LIMIT %(limit)s OFFSET %(offset)s"
)


class PostgresStateStore:
    """Assemblies in the ``assemblies`` table (created by the migrations)."""

    def __init__(self, database: PostgresDatabase) -> None:
        self._database = database

    def save(self, assembly: StoredAssembly, search_text: str, *, over_busy: Collection[str] = ()) -> bool:
        """Insert or replace an Assembly; with ``over_busy``, only over a stored row that is busy
        (checked on the row's latest version under its lock, so of two racing writers that both
        read it busy, the second finds it ended). True when written."""
        status = assembly.status
        row = (
            assembly.id,
            assembly.account_key,
            assembly.created_ts,
            status.get("ok"),
            status.get("error"),
            int(status.get("bytes_usage") or 0),
            _text(search_text.lower()),
            orjson.dumps(status),
            orjson.dumps(assembly.internal),
            bool(over_busy),
            sorted(over_busy),
        )
        with self._database.statement() as db:
            cursor = db.execute(
                "INSERT INTO assemblies"
                " (id, account_key, created_ts, ok, error, bytes_usage, search, status, internal)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"
                " ON CONFLICT (id) DO UPDATE SET account_key = EXCLUDED.account_key,"
                " created_ts = EXCLUDED.created_ts, ok = EXCLUDED.ok, error = EXCLUDED.error,"
                " bytes_usage = EXCLUDED.bytes_usage, search = EXCLUDED.search,"
                " status = EXCLUDED.status, internal = EXCLUDED.internal"
                " WHERE NOT %s OR (assemblies.error IS NULL AND assemblies.ok = ANY(%s))",
                row,
            )
            return cursor.rowcount > 0

    def load(self, assembly_id: str) -> StoredAssembly | None:
        """One Assembly, or None."""
        with self._database.statement() as db:
            row = db.execute(f"SELECT {_COLUMNS} FROM assemblies WHERE id = %s", (assembly_id,)).fetchone()
        return _row_to_assembly(row) if row else None

    @contextmanager
    def exclusive(self, assembly_id: str) -> Iterator[None]:
        """A session advisory lock on the Assembly for the block: every process that changes an
        Assembly this way waits for the others (a process that dies releases it with its connection)."""
        key = (_EXCLUSIVE, int(assembly_id[:8], 16) & 0x7FFFFFFF) if is_id(assembly_id) else (_EXCLUSIVE, 0)
        with self._database.statement() as db:
            db.execute("SELECT pg_advisory_lock(%s, %s)", key)
            try:
                yield
            finally:
                db.execute("SELECT pg_advisory_unlock(%s, %s)", key)

    def exists(self, assembly_id: str) -> bool:
        """Whether an Assembly with this id was ever stored."""
        with self._database.statement() as db:
            row = db.execute("SELECT 1 FROM assemblies WHERE id = %s", (assembly_id,)).fetchone()
        return row is not None

    def query(self, q: ListQuery) -> tuple[list[StoredAssembly], int]:
        """A page of Assemblies, newest first (then by id), and the total count matching."""
        states = q.states or ()
        args: dict[str, Any] = {
            "account": q.account_key,
            "no_states": q.states is None,
            "oks": [s for s in states if s != "ERROR"],
            "errors": "ERROR" in states,
            "from_ts": q.from_ts,
            "to_ts": q.to_ts,
            "keywords": [_text(k.lower()) for k in q.keywords],
            "limit": q.pagesize,
            "offset": (q.page - 1) * q.pagesize,
        }
        with self._database.connection() as db:
            total = db.execute(_COUNT, args).fetchone()
            rows = db.execute(_PAGE, args).fetchall()
        return [_row_to_assembly(r) for r in rows], int(total[0]) if total else 0  # type: ignore[call-overload]

    def ids_with_ok(self, ok_codes: Iterable[str]) -> list[str]:
        """Ids of Assemblies whose ``ok`` is one of ``ok_codes`` (and no ``error``), oldest first."""
        with self._database.connection() as db:
            rows = db.execute(
                "SELECT id FROM assemblies WHERE ok = ANY(%s) AND error IS NULL ORDER BY created_ts, id",
                (list(ok_codes),),
            ).fetchall()
        return [str(r[0]) for r in rows]

    def usage(self, account_key: str, from_ts: float, to_ts: float) -> tuple[int, int]:
        """``(assembly count, total bytes_usage)`` of the account's Assemblies created in ``[from_ts, to_ts)``."""
        with self._database.connection() as db:
            row = db.execute(
                "SELECT COUNT(*), COALESCE(SUM(bytes_usage), 0) FROM assemblies"
                " WHERE account_key = %s AND created_ts >= %s AND created_ts < %s",
                (account_key, from_ts, to_ts),
            ).fetchone()
        return (int(row[0]), int(row[1])) if row else (0, 0)  # type: ignore[call-overload]

    def ping(self) -> None:
        """Raise unless the database answers."""
        self._database.ping()

    def clear(self) -> None:
        """Forget every Assembly."""
        with self._database.connection() as db:
            db.execute("DELETE FROM assemblies")

    def delete_account(self, account_key: str) -> list[str]:
        """Forget the account's Assemblies; their ids."""
        with self._database.connection() as db:
            rows = db.execute("DELETE FROM assemblies WHERE account_key = %s RETURNING id", (account_key,)).fetchall()
        return [str(r[0]) for r in rows]

    def close(self) -> None:
        """Close the pool (shared with the record store)."""
        self._database.close()


def _text(value: str) -> str:
    """PostgreSQL text cannot hold NUL; no keyword can match one either way."""
    return value.replace("\x00", "\ufffd")


def _row_to_assembly(row: tuple[Any, ...]) -> StoredAssembly:
    return StoredAssembly(
        id=row[0],
        account_key=row[1],
        created_ts=row[2],
        status=orjson.loads(row[3]),
        internal=orjson.loads(row[4]),
    )
