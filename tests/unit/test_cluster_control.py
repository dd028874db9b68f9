"""The control-plane state a cluster shares on a real Redis: faults used up exactly across
"processes" (boards on their own connections), the clock and accounts followed through the bus,
and an execution that stops once its lease is lost."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import redis

from transloadit_emulator.cluster.bus import CONTROL_CHANNEL, ExecutionLeases, RedisEventBus
from transloadit_emulator.cluster.control import RedisControlShare, RedisFaults
from transloadit_emulator.cluster.queue import Executions
from transloadit_emulator.core.accounts import AccountBook
from transloadit_emulator.core.clock import ManualClock, UuidIds
from transloadit_emulator.core.control.faults import FaultBoard
from transloadit_emulator.settings import Account, Settings

LOG = logging.getLogger("test")


@pytest.fixture
def clients(redis_url: str) -> Iterator[list[redis.Redis]]:
    made = [redis.Redis.from_url(redis_url, decode_responses=True) for _ in range(3)]
    yield made
    for client in made:
        client.close()


def test_faults_are_used_up_exactly_across_processes(clients: list[redis.Redis]) -> None:
    boards = [FaultBoard(ManualClock(), UuidIds(), store=RedisFaults(c)) for c in clients]
    armed = boards[0].add({"kind": "job", "robot": "/image/resize", "error": "DISK_FULL", "count": 5})
    boards[0].add({"kind": "ending", "ending": "ASSEMBLY_CANCELED", "delay": 0.01})
    assert [f.id for f in boards[2].list()] == [armed.id, boards[0].list()[1].id]
    assert boards[1].take_job("/video/encode", "v") is None  # another robot: no match
    taken: list[Any] = []
    start = threading.Barrier(9)

    def take(board: FaultBoard) -> None:
        start.wait()
        taken.append(board.take_job("/image/resize", "small"))

    threads = [threading.Thread(target=take, args=(boards[n % 3],)) for n in range(9)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    used = [f for f in taken if f is not None]
    assert len(used) == 5 and {f.error for f in used} == {"DISK_FULL"}  # five times, not 5 per process
    assert sorted(f.used for f in used) == [1, 2, 3, 4, 5]
    assert [f.kind for f in boards[1].list()] == ["ending"]
    boards[2].pause_ending("ASSEMBLY_COMPLETED")  # another ending: not this fault's
    assert boards[1].clear(boards[0].list()[0].id) == 1 and boards[2].list() == []
    boards[0].add({"kind": "creation", "count": 2})
    assert boards[1].clear() == 1 and boards[0].take_creation() is None


def test_the_clock_and_accounts_follow_the_process_that_changed_them(clients: list[redis.Redis]) -> None:
    settings = Settings(data_dir=None, accounts=(Account("k", "s"),))  # type: ignore[arg-type]
    clocks = [ManualClock(), ManualClock()]
    books = [AccountBook(settings), AccountBook(settings)]
    faults = [RedisFaults(c) for c in clients[:2]]
    shares = [RedisControlShare(*parts) for parts in zip(clients, clocks, books, faults, strict=False)]
    buses = [RedisEventBus(c, LOG) for c in clients[:2]]
    for bus, share in zip(buses, shares, strict=True):
        bus.listen(_NoEvents(), control=share.apply)
    try:
        _wait(lambda: clients[2].pubsub_numsub(CONTROL_CHANNEL)[0][1] == 2)  # both subscribed
        clocks[0].freeze(1_800_000_000.0)
        shares[0].clock_changed()
        books[0].add(Account("added", "secret", require_signature=False), frozenset({"assemblies:read"}))
        shares[0].accounts_changed()
        _wait(lambda: clocks[1].now() == 1_800_000_000.0 and books[1].lookup("added") is not None)
        entry = books[1].lookup("added")
        assert entry is not None and entry.scopes == frozenset({"assemblies:read"}) and not entry.configured
        late = ManualClock(), AccountBook(settings)  # a process that starts now reads the keys
        RedisControlShare(clients[2], *late, RedisFaults(clients[2])).restore()
        assert late[0].now() == 1_800_000_000.0 and late[1].account("added") is not None
        # B found no fault armed: it stops asking Redis until one is announced, as A's arming is.
        assert faults[1].take("creation", {}) is None and not faults[1]._maybe_armed
        FaultBoard(ManualClock(), UuidIds(), store=faults[0]).add({"kind": "creation"})
        _wait(lambda: faults[1].take("creation", {}) is not None)
    finally:
        for bus in buses:
            bus.close()


class _NoEvents:
    def remote_events(self, assembly_id: str, events: list[Any]) -> None:
        pass


def test_an_execution_whose_lease_is_taken_stops(clients: list[redis.Redis]) -> None:
    leases = ExecutionLeases(clients[0], ttl_s=0.3)
    running, finish, lost = threading.Event(), threading.Event(), []

    def run_here(assembly_id: str) -> bool:
        running.set()
        finish.wait(10)
        return True

    executions = Executions(run_here, lambda _: True, leases, LOG, on_lost=lost.append)
    worker = threading.Thread(target=executions.execute, args=("a" * 32,))
    worker.start()
    assert running.wait(5)
    key = "transloadit_emulator:executing:" + "a" * 32
    assert str(clients[1].get(key)).startswith(executions.holder)
    clients[1].set(key, "another-worker", px=60_000)  # taken over (as after an expiry)
    _wait(lambda: lost == ["a" * 32])
    finish.set()
    worker.join(5)
    assert clients[1].get(key) == "another-worker"  # the stopped execution leaves the taker's lease alone


def _wait(check: Any, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)
