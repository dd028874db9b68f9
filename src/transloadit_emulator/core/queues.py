"""``GET /queues/job_slots``: the account's job slots as the scheduler (:mod:`.job_slots`) holds them."""

from __future__ import annotations

import orjson

from ..settings import Settings
from . import auth
from .assemblies.board import AssemblyBoard
from .assemblies.model import SignedRequest
from .clock import Clock
from .job_slots import SlotPool


class QueueService:
    """Reports job slots in use and waited for, per queue."""

    def __init__(
        self,
        settings: Settings,
        clock: Clock,
        slots: SlotPool,
        authenticator: auth.Authenticator | None = None,
        board: AssemblyBoard | None = None,
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.authenticator = authenticator or auth.Authenticator(settings, clock)
        self.slots = slots
        self.board = board

    def get_job_slots(self, request: SignedRequest, client_ip: str | None = None) -> bytes:
        """The account's slots per queue, and those of the requesting client's IP address."""
        authed = self.authenticator(request)
        usage = self.slots.usage(authed.account.key, client_ip)
        answer: dict[str, object] = {
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
        if self.board is not None:
            answer["rate_limits"] = self._rate_limits(authed.account.key)
        return orjson.dumps(answer)

    def _rate_limits(self, account_key: str) -> dict[str, dict[str, int]]:
        """Emulator only: the per-account Assembly limits and how much of each is used now."""
        board = self.board
        assert board is not None
        limits = board.limits
        return {
            "assemblies_per_minute": {"limit": limits.per_minute, "used": limits.created_last_minute(account_key)},
            "running_assemblies": {"limit": limits.concurrent, "used": board.active(account_key)},
        }
