"""The PostgreSQL schema as ordered migrations, applied by the emulator itself at start-up.

Each migration runs once, in order, in one transaction with its row in ``schema_migrations``.
Append new ones at the end with the next version; never edit one that was released. Text columns
sort with ``COLLATE "C"`` (code point order), so listings order exactly as the SQLite and in-memory
stores do, whatever the database's locale.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    """One schema step: its version (1, 2, ...), a name for humans, and the SQL it runs."""

    version: int
    name: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "assemblies and records",
        """
        CREATE TABLE assemblies (
            id TEXT COLLATE "C" PRIMARY KEY,
            account_key TEXT COLLATE "C" NOT NULL,
            created_ts DOUBLE PRECISION NOT NULL,
            ok TEXT,
            error TEXT,
            bytes_usage BIGINT NOT NULL DEFAULT 0,
            search TEXT NOT NULL,
            status BYTEA NOT NULL,
            internal BYTEA NOT NULL
        );
        CREATE INDEX assemblies_account_created ON assemblies (account_key, created_ts);
        CREATE INDEX assemblies_ok ON assemblies (ok) WHERE error IS NULL;
        CREATE TABLE records (
            kind TEXT COLLATE "C" NOT NULL,
            id TEXT COLLATE "C" NOT NULL,
            account_key TEXT COLLATE "C" NOT NULL,
            name TEXT COLLATE "C" NOT NULL DEFAULT '',
            parent_id TEXT COLLATE "C" NOT NULL DEFAULT '',
            created_ts DOUBLE PRECISION NOT NULL,
            modified_ts DOUBLE PRECISION NOT NULL,
            name_lower TEXT NOT NULL,
            body_lower TEXT NOT NULL,
            body BYTEA NOT NULL,
            PRIMARY KEY (kind, id)
        );
        CREATE INDEX records_account ON records (kind, account_key, created_ts);
        CREATE INDEX records_parent ON records (kind, parent_id, created_ts);
        """,
    ),
    Migration(
        2,
        "shared limits: creations per account and running Assemblies",
        """
        CREATE TABLE assembly_creations (
            account_key TEXT COLLATE "C" NOT NULL,
            created_ts DOUBLE PRECISION NOT NULL
        );
        CREATE INDEX assembly_creations_account ON assembly_creations (account_key, created_ts);
        CREATE TABLE assembly_leases (
            assembly_id TEXT COLLATE "C" PRIMARY KEY,
            account_key TEXT COLLATE "C" NOT NULL,
            taken_ts DOUBLE PRECISION NOT NULL
        );
        CREATE INDEX assembly_leases_account ON assembly_leases (account_key);
        """,
    ),
)
