"""One suite for every StateStore and RecordStore: SQLite (on a real file), in memory, and PostgreSQL.

PostgreSQL is a real server on loopback (``postgres_url`` in tests/conftest.py), one database per
test, migrated by the emulator's own migrations. A new backend joins by adding itself to ``_open``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from transloadit_emulator.storage.memory import MemoryRecordStore, MemoryStateStore
from transloadit_emulator.storage.postgres.database import PostgresDatabase
from transloadit_emulator.storage.postgres.records import PostgresRecordStore
from transloadit_emulator.storage.postgres.state import PostgresStateStore
from transloadit_emulator.storage.records import Record, RecordQuery, RecordStore, SqliteRecordStore
from transloadit_emulator.storage.sqlite import SqliteDatabase
from transloadit_emulator.storage.state import ListQuery, SqliteStateStore, StateStore, StoredAssembly

KEY, OTHER = "key-1", "key-2"


BACKENDS = ["sqlite", "memory", "postgresql"]


def _open(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[StateStore, RecordStore]:
    """A state store and a record store of the backend named by the test's param, sharing one database."""
    if request.param == "sqlite":
        database = SqliteDatabase(tmp_path / "s.sqlite3")
        return SqliteStateStore(database), SqliteRecordStore(database)
    if request.param == "memory":
        return MemoryStateStore(), MemoryRecordStore()
    pg = PostgresDatabase(request.getfixturevalue("postgres_url"))
    pg.migrate()
    return PostgresStateStore(pg), PostgresRecordStore(pg)


@pytest.fixture(params=BACKENDS)
def state(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StateStore]:
    store, _ = _open(request, tmp_path)
    yield store
    store.close()


@pytest.fixture(params=BACKENDS)
def records(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RecordStore]:
    _, store = _open(request, tmp_path)
    yield store
    store.close()


def assembly(n: int, key: str = KEY, **status: Any) -> StoredAssembly:
    return StoredAssembly(f"{n:032x}", key, float(n), {"ok": "ASSEMBLY_COMPLETED", **status}, {"n": n})


# -- StateStore -------------------------------------------------------------------------------


def test_state_save_load_replace(state: StateStore) -> None:
    a = assembly(1, bytes_usage=10)
    state.save(a, "")
    loaded = state.load(a.id)
    assert loaded == a and loaded is not a
    loaded.status["ok"] = "changed"  # what a caller does to its copy stays there
    assert state.load(a.id) == a
    state.save(assembly(1, ok="ASSEMBLY_EXECUTING"), "")
    assert state.load(a.id).status["ok"] == "ASSEMBLY_EXECUTING"  # type: ignore[union-attr]
    assert state.exists(a.id) and not state.exists("f" * 32) and state.load("f" * 32) is None
    state.clear()
    assert not state.exists(a.id)


def test_state_query_filters_order_and_pages(state: StateStore) -> None:
    state.save(assembly(1), "Photo of CAFÉ")
    state.save(assembly(2, ok="ASSEMBLY_UPLOADING"), "video")
    state.save(assembly(3, error="INTERNAL_COMMAND_ERROR"), "photo")
    state.save(assembly(4), "photo")
    state.save(assembly(5, key=OTHER), "photo")
    state.save(StoredAssembly("0" * 31 + "9", KEY, 4.0, {"ok": "ASSEMBLY_COMPLETED"}, {}), "")  # same time as 4

    def ids(**kw: Any) -> list[int]:
        found, total = state.query(ListQuery(KEY, **kw))
        assert total >= len(found)
        return [int(a.id, 16) for a in found]

    assert ids() == [4, 9, 3, 2, 1]  # newest first, then by id
    assert ids(states=("ASSEMBLY_COMPLETED",)) == [4, 9, 1]  # an error is not completed
    assert ids(states=("ERROR", "ASSEMBLY_UPLOADING")) == [3, 2]
    assert ids(from_ts=2.0, to_ts=3.0) == [3, 2]  # both bounds included
    assert ids(keywords=("PHOTO",)) == [4, 3, 1] and ids(keywords=("café", "photo")) == [1]
    assert ids(page=2, pagesize=2) == [3, 2] and ids(page=4, pagesize=2) == []
    assert state.query(ListQuery(KEY, page=1, pagesize=2))[1] == 5


