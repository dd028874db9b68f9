"""The shared limits on PostgreSQL: :class:`~...core.limits.CreationLog` and ``AssemblyLeases``.

Each check-and-count is one transaction holding a transaction-scoped advisory lock on the account,
so two API processes admitting at the same moment are serialized and the limits stay exact.
"""

from __future__ import annotations

from .database import PostgresDatabase

_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))"


class PostgresCreationLog:
    """Creations per account in ``assembly_creations``."""

    def __init__(self, database: PostgresDatabase) -> None:
        self._database = database

    def admit(self, account_key: str, now: float, window_s: float, limit: int) -> float | None:
        """Count a creation unless the window is full; when full, when its oldest one leaves."""
        with self._database.connection() as db:
            db.execute(_LOCK, (f"creations:{account_key}",))
            db.execute(
                "DELETE FROM assembly_creations WHERE account_key = %s AND created_ts <= %s",
                (account_key, now - window_s),
            )
            row = db.execute(
                "SELECT COUNT(*), MIN(created_ts) FROM assembly_creations WHERE account_key = %s", (account_key,)
            ).fetchone()
            if row is not None and int(row[0]) >= limit:  # type: ignore[call-overload]
                return float(row[1]) + window_s  # type: ignore[arg-type]
            db.execute("INSERT INTO assembly_creations (account_key, created_ts) VALUES (%s, %s)", (account_key, now))
            return None

    def count(self, account_key: str, now: float, window_s: float) -> int:
        """How many creations the window holds now."""
        with self._database.connection() as db:
            row = db.execute(
                "SELECT COUNT(*) FROM assembly_creations WHERE account_key = %s AND created_ts > %s",
                (account_key, now - window_s),
            ).fetchone()
        return int(row[0]) if row else 0  # type: ignore[call-overload]


class PostgresAssemblyLeases:
    """Running Assemblies per account in ``assembly_leases``."""

    def __init__(self, database: PostgresDatabase) -> None:
        self._database = database

    def take(self, account_key: str, assembly_id: str, limit: int, now: float) -> int | None:
        """Hold a lease unless the account holds ``limit`` already."""
        with self._database.connection() as db:
            db.execute(_LOCK, (f"leases:{account_key}",))
            if db.execute("SELECT 1 FROM assembly_leases WHERE assembly_id = %s", (assembly_id,)).fetchone():
                return None
            row = db.execute("SELECT COUNT(*) FROM assembly_leases WHERE account_key = %s", (account_key,)).fetchone()
            held = int(row[0]) if row else 0  # type: ignore[call-overload]
            if held >= limit:
                return held
            db.execute(
                "INSERT INTO assembly_leases (assembly_id, account_key, taken_ts) VALUES (%s, %s, %s)",
                (assembly_id, account_key, now),
            )
            return None

    def give_back(self, assembly_id: str) -> None:
        """Forget the Assembly's lease."""
        with self._database.connection() as db:
            db.execute("DELETE FROM assembly_leases WHERE assembly_id = %s", (assembly_id,))

    def held(self, account_key: str) -> int:
        """How many leases the account holds."""
        with self._database.connection() as db:
            row = db.execute("SELECT COUNT(*) FROM assembly_leases WHERE account_key = %s", (account_key,)).fetchone()
        return int(row[0]) if row else 0  # type: ignore[call-overload]
