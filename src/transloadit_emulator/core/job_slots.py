"""Job slots: the processing capacity a Step's jobs hold while they run.

A job takes slots by its robot's weight (``Robot.job_slots``: a ``/video/encode`` job 6, most
jobs 1). A Step's jobs start only when both its account's pool (120 slots by default) and its
client IP's pool (40) have room; until then they wait, queued, and the Assembly stays
executing. Steps with ``queue: "batch"`` wait behind every live Step that waits for the same
pools. Among the waiters that share a pool the earlier one goes first, so a heavy job is not
overtaken forever by light ones; waiters of other accounts and addresses never hold each other up.
"""

from __future__ import annotations

import itertools
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

LIVE, BATCH = "live", "batch"
#: How often a waiting job checks whether its Assembly was canceled meanwhile, in seconds.
_ABANDON_POLL_S = 0.25


@dataclass(frozen=True)
class SlotGrant:
    """Slots a running Step holds until it gives them back with :meth:`JobSlots.release`."""

    account: str
    ip: str
    slots: int
    jobs: int
    queue: str
    #: Names the grant in a shared pool (Redis); empty in this process's pool.
    key: str = ""


@dataclass
class _Waiter:
    seq: int
    grant: SlotGrant
    granted: bool = field(default=False)


@dataclass(frozen=True)
class SlotUsage:
    """A snapshot of one account's slots (and one client IP's) for ``GET /queues/job_slots``."""

    total: int
    in_use: int
    waiting: int
    per_ip: int
    ip_in_use: int
    #: Per queue: ``{"in_use": slots, "running": jobs, "waiting": jobs}``.
    queues: dict[str, dict[str, int]]


class SlotPool(Protocol):
    """Job slots of this process (:class:`JobSlots`) or of a whole cluster (Redis)."""

    account_slots: int
    ip_slots: int

    def acquire(
        self, account: str, ip: str, slots: int, jobs: int, queue: str, *, abandoned: Callable[[], bool]
    ) -> SlotGrant | None:
        """Wait for the slots and take them; None, holding nothing, once ``abandoned()``."""
        ...

    def release(self, grant: SlotGrant) -> None:
        """Give back a grant's slots."""
        ...

    def usage(self, account: str, ip: str | None) -> SlotUsage:
        """The account's slots in use and waited for."""
        ...


class JobSlots:
    """Hands out job slots from per-account and per-IP pools, in queue order."""

    def __init__(self, account_slots: int, ip_slots: int) -> None:
        self.account_slots = account_slots
        self.ip_slots = ip_slots
        self._cond = threading.Condition()
        self._seq = itertools.count()
        self._waiting: list[_Waiter] = []
        self._running: list[SlotGrant] = []
        self._account_used: Counter[str] = Counter()
        self._ip_used: Counter[str] = Counter()

    def acquire(
        self, account: str, ip: str, slots: int, jobs: int, queue: str, *, abandoned: Callable[[], bool]
    ) -> SlotGrant | None:
        """Wait until ``slots`` are free in both the account's and the IP's pool, then take them.

        A Step that needs more than a whole pool takes the whole pool (it runs alone rather than
        never). Returns None, holding nothing, once ``abandoned()`` is true (a canceled Assembly).
        """
        need = max(1, min(slots, self.account_slots, self.ip_slots))
        waiter = _Waiter(next(self._seq), SlotGrant(account, ip, need, jobs, BATCH if queue == BATCH else LIVE))
        with self._cond:
            self._waiting.append(waiter)
            self._grant()
            while not waiter.granted:
                if abandoned():
                    self._waiting.remove(waiter)
                    self._grant()  # those it held up may go now
                    return None
                self._cond.wait(_ABANDON_POLL_S)
        return waiter.grant

    def release(self, grant: SlotGrant) -> None:
        """Give back the slots of a Step that finished (or failed)."""
        with self._cond:
            self._running.remove(grant)
            self._account_used[grant.account] -= grant.slots
            self._ip_used[grant.ip] -= grant.slots
            self._grant()

    def usage(self, account: str, ip: str | None) -> SlotUsage:
        """The account's slots in use and waited for, per queue, and those the IP ``ip`` uses."""
        queues = {name: {"in_use": 0, "running": 0, "waiting": 0} for name in (LIVE, BATCH)}
        with self._cond:
            for grant in self._running:
                if grant.account == account:
                    queues[grant.queue]["in_use"] += grant.slots
                    queues[grant.queue]["running"] += grant.jobs
            waiting = [w.grant for w in self._waiting if w.grant.account == account]
            for grant in waiting:
                queues[grant.queue]["waiting"] += grant.jobs
            in_use = self._account_used[account]
            ip_in_use = self._ip_used[ip] if ip is not None else 0
        return SlotUsage(
            total=self.account_slots,
            in_use=in_use,
            waiting=sum(g.slots for g in waiting),
            per_ip=self.ip_slots,
            ip_in_use=ip_in_use,
            queues=queues,
        )

    def _grant(self) -> None:
        """Start every waiter that fits and has no earlier waiter of its pools ahead of it.

        Called with the lock held. Live waiters are considered before batch ones.
        """
        held_accounts: set[str] = set()
        held_ips: set[str] = set()
        started = False
        for waiter in [w for w in self._waiting if w.grant.queue == LIVE] + [
            w for w in self._waiting if w.grant.queue == BATCH
        ]:
            g = waiter.grant
            fits = (
                g.account not in held_accounts
                and g.ip not in held_ips
                and self._account_used[g.account] + g.slots <= self.account_slots
                and self._ip_used[g.ip] + g.slots <= self.ip_slots
            )
            if not fits:
                # Whoever comes later in these pools waits behind this one.
                held_accounts.add(g.account)
                held_ips.add(g.ip)
                continue
            self._waiting.remove(waiter)
            self._running.append(g)
            self._account_used[g.account] += g.slots
            self._ip_used[g.ip] += g.slots
            waiter.granted = started = True
        if started:
            self._cond.notify_all()
