"""Wiring of the backends chosen in settings: where state, files and shared limits live.

The default is everything in the data directory (SQLite, files on disk) and limits in memory: one
process, nothing else to run. ``--database postgresql://...`` moves state and the limits to
PostgreSQL, ``--storage s3://...`` moves files to a bucket; those modules (psycopg, boto3) are
imported only then, so the default start-up never pays for them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .core.limits import AssemblyLeases, CreationLog, MemoryAssemblyLeases, MemoryCreationLog
from .core.readiness import Check
from .settings import Settings
from .storage.blobs import BlobStore, DiskBlobStore
from .storage.records import RecordStore, SqliteRecordStore
from .storage.sqlite import SqliteDatabase
from .storage.state import SqliteStateStore, StateStore


@dataclass
class Backends:
    """The stores of one emulator process, and the checks that say whether they answer."""

    store: StateStore
    records: RecordStore
    blobs: BlobStore
    creations: CreationLog
    leases: AssemblyLeases
    checks: dict[str, Check]
    closers: list[Callable[[], None]] = field(default_factory=list)

    def close(self) -> None:
        """Release the databases (once)."""
        while self.closers:
            self.closers.pop()()


def open_backends(settings: Settings) -> Backends:
    """Open (and, for PostgreSQL, migrate) the backends ``settings`` names."""
    blobs = _open_blobs(settings)
    if settings.database_url:
        backends = _open_postgres(settings.database_url, blobs, pool_size=settings.workers + 8)
    else:
        database = SqliteDatabase(settings.data_dir / "state.sqlite3")
        store = SqliteStateStore(database)
        backends = Backends(
            store,
            SqliteRecordStore(database),
            blobs,
            MemoryCreationLog(),
            MemoryAssemblyLeases(),
            {"database": store.ping},
            [database.close],
        )
    backends.checks["storage"] = blobs.check_writable
    return backends


def _open_blobs(settings: Settings) -> BlobStore:
    if not settings.storage_url:
        return DiskBlobStore(settings.data_dir / "files")
    from .storage.s3_blobs import S3BlobStore

    return S3BlobStore(
        settings.storage_url,
        Path(settings.data_dir) / "blob-cache",
        endpoint=settings.s3_endpoint,
        region=settings.s3_region,
        presign_seconds=settings.presign_seconds if settings.result_urls == "presigned" else None,
    )


def _open_postgres(url: str, blobs: BlobStore, *, pool_size: int) -> Backends:
    from .storage.postgres.database import PostgresDatabase
    from .storage.postgres.limits import PostgresAssemblyLeases, PostgresCreationLog
    from .storage.postgres.records import PostgresRecordStore
    from .storage.postgres.state import PostgresStateStore

    database = PostgresDatabase(url, max_connections=pool_size)
    try:
        database.migrate()
    except BaseException:
        database.close()
        raise
    return Backends(
        PostgresStateStore(database),
        PostgresRecordStore(database),
        blobs,
        PostgresCreationLog(database),
        PostgresAssemblyLeases(database),
        {"database": database.ping},
        [database.close],
    )
