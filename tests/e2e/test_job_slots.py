"""Job slots gate execution: Steps wait for room, say so, record how long; batch waits behind live.

The tests take slots themselves through the emulator's scheduler (as other jobs would), so the
waiting they observe is certain rather than a matter of timing.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient
from transloadit_client.models.job_queue import JobQueue

from tests.conftest import KEY, SECRET, jpeg_bytes
from tests.e2e.test_av_robots import make_media
from transloadit_emulator.app import create_app
from transloadit_emulator.core.assemblies.service import AssemblyService
from transloadit_emulator.core.job_slots import SlotGrant
from transloadit_emulator.settings import Settings
from transloadit_kit import Transloadit, TransloaditApiError

TESTCLIENT_IP = "testclient"  # the client address Starlette's TestClient reports
RESIZE = {"use": ":original", "robot": "/image/resize", "width": 32}


@pytest.fixture
def small_pools(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(dataclasses.replace(settings, account_job_slots=6)), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def one_slot(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(dataclasses.replace(settings, account_job_slots=1)), raise_server_exceptions=False) as c:
        yield c


def kit_for(client: TestClient) -> Transloadit:
    return Transloadit(KEY, SECRET, service="http://testserver", httpx_client=client)


def service_of(client: TestClient) -> AssemblyService:
    service: AssemblyService = client.app.state.assemblies  # type: ignore[attr-defined]
    return service


def hold(client: TestClient, slots: int) -> SlotGrant:
    """Take ``slots`` of the test account, as a running job of another Assembly would."""
    grant = service_of(client).job_slots.acquire(KEY, TESTCLIENT_IP, slots, 1, "live", abandoned=lambda: False)
    assert grant is not None
    return grant


def until(condition: Callable[[], bool]) -> None:
    pause = threading.Event()
    for _ in range(1000):
        if condition():
            return
        pause.wait(0.02)
    raise AssertionError("the emulator never reached the expected state")


def queue(kit: Transloadit, name: str) -> JobQueue:
    slots = kit.get_job_slots().priority_job_slots
    queues = getattr(slots, "queues", None)
    found = getattr(queues, name, None)
    assert isinstance(found, JobQueue), slots
    return found


def status(kit: Transloadit, assembly_id: str) -> dict[str, Any]:
    return kit.get_assembly(assembly_id).to_dict()


def test_a_step_waits_for_slots_and_records_its_queue_time(small_pools: TestClient) -> None:
    kit = kit_for(small_pools)
    held = hold(small_pools, 6)
    created = kit.create_assembly(steps={"thumb": RESIZE}, files=[("a.jpg", jpeg_bytes())]).to_dict()
    until(lambda: queue(kit, "live").waiting == 1)
    waiting = status(kit, created["assembly_id"])
    assert waiting["ok"] == "ASSEMBLY_EXECUTING" and waiting["running_jobs"] == []  # queued, not running
    report = kit.get_job_slots().priority_job_slots
    assert (report.total, report.in_use, report.available, report.waiting) == (6, 6, 0, 1)  # type: ignore[union-attr]
    assert report.ip_in_use == 6 and report.per_ip == 40  # type: ignore[union-attr]

    service_of(small_pools).job_slots.release(held)
    done = kit.wait_for_assembly(created["assembly_id"], timeout=30).to_dict()
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (thumb,) = done["results"]["thumb"]
    assert thumb["queue"] == "live" and thumb["queue_time"] > 0
    assert done["jobs_queue_duration"] >= thumb["queue_time"]
    after = kit.get_job_slots().priority_job_slots
    assert (after.in_use, after.waiting) == (0, 0)  # type: ignore[union-attr]


def test_a_video_encode_job_takes_six_slots(small_pools: TestClient, tmp_path: Path) -> None:
    kit = kit_for(small_pools)
    clip = make_media(tmp_path / "clip.mp4", "-f", "lavfi", "-i", "testsrc2=size=64x48:rate=10:duration=1")
    held = hold(small_pools, 1)  # 5 of 6 free: room for five resizes, not for one encode
    encode = {"use": ":original", "robot": "/video/encode", "preset": "empty"}
    video = kit.create_assembly(steps={"mp4": encode}, files=[clip]).to_dict()
    until(lambda: queue(kit, "live").waiting == 1)
    assert kit.get_job_slots().priority_job_slots.waiting == 6  # type: ignore[union-attr]
    image = kit.create_assembly(steps={"thumb": RESIZE}, files=[("b.jpg", jpeg_bytes())]).to_dict()
    until(lambda: queue(kit, "live").waiting == 2)  # it would fit, but the encode came first
    service_of(small_pools).job_slots.release(held)
    encoded = kit.wait_for_assembly(video["assembly_id"], timeout=60).to_dict()
    resized = kit.wait_for_assembly(image["assembly_id"], timeout=60).to_dict()
    assert encoded["ok"] == resized["ok"] == "ASSEMBLY_COMPLETED", (encoded, resized)
    assert encoded["results"]["mp4"][0]["meta"]["duration"] > 0
    assert resized["results"]["thumb"][0]["queue_time"] > 0
    assert kit.get_job_slots().priority_job_slots.in_use == 0  # type: ignore[union-attr]


def test_batch_steps_wait_behind_live_ones(one_slot: TestClient) -> None:
    kit = kit_for(one_slot)
    held = hold(one_slot, 1)
    batch = kit.create_assembly(
        steps={"thumb": {**RESIZE, "queue": "batch"}}, files=[("a.jpg", jpeg_bytes())]
    ).to_dict()
    until(lambda: queue(kit, "batch").waiting == 1)
    live = kit.create_assembly(steps={"thumb": RESIZE}, files=[("b.jpg", jpeg_bytes())]).to_dict()
    until(lambda: queue(kit, "live").waiting == 1)
    service_of(one_slot).job_slots.release(held)
    done = {
        name: kit.wait_for_assembly(created["assembly_id"], timeout=30).to_dict()
        for name, created in (("batch", batch), ("live", live))
    }
    batch_thumb, live_thumb = done["batch"]["results"]["thumb"][0], done["live"]["results"]["thumb"][0]
    assert (batch_thumb["queue"], live_thumb["queue"]) == ("batch", "live")
    # The batch Step queued first yet ran second: it also waited for the live one to finish.
    assert batch_thumb["queue_time"] > live_thumb["queue_time"]


def test_canceling_a_waiting_assembly_gives_up_its_place(one_slot: TestClient) -> None:
    kit = kit_for(one_slot)
    held = hold(one_slot, 1)
    created = kit.create_assembly(steps={"thumb": RESIZE}, files=[("a.jpg", jpeg_bytes())]).to_dict()
    until(lambda: queue(kit, "live").waiting == 1)
    assert kit.cancel_assembly(created["assembly_id"]).ok == "ASSEMBLY_CANCELED"
    until(lambda: queue(kit, "live").waiting == 0)
    service_of(one_slot).job_slots.release(held)
    assert service_of(one_slot).wait_idle(timeout=30)
    assert kit.get_job_slots().priority_job_slots.in_use == 0  # type: ignore[union-attr]
    assert status(kit, created["assembly_id"])["ok"] == "ASSEMBLY_CANCELED"


def test_an_unknown_queue_is_refused_at_creation(kit: Transloadit) -> None:
    with pytest.raises(TransloaditApiError) as caught:
        kit.create_assembly(steps={"thumb": {**RESIZE, "queue": "express"}}, files=[("a.jpg", jpeg_bytes())])
    assert caught.value.code == "IMAGE_RESIZE_VALIDATION" and "queue" in str(caught.value)
