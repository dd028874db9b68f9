"""Job slots: per-account and per-IP pools, robot weights, queue order, live before batch."""

from __future__ import annotations

import threading
from collections.abc import Callable

from transloadit_emulator.core.job_slots import BATCH, LIVE, JobSlots, SlotGrant
from transloadit_emulator.robots.image_resize import ImageResize
from transloadit_emulator.robots.video_concat import VideoConcat
from transloadit_emulator.robots.video_encode import VideoEncode

WAIT_S = 10  # generous: only reached when something is broken


class Waiting:
    """An ``acquire`` running on its own thread, as an executing Assembly's Step does."""

    def __init__(self, slots: JobSlots, account: str, ip: str, need: int, queue: str = LIVE) -> None:
        self.grant: SlotGrant | None = None
        self.abandon = threading.Event()
        self.done = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(slots, account, ip, need, queue), daemon=True)
        self._thread.start()

    def _run(self, slots: JobSlots, account: str, ip: str, need: int, queue: str) -> None:
        self.grant = slots.acquire(account, ip, need, 1, queue, abandoned=self.abandon.is_set)
        self.done.set()


def take(slots: JobSlots, account: str, ip: str, need: int, queue: str = LIVE) -> SlotGrant:
    grant = slots.acquire(account, ip, need, 1, queue, abandoned=lambda: False)
    assert grant is not None
    return grant


def until(condition: Callable[[], bool]) -> None:
    event = threading.Event()
    for _ in range(WAIT_S * 100):
        if condition():
            return
        event.wait(0.01)
    raise AssertionError("condition never became true")


def waiting_jobs(slots: JobSlots, account: str, queue: str = LIVE) -> int:
    return slots.usage(account, None).queues[queue]["waiting"]


def test_robots_weigh_their_jobs() -> None:
    assert (VideoEncode.job_slots, VideoConcat.job_slots, ImageResize.job_slots) == (6, 6, 1)


def test_jobs_run_while_they_fit_and_wait_for_released_slots() -> None:
    slots = JobSlots(account_slots=8, ip_slots=40)
    video = take(slots, "a", "10.0.0.1", 6)
    resize = take(slots, "a", "10.0.0.1", 1)
    second_video = Waiting(slots, "a", "10.0.0.1", 6)
    until(lambda: waiting_jobs(slots, "a") == 1)
    assert not second_video.done.is_set()
    slots.release(resize)
    assert not second_video.done.wait(0.05)  # 6 + 6 still does not fit in 8
    slots.release(video)
    assert second_video.done.wait(WAIT_S) and second_video.grant is not None
    assert slots.usage("a", "10.0.0.1").in_use == 6


def test_a_heavy_job_is_not_overtaken_by_light_ones_of_its_pool() -> None:
    slots = JobSlots(account_slots=6, ip_slots=40)
    held = take(slots, "a", "ip", 3)
    heavy = Waiting(slots, "a", "ip", 6)
    until(lambda: waiting_jobs(slots, "a") == 1)
    light = Waiting(slots, "a", "ip", 1)  # would fit now, but the heavy one came first
    until(lambda: waiting_jobs(slots, "a") == 2)
    assert not light.done.wait(0.05)
    slots.release(held)
    assert heavy.done.wait(WAIT_S) and heavy.grant is not None
    slots.release(heavy.grant)
    assert light.done.wait(WAIT_S)


def test_other_accounts_do_not_wait_but_the_address_pool_is_shared() -> None:
    slots = JobSlots(account_slots=6, ip_slots=8)
    take(slots, "a", "ip-1", 6)
    blocked = Waiting(slots, "a", "ip-1", 1)
    until(lambda: waiting_jobs(slots, "a") == 1)
    take(slots, "b", "ip-2", 6)  # another account, another address: not held up by a's queue
    other_account_same_ip = Waiting(slots, "b", "ip-1", 3)  # 6 of ip-1's 8 are taken
    until(lambda: waiting_jobs(slots, "b") == 1)
    assert not other_account_same_ip.done.wait(0.05) and not blocked.done.is_set()
    assert slots.usage("b", "ip-1").ip_in_use == 6


def test_live_jobs_go_before_batch_jobs() -> None:
    slots = JobSlots(account_slots=1, ip_slots=1)
    held = take(slots, "a", "ip", 1)
    batch = Waiting(slots, "a", "ip", 1, BATCH)
    until(lambda: waiting_jobs(slots, "a", BATCH) == 1)
    live = Waiting(slots, "a", "ip", 1, LIVE)
    until(lambda: waiting_jobs(slots, "a", LIVE) == 1)
    slots.release(held)
    assert live.done.wait(WAIT_S) and live.grant is not None and not batch.done.is_set()
    usage = slots.usage("a", "ip")
    assert usage.queues[LIVE]["running"] == 1 and usage.queues[BATCH]["waiting"] == 1
    slots.release(live.grant)
    assert batch.done.wait(WAIT_S) and batch.grant is not None and batch.grant.queue == BATCH


def test_a_job_larger_than_a_pool_takes_the_whole_pool_instead_of_waiting_forever() -> None:
    slots = JobSlots(account_slots=4, ip_slots=40)
    grant = take(slots, "a", "ip", 6)
    assert grant.slots == 4 and slots.usage("a", "ip").in_use == 4


def test_an_abandoned_wait_holds_nothing_and_lets_the_next_one_go() -> None:
    slots = JobSlots(account_slots=2, ip_slots=40)
    held = take(slots, "a", "ip", 1)
    canceled = Waiting(slots, "a", "ip", 2)
    until(lambda: waiting_jobs(slots, "a") == 1)
    behind = Waiting(slots, "a", "ip", 1)  # fits, but waits behind the earlier one
    assert not behind.done.wait(0.05)
    canceled.abandon.set()
    assert canceled.done.wait(WAIT_S) and canceled.grant is None
    assert behind.done.wait(WAIT_S) and behind.grant is not None
    slots.release(held)
    slots.release(behind.grant)
    assert slots.usage("a", "ip").in_use == 0 and slots.usage("a", "ip").waiting == 0


def test_usage_reports_slots_and_jobs_per_queue() -> None:
    slots = JobSlots(account_slots=120, ip_slots=40)
    slots.acquire("a", "ip", 12, 2, LIVE, abandoned=lambda: False)
    slots.acquire("a", "ip", 1, 1, BATCH, abandoned=lambda: False)
    slots.acquire("b", "ip", 5, 1, LIVE, abandoned=lambda: False)
    usage = slots.usage("a", "ip")
    assert (usage.total, usage.in_use, usage.per_ip, usage.ip_in_use) == (120, 13, 40, 18)
    assert usage.queues == {
        LIVE: {"in_use": 12, "running": 2, "waiting": 0},
        BATCH: {"in_use": 1, "running": 1, "waiting": 0},
    }
