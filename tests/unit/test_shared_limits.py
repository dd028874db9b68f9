"""The limits' stores (creations per window, running-Assembly leases): in memory and on PostgreSQL.

On PostgreSQL, several pools stand for several API processes; racing threads must never get past
a limit together: check and count are one transaction under a per-account lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from transloadit_emulator.core.clock import ManualClock
from transloadit_emulator.core.limits import (
    AssemblyLeases,
    AssemblyLimits,
    CreationLog,
    MemoryAssemblyLeases,
    MemoryCreationLog,
)
from transloadit_emulator.errors import TransloaditError
from transloadit_emulator.storage.postgres.database import PostgresDatabase
from transloadit_emulator.storage.postgres.limits import PostgresAssemblyLeases, PostgresCreationLog


@pytest.fixture
def processes(request: pytest.FixtureRequest) -> Iterator[list[PostgresDatabase]]:
    """Three pools on one fresh database: three 'API processes'."""
    url = request.getfixturevalue("postgres_url")
    pools = [PostgresDatabase(url) for _ in range(3)]
    pools[0].migrate()
    yield pools
    for pool in pools:
        pool.close()


@pytest.fixture(params=["memory", "postgresql"])
def log(request: pytest.FixtureRequest) -> CreationLog:
    if request.param == "memory":
        return MemoryCreationLog()
    return PostgresCreationLog(request.getfixturevalue("processes")[0])


@pytest.fixture(params=["memory", "postgresql"])
def leases(request: pytest.FixtureRequest) -> AssemblyLeases:
    if request.param == "memory":
        return MemoryAssemblyLeases()
    return PostgresAssemblyLeases(request.getfixturevalue("processes")[0])


def test_creation_window_slides(log: CreationLog) -> None:
    assert [log.admit("k", t, 60.0, 3) for t in (0.0, 1.0, 2.0)] == [None, None, None]
    assert log.admit("k", 3.0, 60.0, 3) == 60.0  # full until the first one leaves
    assert log.count("k", 3.0, 60.0) == 3 and log.count("k", 60.5, 60.0) == 2 and log.count("other", 3.0, 60.0) == 0
    assert log.admit("other", 3.0, 60.0, 3) is None  # accounts do not share a window
    assert log.admit("k", 60.0, 60.0, 3) is None  # the creation at 0.0 left at 60.0
    assert log.admit("k", 60.5, 60.0, 3) == 61.0


def test_leases_cap_running_assemblies(leases: AssemblyLeases) -> None:
    assert leases.take("k", "a1", 2, 0.0) is None
    assert leases.take("k", "a1", 2, 0.0) is None  # taking again is harmless
    assert leases.take("k", "a2", 2, 0.0) is None
    assert leases.take("k", "a3", 2, 0.0) == 2 and leases.held("k") == 2
    assert leases.take("other", "b1", 2, 0.0) is None
    leases.give_back("a1")
    leases.give_back("a1")
    assert leases.take("k", "a3", 2, 0.0) is None and leases.held("k") == 2


def _race(attempts: int, admit: Callable[[int], bool]) -> int:
    start = threading.Barrier(8)

    def attempt(n: int) -> bool:
        if n < 8:
            start.wait()
        return admit(n)

    with ThreadPoolExecutor(8) as pool:
        return sum(pool.map(attempt, range(attempts)))


def test_creation_limit_is_exact_across_processes(processes: list[PostgresDatabase]) -> None:
    logs = [PostgresCreationLog(p) for p in processes]
    admitted = _race(40, lambda n: logs[n % 3].admit("k", 100.0 + n / 1000, 60.0, 10) is None)
    assert admitted == 10


def test_running_cap_is_exact_across_processes(processes: list[PostgresDatabase]) -> None:
    stores = [PostgresAssemblyLeases(p) for p in processes]
    admitted = _race(40, lambda n: stores[n % 3].take("k", f"a{n}", 7, 0.0) is None)
    assert admitted == 7 and stores[2].held("k") == 7


def test_assembly_limits_answer_rate_limit_reached(leases: AssemblyLeases) -> None:
    limits = AssemblyLimits(ManualClock(1000.0), per_minute=2, concurrent=1, leases=leases)
    limits.admit("k", "a1")
    with pytest.raises(TransloaditError) as refused:
        limits.admit("k", "a2")
    assert refused.value.code == "RATE_LIMIT_REACHED" and refused.value.info == {"retryIn": 5}
    limits.give_back("a1")
    limits.admit("k", "a2")
    limits.give_back("a2")
    with pytest.raises(TransloaditError) as window:  # two creations counted: a1 and a2, not the refused one
        limits.admit("k", "a3")
    assert window.value.info == {"retryIn": 60}
    assert leases.held("k") == 0  # refused by the window: no lease kept


def test_retake_counts_but_is_never_refused(leases: AssemblyLeases) -> None:
    limits = AssemblyLimits(ManualClock(0.0), per_minute=10, concurrent=1, leases=leases)
    limits.admit("k", "a1")
    limits.retake("k", "resumed")
    assert leases.held("k") == 2
    with pytest.raises(TransloaditError):
        limits.admit("k", "a2")