def test_state_resume_list_and_usage(state: StateStore) -> None:
    state.save(assembly(3, ok="ASSEMBLY_EXECUTING", bytes_usage=5), "")
    state.save(assembly(1, ok="ASSEMBLY_UPLOADING", bytes_usage=7), "")
    state.save(assembly(2, ok="ASSEMBLY_EXECUTING", error="X"), "")
    state.save(assembly(4, bytes_usage=11), "")
    state.save(assembly(5, key=OTHER, bytes_usage=100), "")
    assert state.ids_with_ok(["ASSEMBLY_EXECUTING", "ASSEMBLY_UPLOADING"]) == [f"{1:032x}", f"{3:032x}"]
    assert state.ids_with_ok([]) == []
    assert state.usage(KEY, 1.0, 4.0) == (3, 12)  # [from, to): 4 is out, the failed one counts
    assert state.usage(KEY, 10.0, 20.0) == (0, 0)


BUSY = ("ASSEMBLY_UPLOADING", "ASSEMBLY_EXECUTING", "ASSEMBLY_REPLAYING")


def test_state_conditional_write_only_over_a_busy_assembly(state: StateStore) -> None:
    executing = assembly(1, ok="ASSEMBLY_EXECUTING")
    assert state.save(executing, "", over_busy=BUSY)  # no row yet: inserted
    assert state.save(assembly(1, ok="ASSEMBLY_CANCELED"), "", over_busy=BUSY)  # over a busy one: the cancel wins
    assert not state.save(assembly(1, ok="ASSEMBLY_COMPLETED"), "", over_busy=BUSY)  # the late completion is dropped
    assert not state.save(executing, "", over_busy=BUSY)  # and so is any progress after it
    assert state.load(executing.id).status["ok"] == "ASSEMBLY_CANCELED"  # type: ignore[union-attr]
    assert state.save(assembly(1, ok="ASSEMBLY_CANCELED", notify_status="successful"), "")  # unconditional
    assert state.load(executing.id).status["notify_status"] == "successful"  # type: ignore[union-attr]
    state.save(assembly(2, ok="ASSEMBLY_EXECUTING", error="ROBOT_ERROR"), "")  # failed: no longer busy
    assert not state.save(assembly(2, ok="ASSEMBLY_EXECUTING"), "", over_busy=BUSY)


def test_state_conditional_writes_racing_from_threads_one_wins(state: StateStore) -> None:
    """Writers that all read the Assembly busy end it at once: exactly one write lands."""
    state.save(assembly(7, ok="ASSEMBLY_EXECUTING"), "")
    start = threading.Barrier(6)
    won: list[str] = []

    def end(ok: str) -> None:
        start.wait()
        if state.save(assembly(7, ok=ok), "", over_busy=BUSY):
            won.append(ok)

    threads = [threading.Thread(target=end, args=(ok,)) for ok in ["ASSEMBLY_COMPLETED", "ASSEMBLY_CANCELED"] * 3]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(won) == 1 and state.load(f"{7:032x}").status["ok"] == won[0]  # type: ignore[union-attr]


def test_state_exclusive_keeps_other_holders_waiting(state: StateStore) -> None:
    """PostgreSQL makes a second holder (another process's connection) wait; one process's stores
    hold nothing, so the block simply runs."""
    order: list[str] = []

    def second() -> None:
        with state.exclusive("ab" * 16):
            order.append("second")

    with state.exclusive("ab" * 16):
        waiting = threading.Thread(target=second)
        waiting.start()
        waiting.join(0.5 if isinstance(state, PostgresStateStore) else 10)
        order.append("first")
    waiting.join(10)
    expected = ["first", "second"] if isinstance(state, PostgresStateStore) else ["second", "first"]
    assert order == expected


# -- RecordStore ------------------------------------------------------------------------------


def record(n: int, kind: str = "template", key: str = KEY, **kw: Any) -> Record:
    base: dict[str, Any] = dict(name=f"name-{n}", created_ts=float(n), modified_ts=float(10 - n), body={"n": n})
    base.update(kw)
    return Record(kind=kind, id=f"{n:032x}", account_key=key, **base)


