"""Assembly and priority job slot statistics from real Assemblies, through the generated client."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from transloadit_client.api.billing import get_assembly_stats, get_priority_job_slot_stats
from transloadit_client.models import AssemblyStats, JobSlotStats

from tests.conftest import jpeg_bytes
from transloadit_kit import Transloadit

STEPS = {
    ":original": {"robot": "/upload/handle"},
    "small": {"use": ":original", "robot": "/image/resize", "width": 30},
    "hashed": {"use": ":original", "robot": "/file/hash"},
}
REGION = {"region": "us-east-1"}


def query(kit: Transloadit, **extra: Any) -> dict[str, str]:
    params, signature = kit.signed(extra=extra)
    return {"params": params, "signature": signature}


def run_two(kit: Transloadit) -> list[Any]:
    return [
        kit.create_assembly(steps=STEPS, files=[(f"{i}.jpg", jpeg_bytes((90, 60)))], wait=True, timeout=30)
        for i in range(2)
    ]


def test_assembly_stats_count_real_assemblies(kit: Transloadit) -> None:
    done = run_two(kit)
    stats = get_assembly_stats.sync(client=kit.client, **query(kit, **REGION))
    assert isinstance(stats, AssemblyStats) and stats.ok == "ASSEMBLY_STATS_FOUND"
    totals = stats.totals.to_dict()
    assert (totals["assembly_count"], totals["completed"], totals["failed"]) == (2, 2, 0)
    assert totals["bytes_usage"] == sum(int(d.bytes_usage) for d in done)  # type: ignore[arg-type]
    assert totals["bytes_received"] == sum(int(d.bytes_received) for d in done)  # type: ignore[arg-type]
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    assert [d.to_dict()["date"] for d in stats.days] == [today]
    assert stats.days[0].to_dict()["assembly_count"] == 2
    robots = stats.robots.to_dict()
    resized = [f for d in done for f in d.results.to_dict()["small"]]  # type: ignore[union-attr]
    assert robots["/image/resize"] == {"steps": 2, "files": 2, "bytes": sum(f["size"] for f in resized)}
    assert robots["/file/hash"]["steps"] == 2


def test_assembly_stats_refusals(kit: Transloadit) -> None:
    def refused(**params: Any) -> bytes:
        answer = get_assembly_stats.sync_detailed(client=kit.client, **query(kit, **params))
        assert answer.status_code == 400
        return answer.content

    assert b"ASSEMBLY_STATS_MISSING_REGION" in refused()
    assert b"ASSEMBLY_STATS_INVALID_TIME" in refused(**REGION, fromdate="yesterday")
    assert b"ASSEMBLY_STATS_INVALID_TIME" in refused(**REGION, fromdate="2026-01-02", todate="2026-01-01")
    empty = get_assembly_stats.sync(
        client=kit.client, **query(kit, **REGION, fromdate="2001-01-01", todate="2001-02-01")
    )
    assert isinstance(empty, AssemblyStats) and empty.totals.to_dict()["assembly_count"] == 0 and empty.days == []


def test_priority_job_slot_stats(kit: Transloadit) -> None:
    run_two(kit)
    for aggregation, width in (("minute", 60), ("hour", 3600), ("day", 86400)):
        stats = get_priority_job_slot_stats.sync(client=kit.client, **query(kit, **REGION, aggregation=aggregation))
        assert isinstance(stats, JobSlotStats) and stats.ok == "PRIORITY_JOB_SLOT_STATS_FOUND"
        assert stats.total_slots == 120
        jobs = sum(b.jobs for b in stats.buckets)  # type: ignore[misc]
        assert jobs == 6  # per Assembly: the upload, a resize and a hash job, one slot each
        assert sum(b.slots for b in stats.buckets) == 6  # type: ignore[misc]
        for bucket in stats.buckets:
            start = datetime.strptime(str(bucket.start), "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
            assert int(start.timestamp()) % width == 0
        assert stats.peak is not None

    def refused(**params: Any) -> bytes:
        answer = get_priority_job_slot_stats.sync_detailed(client=kit.client, **query(kit, **params))
        assert answer.status_code == 400
        return answer.content

    assert b"PRIORITY_JOB_SLOT_STATS_MISSING_REGION" in refused(aggregation="hour")
    assert b"PRIORITY_JOB_SLOT_STATS_INVALID_AGGREGATION" in refused(**REGION, aggregation="week")
    assert b"PRIORITY_JOB_SLOT_STATS_INVALID_TIME" in refused(**REGION, todate="31/12/2026")
