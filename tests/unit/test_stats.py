"""Job slot statistics weigh each started job by its robot, read from the Assemblies' params."""

from __future__ import annotations

from pathlib import Path

import orjson

from tests.conftest import KEY, SECRET, make_settings
from transloadit_emulator.core.assemblies.model import SignedRequest
from transloadit_emulator.core.stats import StatsService, step_robots
from transloadit_emulator.robots.registry import default_registry
from transloadit_emulator.storage.sqlite import SqliteDatabase
from transloadit_emulator.storage.state import SqliteStateStore, StoredAssembly
from transloadit_kit import sign

NOW = 1_790_000_000.0  # 2026-09-21 14:13:20 UTC


class FixedClock:
    def now(self) -> float:
        return NOW


def test_a_video_job_takes_six_slots(tmp_path: Path) -> None:
    store = SqliteStateStore(SqliteDatabase(tmp_path / "state.sqlite3"))
    steps = {"v": {"robot": "/video/encode", "use": ":original"}, "t": {"robot": "/video/thumbs", "use": ":original"}}
    status = {
        "ok": "ASSEMBLY_COMPLETED",
        "merged_params": orjson.dumps({"steps": steps}).decode(),
        "started_jobs": ["v:::original", "v:::original", "t:::original"],
        "jobs_queue_duration": 1.5,
    }
    assert step_robots(status) == {"v": "/video/encode", "t": "/video/thumbs"}
    store.save(StoredAssembly("a" * 32, KEY, NOW - 30, status, {}), "")
    service = StatsService(make_settings(tmp_path), store, FixedClock(), default_registry())
    params = orjson.dumps({"auth": {"key": KEY, "expires": "2099/01/01 00:00:00+00:00"}, "region": "x"}).decode()
    answer = orjson.loads(service.get_priority_job_slot_stats(SignedRequest(params, sign(params, SECRET))))
    video, thumbs = default_registry().get("/video/encode"), default_registry().get("/video/thumbs")
    assert video is not None and thumbs is not None and video.job_slots == 6
    assert answer["buckets"] == [
        {"start": "2026-09-21 14:00:00", "jobs": 3, "slots": 2 * 6 + thumbs.job_slots, "queue_duration": 1.5}
    ]
    store.close()