def test_records_put_get_delete(records: RecordStore) -> None:
    r = record(1, body={"content": {"steps": {"a": [1, 2]}}})
    records.put(r)
    got = records.get("template", r.id)
    assert got == r and got is not r
    got.body["content"] = None
    assert records.get("template", r.id) == r
    assert records.get("credential", r.id) is None  # kinds are apart
    records.put(record(1, name="renamed"))
    assert records.get("template", r.id).name == "renamed"  # type: ignore[union-attr]
    assert records.delete("template", r.id) and not records.delete("template", r.id)
    assert records.get("template", r.id) is None


def test_records_insert_new_only_once(records: RecordStore) -> None:
    assert records.insert_new(record(1))
    assert not records.insert_new(record(1, name="second"))
    assert records.get("template", record(1).id).name == "name-1"  # type: ignore[union-attr]
    assert records.insert_new(record(1, kind="nonce"))


def test_records_query(records: RecordStore) -> None:
    for n in (1, 2, 3):
        records.put(record(n))
    records.put(record(4, name="Été-photo", body={"text": "CAFÉ"}))
    records.put(record(5, key=OTHER))
    records.put(record(6, kind="credential"))
    records.put(record(7, kind="notification", parent_id="p" * 32, name="processing"))

    def ids(**kw: Any) -> list[int]:
        found, _ = records.query(RecordQuery(**{"kind": "template", "account_key": KEY, **kw}))
        return [int(r.id, 16) for r in found]

    assert ids() == [4, 3, 2, 1]  # created, newest first
    assert ids(sort="created", descending=False) == [1, 2, 3, 4]
    assert ids(sort="modified", descending=False) == [4, 3, 2, 1]
    assert ids(sort="name") == [4, 3, 2, 1] and ids(sort="id", descending=False) == [1, 2, 3, 4]
    assert ids(name="name-2") == [2] and ids(name="nope") == []
    assert ids(from_ts=2.0, to_ts=3.0) == [3, 2]
    assert ids(keywords=("éTÉ",)) == [4] and ids(keywords=("café",)) == [4]  # name or body, any case
    assert ids(keywords=("name-", "3")) == [3]
    assert ids(page=2, pagesize=3) == [1]
    assert records.query(RecordQuery(kind="template", account_key=KEY, pagesize=1))[1] == 4
    assert [r.id for r in records.query(RecordQuery(kind="template"))[0]] == [record(n).id for n in (5, 4, 3, 2, 1)]
    assert records.query(RecordQuery(kind="notification", parent_id="p" * 32))[1] == 1


def test_records_ties_order_by_id(records: RecordStore) -> None:
    for n in (3, 1, 2):
        records.put(record(n, created_ts=5.0))
    for descending in (True, False):
        found, _ = records.query(RecordQuery(kind="template", descending=descending))
        assert [int(r.id, 16) for r in found] == [1, 2, 3]


def test_records_purge_and_clear(records: RecordStore) -> None:
    records.put(record(1, kind="nonce", modified_ts=5.0))
    records.put(record(2, kind="nonce", modified_ts=15.0))
    records.put(record(3, modified_ts=1.0))  # another kind stays
    assert records.purge_expired("nonce", 10.0) == 1
    assert records.get("nonce", record(1).id) is None and records.get("nonce", record(2).id) is not None
    assert records.get("template", record(3).id) is not None
    records.clear()
    assert records.query(RecordQuery(kind="nonce"))[1] == 0


def test_records_from_many_threads(records: RecordStore) -> None:
    def write(start: int) -> None:
        for n in range(start, start + 50):
            records.put(record(n))

    threads = [threading.Thread(target=write, args=(i * 50 + 1,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert records.query(RecordQuery(kind="template"))[1] == 200


def test_state_and_records_share_one_sqlite_connection(tmp_path: Path) -> None:
    database = SqliteDatabase(tmp_path / "s.sqlite3")
    state, records = SqliteStateStore(database), SqliteRecordStore(database)
    state.save(assembly(1), "")
    records.put(record(1))
    state.close()  # closes the one connection: both stores are done
    with pytest.raises(Exception, match="closed"):
        records.get("template", record(1).id)
    database.close()  # closing again is harmless
    again = SqliteDatabase(tmp_path / "s.sqlite3")
    assert SqliteStateStore(again).exists(assembly(1).id) and SqliteRecordStore(again).get("template", record(1).id)
    again.close()
