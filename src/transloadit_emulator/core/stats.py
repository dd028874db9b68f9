"""Assembly statistics and priority job slot statistics, computed from the stored Assemblies.

Both take ``region`` (required: the emulator is one region and counts every Assembly) and a time
range ``fromdate`` / ``todate`` over the Assemblies' creation times (default: the 30 days up to now).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

from ..errors import TransloaditError
from ..robots.registry import RobotRegistry
from ..settings import Settings
from ..storage.failure import StoreFailure
from ..storage.state import ListQuery, StateStore, StoredAssembly
from . import auth
from .assemblies.model import SignedRequest
from .assemblies.status import parse_list_date
from .clock import Clock

_DEFAULT_RANGE_S = 30 * 86400
_BUCKET_S = {"minute": 60, "hour": 3600, "day": 86400}
_PAGE = 1000
_RUNNING = ("ASSEMBLY_UPLOADING", "ASSEMBLY_EXECUTING", "ASSEMBLY_REPLAYING")


@dataclass(frozen=True)
class Range:
    """A validated statistics request: region and ``[start, end]`` timestamps."""

    region: str
    start: float
    end: float


def _when(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%S")


def _parse_time(value: Any, name: str, code: str) -> float:
    """``Y-m-d H:i:s`` (or ``Y-m-d``) or ISO 8601, UTC unless it says otherwise."""
    if not isinstance(value, str):
        raise TransloaditError(code, f"{name} must be a date string, got {value!r}.")
    try:
        return parse_list_date(value)
    except ValueError:
        pass
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise TransloaditError(code, f"{name} must be 'Y-m-d H:i:s' or ISO 8601, got {value!r}.") from None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).timestamp()


def read_range(params: Mapping[str, Any], prefix: str, now: float) -> Range:
    """``region``, ``fromdate`` and ``todate``, or the ``<prefix>_MISSING_REGION`` / ``_INVALID_TIME`` error."""
    region = params.get("region")
    if not isinstance(region, str) or not region.strip():
        raise TransloaditError(f"{prefix}_MISSING_REGION", 'params.region is required, e.g. "us-east-1".')
    code = f"{prefix}_INVALID_TIME"
    end = _parse_time(params["todate"], "todate", code) if params.get("todate") not in (None, "") else now
    given_start = params.get("fromdate")
    start = _parse_time(given_start, "fromdate", code) if given_start not in (None, "") else end - _DEFAULT_RANGE_S
    if start > end:
        raise TransloaditError(code, "fromdate must not be after todate.")
    return Range(region.strip(), start, end)


def _counts(label: dict[str, Any] | None = None) -> dict[str, Any]:
    zero: dict[str, Any] = {"assembly_count": 0, "completed": 0, "failed": 0, "canceled": 0, "executing": 0}
    zero.update(bytes_received=0, bytes_usage=0, execution_duration=0.0, upload_duration=0.0, queue_duration=0.0)
    return {**(label or {}), **zero}


def _add(counts: dict[str, Any], status: Mapping[str, Any]) -> None:
    """Count one Assembly's status into ``counts``."""
    counts["assembly_count"] += 1
    if status.get("error"):
        counts["failed"] += 1
    elif status.get("ok") == "ASSEMBLY_CANCELED":
        counts["canceled"] += 1
    elif status.get("ok") in _RUNNING:
        counts["executing"] += 1
    else:
        counts["completed"] += 1
    for name in ("bytes_received", "bytes_usage"):
        counts[name] += int(status.get(name) or 0)
    for name, source in (
        ("execution_duration", "execution_duration"),
        ("upload_duration", "upload_duration"),
        ("queue_duration", "jobs_queue_duration"),
    ):
        counts[name] = round(counts[name] + float(status.get(source) or 0), 3)


def step_robots(status: Mapping[str, Any]) -> dict[str, str]:
    """Step name -> robot, from the params the Assembly ran with."""
    raw = status.get("merged_params") or status.get("params")
    try:
        steps = orjson.loads(raw).get("steps") if isinstance(raw, str) else None
    except (orjson.JSONDecodeError, AttributeError):
        steps = None
    if not isinstance(steps, dict):
        return {}
    return {name: s["robot"] for name, s in steps.items() if isinstance(s, dict) and isinstance(s.get("robot"), str)}


