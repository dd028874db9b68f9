"""``GET /queues/job_slots``: the account's job slots as the scheduler (:mod:`.job_slots`) holds them."""

from __future__ import annotations

import orjson

from ..settings import Settings
from . import auth
from .assemblies.model import SignedRequest
from .clock import Clock
from .job_slots import SlotPool


class QueueService:
    """Reports job slots in use and waited for, per queue."""

    def __init__(
        self, settings: Settings, clock: Clock, slots: SlotPool, authenticator: auth.Authenticator | None = None
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.authenticator = authenticator or auth.Authenticator(settings, clock)
        self.slots = slots

    def get_job_slots(self, request: SignedRequest, client_ip: str | None = None) -> bytes:
        """The account's slots per queue, and those of the requesting client's IP address."""
        authed = self.authenticator(request)
        usage = self.slots.usage(authed.account.key, client_ip)
        return orjson.dumps(
            {
                "ok": "PRIORITY_JOB_SLOTS_FOUND",
                "priority_job_slots": {
                    "total": usage.total,
                    "in_use": usage.in_use,
                    "available": max(0, usage.total - usage.in_use),
                    "waiting": usage.waiting,
                    "per_ip": usage.per_ip,
                    "ip_in_use": usage.ip_in_use,
                    "queues": usage.queues,
                },
            }
        )
