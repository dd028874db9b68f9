"""NamedRecords: the account-owned, uniquely named records behind Templates and Template Credentials."""

from __future__ import annotations

from pathlib import Path

import pytest

from transloadit_emulator.core.clock import SystemClock, UuidIds
from transloadit_emulator.core.named_records import NamedRecords
from transloadit_emulator.core.paging import Page
from transloadit_emulator.errors import TransloaditError
from transloadit_emulator.ids import account_id, is_id
from transloadit_emulator.storage.memory import MemoryRecordStore
from transloadit_emulator.storage.records import RecordStore, SqliteRecordStore
from transloadit_emulator.storage.sqlite import SqliteDatabase

ALL = Page(page=1, pagesize=50, from_ts=None, to_ts=None, keywords=())


@pytest.fixture(params=["sqlite", "memory"])
def named(request: pytest.FixtureRequest, tmp_path: Path) -> NamedRecords:
    store: RecordStore = (
        SqliteRecordStore(SqliteDatabase(tmp_path / "s.sqlite3")) if request.param == "sqlite" else MemoryRecordStore()
    )
    return NamedRecords(
        store,
        "thing",
        SystemClock(),
        UuidIds(),
        not_found=lambda i: TransloaditError("THING_NOT_FOUND", f"no {i!r}"),
        name_taken=lambda n: TransloaditError("THING_NAME_TAKEN", f"{n!r} taken"),
    )


def code(call: object, *args: object) -> str:
    with pytest.raises(TransloaditError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value.code


def test_names_are_unique_within_an_account(named: NamedRecords) -> None:
    first = named.create("k1", "alpha", {"v": 1})
    assert is_id(first.id) and first.created_ts == first.modified_ts
    assert code(named.create, "k1", "alpha", {}) == "THING_NAME_TAKEN"
    other = named.create("k2", "alpha", {"v": 2})  # another account may use the name
    second = named.create("k1", "beta", {})
    assert code(named.rename, second, "alpha") == "THING_NAME_TAKEN"
    named.rename(first, "alpha")  # its own name is free for it
    named.rename(second, "gamma")
    named.save(second)
    assert named.own(second.id, "k1").name == "gamma"
    assert named.named("k1", "gamma") is not None and named.named("k1", "beta") is None
    assert named.named("k2", "alpha").id == other.id  # type: ignore[union-attr]


def test_another_account_s_record_does_not_exist(named: NamedRecords) -> None:
    mine = named.create("k1", "alpha", {})
    for bad in (mine.id.upper(), mine.id + "\n", "x", 5, None, "0" * 32):
        assert code(named.own, bad, "k1") == "THING_NOT_FOUND"
    assert code(named.own, mine.id, "k2") == "THING_NOT_FOUND"
    assert code(named.delete, mine.id, "k2") == "THING_NOT_FOUND"
    named.delete(mine.id, "k1")
    assert code(named.own, mine.id, "k1") == "THING_NOT_FOUND"


def test_pages_hold_only_the_account_s_records(named: NamedRecords) -> None:
    for name in ("b-one", "a-two", "c-three"):
        named.create("k1", name, {})
    named.create("k2", "elsewhere", {})
    rows, count = named.page("k1", ALL, "name", descending=False)
    assert [r.name for r in rows] == ["a-two", "b-one", "c-three"] and count == 3
    rows, count = named.page("k1", Page(2, 1, None, None, ("E",)), "name", descending=True)
    assert [r.name for r in rows] == ["b-one"] and count == 2  # of c-three and b-one


def test_account_id_is_stable_hex() -> None:
    assert account_id("key") == account_id("key") != account_id("other") and is_id(account_id("key"))
