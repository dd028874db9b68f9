"""One PostgreSQL server for every store of an emulator process: a connection pool and the migrations.

psycopg 3's pool hands each HTTP or executor thread its own connection; every ``with
connection()`` block is one transaction, committed when the block ends. Several emulator
processes may share the database: migrations take an advisory lock, so only one applies them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout

from ..failure import StoreFailure
from .migrations import MIGRATIONS, Migration

#: ``pg_advisory_xact_lock`` key held while migrating ("tlmigrat" in ASCII).
_MIGRATION_LOCK = 0x746C6D6967726174


class SchemaTooNew(RuntimeError):
    """The database was migrated by a newer emulator than this one."""


class PostgresDatabase:
    """A pool of connections to ``url`` (``postgresql://user:password@host:port/dbname``)."""

    def __init__(self, url: str, *, max_connections: int = 10, timeout_s: float = 10.0) -> None:
        self._pool = ConnectionPool(
            url,
            min_size=1,
            max_size=max(1, max_connections),
            timeout=timeout_s,
            open=False,
            kwargs={"autocommit": False},
        )
        try:
            self._pool.open(wait=True, timeout=timeout_s)
        except PoolTimeout:
            self._pool.close()
            # The pool only says it timed out; one direct attempt says why (refused, bad password, ...).
            psycopg.connect(url, connect_timeout=max(1, int(timeout_s))).close()
            raise

    @contextmanager
    def connection(self) -> Iterator[psycopg.Connection[tuple[object, ...]]]:
        """A pooled connection for one transaction (committed on success, rolled back on error); a
        failing statement raises :class:`StoreFailure`."""
        try:
            with self._pool.connection() as conn:
                yield conn
        except psycopg.Error as exc:
            raise StoreFailure(f"PostgreSQL: {exc}") from exc

    def migrate(self, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[int]:
        """Apply the migrations this database has not seen yet, in order; the versions applied."""
        applied: list[int] = []
        with self.connection() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
            )
            row = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()
            current = int(row[0]) if row else 0  # type: ignore[call-overload]
            latest = migrations[-1].version if migrations else 0
            if current > latest:
                raise SchemaTooNew(
                    f"the database schema is at version {current}; this emulator knows up to {latest}: upgrade it"
                )
            for migration in migrations:
                if migration.version > current:
                    conn.execute(migration.sql.encode())
                    conn.execute(
                        "INSERT INTO schema_migrations (version, name) VALUES (%s, %s)",
                        (migration.version, migration.name),
                    )
                    applied.append(migration.version)
        return applied

    def schema_version(self) -> int:
        """The latest migration applied (0 on an empty database)."""
        with self.connection() as conn:
            exists = conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()
            if not exists or not exists[0]:
                return 0
            row = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()
        return int(row[0]) if row else 0  # type: ignore[call-overload]

    def ping(self) -> None:
        """Raise unless the server answers a query."""
        with self.connection() as conn:
            conn.execute("SELECT 1")

    def close(self) -> None:
        """Close every pooled connection (once; the stores sharing the pool close with it)."""
        if not self._pool.closed:
            self._pool.close()
