"""The control plane's core pieces on their own: faults, the account book, the request ring, the clock."""

from __future__ import annotations

from pathlib import Path

import pytest

from transloadit_emulator.core.accounts import AccountBook
from transloadit_emulator.core.clock import ManualClock, UuidIds
from transloadit_emulator.core.control.faults import FaultBoard
from transloadit_emulator.core.control.requests import BODY_LIMIT, RequestLog
from transloadit_emulator.errors import TransloaditError
from transloadit_emulator.settings import Account, Settings


def board() -> FaultBoard:
    return FaultBoard(ManualClock(1_000.0), UuidIds())


def test_a_job_fault_matches_its_robot_or_step_for_its_count_then_disarms() -> None:
    faults = board()
    faults.add({"kind": "job", "robot": "/image/resize", "error": "E", "count": 2})
    faults.add({"kind": "job", "step": "thumb", "delay": 0.5})
    assert faults.take_job("/file/hash", "hashed") is None
    assert faults.take_creation() is None and faults.take_delivery() is None
    first = faults.take_job("/image/resize", "any")
    assert first is not None and (first.error, first.remaining, first.used) == ("E", 1, 1)
    assert faults.take_job("/image/resize", "thumb") is first  # the first armed matches first
    slow = faults.take_job("/image/resize", "thumb")
    assert slow is not None and slow.error is None and slow.delay == 0.5
    assert faults.list() == []


@pytest.mark.parametrize(
    "spec",
    [
        {"kind": "nope"},
        {"kind": "job"},  # neither an error nor a delay
        {"kind": "job", "error": "E", "count": 0},
        {"kind": "job", "error": "E", "count": True},
        {"kind": "job", "error": "E", "count": 10_001},
        {"kind": "job", "delay": 601},
        {"kind": "job", "error": ""},
        {"kind": "job", "error": "E", "robot": 5},
        {"kind": "delivery", "mode": "explode"},
    ],
)
def test_faults_that_make_no_sense_are_refused_with_a_code(spec: dict[str, object]) -> None:
    with pytest.raises(TransloaditError) as refused:
        board().add(spec)
    assert refused.value.code == "EMULATOR_INVALID_FAULT"


def test_clearing_one_fault_or_all() -> None:
    faults = board()
    one = faults.add({"kind": "creation", "count": 3})
    faults.add({"kind": "delivery", "mode": "hang", "delay": 1})
    assert faults.clear("f" * 32) == 0
    assert faults.clear(one.id) == 1 and [f.kind for f in faults.list()] == ["delivery"]
    assert faults.clear() == 1 and faults.list() == []


def test_the_account_book_adds_and_removes_keys_with_scopes() -> None:
    book = AccountBook(Settings(data_dir=Path("unused")))
    assert not book.add(Account("emulator-key", "x"), None)  # the settings' key is taken
    assert book.add(Account("reader", "s"), frozenset({"assemblies:read"}))
    entry = book.lookup("reader")
    assert entry is not None and entry.scopes == {"assemblies:read"} and not entry.configured
    assert [e.account.key for e in book.entries()] == ["emulator-key", "reader"]
    assert book.remove("reader") and book.account("reader") is None and not book.remove("reader")


def test_the_request_ring_keeps_the_newest_and_a_bounded_body() -> None:
    log = RequestLog(2)
    for n in range(3):
        log.add(
            (
                float(n),
                "GET",
                f"/{n}",
                b"",
                200,
                b"application/json",
                b"x" * (BODY_LIMIT + 1),
                0.001,
            )
        )
    items = log.items()
    assert [i["path"] for i in items] == ["/2", "/1"]
    assert items[0]["body_truncated"] is True and len(items[0]["body"]) == BODY_LIMIT
    assert log.items(1)[0]["path"] == "/2"


def test_the_manual_clock_unfreezes_keeping_its_lead_and_resets_to_system_time() -> None:
    clock = ManualClock()
    clock.advance(3600)
    assert clock.offset == pytest.approx(3600, abs=1)
    clock.freeze()
    assert clock.frozen and clock.now() == clock.now()
    clock.unfreeze()
    assert not clock.frozen and clock.offset == pytest.approx(3600, abs=1)
    clock.reset()
    assert clock.offset == pytest.approx(0, abs=1)
