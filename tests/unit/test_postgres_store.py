"""What only the PostgreSQL backend has: its migrations, and one database shared by several processes."""

from __future__ import annotations

import pytest

from transloadit_emulator.storage.postgres.database import PostgresDatabase, SchemaTooNew
from transloadit_emulator.storage.postgres.migrations import MIGRATIONS, Migration
from transloadit_emulator.storage.postgres.records import PostgresRecordStore
from transloadit_emulator.storage.postgres.state import PostgresStateStore
from transloadit_emulator.storage.records import Record
from transloadit_emulator.storage.state import StoredAssembly


def test_migrations_are_numbered_in_order() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_migrate_applies_each_migration_once(postgres_url: str) -> None:
    database = PostgresDatabase(postgres_url)
    try:
        assert database.schema_version() == 0
        assert database.migrate() == [m.version for m in MIGRATIONS]
        assert database.migrate() == []  # a second process starting finds nothing to do
        assert database.schema_version() == MIGRATIONS[-1].version
        extra = Migration(len(MIGRATIONS) + 1, "a later release", "CREATE TABLE later (x INTEGER)")
        assert database.migrate((*MIGRATIONS, extra)) == [extra.version]
        with pytest.raises(SchemaTooNew, match="upgrade"):
            database.migrate()  # an older emulator refuses a schema it does not know
    finally:
        database.close()


def test_a_failed_migration_leaves_the_schema_as_it_was(postgres_url: str) -> None:
    database = PostgresDatabase(postgres_url)
    try:
        database.migrate(MIGRATIONS[:1])
        broken = Migration(2, "broken", "CREATE TABLE half (x INTEGER); SELECT no_such_function()")
        with pytest.raises(Exception, match="no_such_function"):
            database.migrate((MIGRATIONS[0], broken))
        assert database.schema_version() == 1
        assert database.migrate() == [m.version for m in MIGRATIONS[1:]]
    finally:
        database.close()


def test_two_pools_share_state_like_two_processes(postgres_url: str) -> None:
    first, second = PostgresDatabase(postgres_url), PostgresDatabase(postgres_url)
    try:
        first.migrate()
        second.migrate()
        PostgresStateStore(first).save(StoredAssembly("a" * 32, "k", 1.0, {"ok": "ASSEMBLY_UPLOADING"}, {}), "x")
        assert PostgresStateStore(second).load("a" * 32) is not None
        nonce = Record("nonce", "b" * 32, "k", {}, 1.0, 99.0)
        assert PostgresRecordStore(first).insert_new(nonce)
        assert not PostgresRecordStore(second).insert_new(nonce)  # a nonce is used once across processes
    finally:
        first.close()
        second.close()


def test_an_unreachable_server_says_why() -> None:
    from tests.conftest import free_port

    with pytest.raises(Exception, match="refused|failed"):
        PostgresDatabase(f"postgresql://emulator@127.0.0.1:{free_port()}/x", timeout_s=1)
