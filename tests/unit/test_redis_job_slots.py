"""Job slots shared through a real Redis: two pools stand for two worker processes.

The pools never hand out more than the account's slots together, live Steps go before batch
ones across processes, and the slots of a process that died come back after the ttl.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import redis

from transloadit_emulator.cluster.slots import RedisJobSlots
from transloadit_emulator.core.job_slots import BATCH, LIVE


@pytest.fixture
def pools(redis_url: str) -> Iterator[list[RedisJobSlots]]:
    clients = [redis.Redis.from_url(redis_url, decode_responses=True) for _ in range(2)]
    made = [RedisJobSlots(c, account_slots=4, ip_slots=40, ttl_s=1.0) for c in clients]
    yield made
    for pool, client in zip(made, clients, strict=True):
        pool.close()
        client.close()


def test_slots_are_exact_across_processes(pools: list[RedisJobSlots]) -> None:
    held, peak, lock = [0], [0], threading.Lock()
    start = threading.Barrier(12)

    def job(n: int) -> None:
        pool = pools[n % 2]
        start.wait()
        grant = pool.acquire("acct", f"ip{n % 3}", 1, 1, LIVE, abandoned=lambda: False)
        assert grant is not None
        with lock:
            held[0] += 1
            peak[0] = max(peak[0], held[0])
        time.sleep(0.05)
        with lock:
            held[0] -= 1
        pool.release(grant)

    threads = [threading.Thread(target=job, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert peak[0] == 4
    usage = pools[0].usage("acct", "ip0")
    assert usage.in_use == 0 and usage.waiting == 0


def waiting_on(pool: RedisJobSlots, queue: str) -> None:
    """Until the pool shows a job of ``queue`` waiting."""
    for _ in range(400):
        if pool.usage("acct", "ip").queues[queue]["waiting"] == 1:
            return
        time.sleep(0.025)
    raise AssertionError(f"no {queue} job waiting")


def test_live_goes_before_batch_across_processes(pools: list[RedisJobSlots]) -> None:
    first = pools[0].acquire("acct", "ip", 4, 1, LIVE, abandoned=lambda: False)
    assert first is not None
    order: list[str] = []

    def wait(pool: RedisJobSlots, queue: str) -> None:
        grant = pool.acquire("acct", "ip", 4, 1, queue, abandoned=lambda: False)
        assert grant is not None
        order.append(queue)
        pool.release(grant)

    batch = threading.Thread(target=wait, args=(pools[0], BATCH))
    batch.start()
    waiting_on(pools[1], BATCH)  # the batch Step waits first...
    live = threading.Thread(target=wait, args=(pools[1], LIVE))
    live.start()
    waiting_on(pools[0], LIVE)
    assert pools[1].usage("acct", "ip").in_use == 4
    pools[0].release(first)
    batch.join(10)
    live.join(10)
    assert order == [LIVE, BATCH]  # ...but the live one, on the other process, goes first


def test_a_dead_process_slots_come_back(pools: list[RedisJobSlots]) -> None:
    grant = pools[0].acquire("acct", "ip", 4, 1, LIVE, abandoned=lambda: False)
    assert grant is not None
    pools[0].close()  # it stops renewing, as a killed worker would
    abandoned_at = time.monotonic() + 10
    late = pools[1].acquire("acct", "ip", 4, 1, LIVE, abandoned=lambda: time.monotonic() > abandoned_at)
    assert late is not None  # granted once the dead grant expired (ttl 1 s)
    pools[1].release(late)
