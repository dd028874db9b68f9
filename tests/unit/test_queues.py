"""Job slots weigh each running job by its robot."""

from __future__ import annotations

from pathlib import Path

import orjson

from tests.conftest import KEY, SECRET, make_settings
from transloadit_emulator.core.assemblies.model import SignedRequest
from transloadit_emulator.core.clock import SystemClock
from transloadit_emulator.core.queues import QueueService, job_weight
from transloadit_kit import sign
from transloadit_kit.params import build_params, encode_params


def test_weights() -> None:
    assert (job_weight("/video/encode"), job_weight("/image/resize")) == (6, 1)


def test_slots_in_use_per_queue(tmp_path: Path) -> None:
    jobs = [{"robot": "/video/encode", "queue": "live"}, {"robot": "/image/resize", "queue": "batch"}]
    service = QueueService(make_settings(tmp_path), SystemClock(), lambda key: jobs)
    raw = encode_params(build_params(KEY))
    slots = orjson.loads(service.get_job_slots(SignedRequest(raw, sign(raw, SECRET))))["priority_job_slots"]
    assert (slots["in_use"], slots["available"]) == (7, 113)
    assert slots["queues"] == {"live": {"in_use": 6}, "batch": {"in_use": 1}}
