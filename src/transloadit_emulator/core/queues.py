"""Job slots: how much of the account's processing capacity its running Assemblies take.

Each running job takes slots by robot weight (a ``/video/encode`` job takes 6, others 1), as the
real API counts them against 120 slots per account.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import orjson

from ..settings import Settings
from . import auth
from .assemblies.model import SignedRequest
from .clock import Clock

ROBOT_WEIGHTS: dict[str, int] = {"/video/encode": 6, "/video/adaptive": 6, "/video/concat": 6, "/video/merge": 6}
ACCOUNT_SLOTS = 120
IP_SLOTS = 40


def job_weight(robot: str) -> int:
    """Slots one job of ``robot`` takes."""
    return ROBOT_WEIGHTS.get(robot, 1)


class QueueService:
    """``GET /queues/job_slots``."""

    def __init__(
        self,
        settings: Settings,
        clock: Clock,
        running_jobs: Callable[[str], Iterable[Mapping[str, Any]]],
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.authenticator = auth.Authenticator(settings, clock)
        #: The account's running jobs as ``{"robot": ..., "queue": "live" | "batch"}``.
        self.running_jobs = running_jobs

    def get_job_slots(self, request: SignedRequest) -> bytes:
        """Slots in use per queue, and the account's total."""
        authed = self.authenticator(request)
        used = {"live": 0, "batch": 0}
        for job in self.running_jobs(authed.account.key):
            used["batch" if job.get("queue") == "batch" else "live"] += job_weight(str(job.get("robot", "")))
        return orjson.dumps(
            {
                "ok": "PRIORITY_JOB_SLOTS_FOUND",
                "priority_job_slots": {
                    "total": ACCOUNT_SLOTS,
                    "in_use": used["live"] + used["batch"],
                    "available": max(0, ACCOUNT_SLOTS - used["live"] - used["batch"]),
                    "per_ip": IP_SLOTS,
                    "queues": {name: {"in_use": count} for name, count in used.items()},
                },
            }
        )