class StatsService:
    """``GET /assembly_stats`` and ``GET /priority_job_slot_stats``."""

    def __init__(
        self,
        settings: Settings,
        store: StateStore,
        clock: Clock,
        registry: RobotRegistry,
        authenticator: auth.Authenticator | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.clock = clock
        self.registry = registry
        self.authenticator = authenticator or auth.Authenticator(settings, clock)

    def get_assembly_stats(self, request: SignedRequest) -> bytes:
        """Counts, durations and bytes in all, per day and per robot."""
        authed = self.authenticator(request)
        span = read_range(authed.params, "ASSEMBLY_STATS", self.clock.now())
        totals, days, robots = _counts(), dict[str, dict[str, Any]](), dict[str, dict[str, int]]()
        for assembly in self._assemblies(authed.account.key, span, "ASSEMBLY_STATS_ERROR"):
            status = assembly.status
            _add(totals, status)
            day = datetime.fromtimestamp(assembly.created_ts, UTC).strftime("%Y-%m-%d")
            _add(days.setdefault(day, _counts({"date": day})), status)
            results = status.get("results") or {}
            for step, robot in step_robots(status).items():
                files = results.get(step) or []
                entry = robots.setdefault(robot, {"steps": 0, "files": 0, "bytes": 0})
                entry["steps"] += 1
                entry["files"] += len(files)
                entry["bytes"] += sum(int(f.get("size") or 0) for f in files if isinstance(f, dict))
        body: dict[str, Any] = {"ok": "ASSEMBLY_STATS_FOUND", "message": "The Assembly statistics were computed."}
        body.update(_span(span))
        body.update(totals=totals, days=[days[d] for d in sorted(days)], robots=dict(sorted(robots.items())))
        return orjson.dumps(body)

    def get_priority_job_slot_stats(self, request: SignedRequest) -> bytes:
        """Jobs, slots and waiting per ``aggregation`` bucket, and the busiest bucket."""
        authed = self.authenticator(request)
        params = authed.params
        span = read_range(params, "PRIORITY_JOB_SLOT_STATS", self.clock.now())
        aggregation = params.get("aggregation", "hour")
        if aggregation not in _BUCKET_S:
            raise TransloaditError(
                "PRIORITY_JOB_SLOT_STATS_INVALID_AGGREGATION",
                f"aggregation must be minute, hour or day, got {aggregation!r}.",
            )
        size = _BUCKET_S[aggregation]
        buckets: dict[float, dict[str, Any]] = {}
        for assembly in self._assemblies(authed.account.key, span, "PRIORITY_JOB_SLOT_STATS_ERROR"):
            start = assembly.created_ts - assembly.created_ts % size
            bucket = buckets.setdefault(start, {"start": _when(start), "jobs": 0, "slots": 0, "queue_duration": 0.0})
            robots = step_robots(assembly.status)
            for job in assembly.status.get("started_jobs") or []:
                robot = self.registry.get(robots.get(str(job).split("::", 1)[0], ""))
                bucket["jobs"] += 1
                bucket["slots"] += robot.job_slots if robot is not None else 1
            queued = float(assembly.status.get("jobs_queue_duration") or 0)
            bucket["queue_duration"] = round(bucket["queue_duration"] + queued, 3)
        ordered = [buckets[k] for k in sorted(buckets)]
        peak = max(ordered, key=lambda b: (b["slots"], b["jobs"]), default=None)
        body: dict[str, Any] = {
            "ok": "PRIORITY_JOB_SLOT_STATS_FOUND",
            "message": "The job slot statistics were computed.",
        }
        body.update(_span(span), aggregation=aggregation, total_slots=self.settings.account_job_slots)
        body.update(buckets=ordered, peak=peak)
        return orjson.dumps(body)

    def _assemblies(self, account_key: str, span: Range, failed: str) -> Iterator[StoredAssembly]:
        """The account's Assemblies created in the range, page by page; ``failed`` is the code when
        the database cannot give them."""
        page = 1
        while True:
            query = ListQuery(account_key=account_key, page=page, pagesize=_PAGE, from_ts=span.start, to_ts=span.end)
            try:
                rows, total = self.store.query(query)
            except StoreFailure as exc:
                raise TransloaditError(failed, f"The statistics could not be read: {exc}") from None
            yield from rows
            if page * _PAGE >= total or not rows:
                return
            page += 1


def _span(span: Range) -> dict[str, str]:
    return {"region": span.region, "fromdate": _when(span.start), "todate": _when(span.end)}
