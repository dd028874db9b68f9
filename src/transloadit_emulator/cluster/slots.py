"""Job slots shared by every worker of a cluster, in Redis.

The same rules as ``core/job_slots.JobSlots`` (per-account and per-IP pools, robot weights, live
Steps before batch ones, the earlier waiter of a pool first), decided by one Lua script so that
every grant is atomic across processes. Waiters poll; grants and waiters carry an expiry their
process renews, so the slots of a worker killed mid-job come back after ``ttl_s``.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

import redis

from ..core.job_slots import BATCH, LIVE, SlotGrant, SlotUsage
from ..errors import TransloaditError

_P = "transloadit_emulator:slots:"
_POLL_S = 0.05
# KEYS: waiting zset, grants zset, account usage hash, ip usage hash. ARGV: now ms, account
# slots, ip slots, ttl ms, key prefix of the waiter hashes.
_GRANT = """
local now, acct_max, ip_max, ttl, prefix = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]),
  tonumber(ARGV[4]), ARGV[5]
for _, wid in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now)) do
  local g = redis.call('HMGET', prefix .. wid, 'account', 'ip', 'slots')
  if g[1] then
    redis.call('HINCRBY', KEYS[3], g[1], -tonumber(g[3]))
    redis.call('HINCRBY', KEYS[4], g[2], -tonumber(g[3]))
  end
  redis.call('ZREM', KEYS[2], wid)
  redis.call('DEL', prefix .. wid)
end
local held_a, held_i = {}, {}
for _, wid in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local w = redis.call('HMGET', prefix .. wid, 'account', 'ip', 'slots', 'expires')
  if (not w[1]) or tonumber(w[4]) < now then
    redis.call('ZREM', KEYS[1], wid)
    redis.call('DEL', prefix .. wid)
  else
    local a, i, s = w[1], w[2], tonumber(w[3])
    local ua = tonumber(redis.call('HGET', KEYS[3], a) or '0')
    local ui = tonumber(redis.call('HGET', KEYS[4], i) or '0')
    if held_a[a] or held_i[i] or ua + s > acct_max or ui + s > ip_max then
      held_a[a] = true
      held_i[i] = true
    else
      redis.call('ZREM', KEYS[1], wid)
      redis.call('HINCRBY', KEYS[3], a, s)
      redis.call('HINCRBY', KEYS[4], i, s)
      redis.call('ZADD', KEYS[2], now + ttl, wid)
      redis.call('HSET', prefix .. wid, 'granted', '1')
    end
  end
end
return 0
"""
# KEYS: grants zset, account usage hash, ip usage hash, the grant's hash. ARGV: grant id.
_RELEASE = """
if redis.call('ZREM', KEYS[1], ARGV[1]) == 1 then
  local g = redis.call('HMGET', KEYS[4], 'account', 'ip', 'slots')
  redis.call('HINCRBY', KEYS[2], g[1], -tonumber(g[3]))
  redis.call('HINCRBY', KEYS[3], g[2], -tonumber(g[3]))
end
redis.call('DEL', KEYS[4])
return 0
"""
_KEYS = [_P + "waiting", _P + "grants", _P + "account", _P + "ip"]


class RedisJobSlots:
    """``SlotPool`` across processes."""

    def __init__(self, client: redis.Redis, account_slots: int, ip_slots: int, *, ttl_s: float = 10.0) -> None:
        self.account_slots = account_slots
        self.ip_slots = ip_slots
        self._client: Any = client  # decode_responses: str values
        self._ttl_ms = int(ttl_s * 1000)
        self._grant = client.register_script(_GRANT)
        self._release = client.register_script(_RELEASE)
        self._mine: set[str] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._renewer = threading.Thread(target=self._renew_loop, name="job-slots", daemon=True)
        self._renewer.start()

    def acquire(
        self, account: str, ip: str, slots: int, jobs: int, queue: str, *, abandoned: Callable[[], bool]
    ) -> SlotGrant | None:
        """Wait until the slots are free cluster-wide, then take them; None once ``abandoned()``;
        ``SLOT_COUNT_ERROR`` when Redis, which counts them, refuses."""
        try:
            return self._acquire(account, ip, slots, jobs, queue, abandoned=abandoned)
        except redis.RedisError as exc:
            raise TransloaditError("SLOT_COUNT_ERROR", f"The job's slots could not be counted: {exc}") from None

    def _acquire(
        self, account: str, ip: str, slots: int, jobs: int, queue: str, *, abandoned: Callable[[], bool]
    ) -> SlotGrant | None:
        need = max(1, min(slots, self.account_slots, self.ip_slots))
        queue = BATCH if queue == BATCH else LIVE
        wid = uuid.uuid4().hex
        seq = int(self._client.incr(_P + "seq"))
        fields = {"account": account, "ip": ip, "slots": need, "jobs": jobs, "queue": queue}
        pipe = self._client.pipeline()
        pipe.hset(_P + wid, mapping={**fields, "expires": self._now() + self._ttl_ms})
        pipe.zadd(_KEYS[0], {wid: (1 if queue == BATCH else 0) * 1e15 + seq})
        pipe.execute()
        grant = SlotGrant(account, ip, need, jobs, queue, key=wid)
        while True:
            self._run_grant()
            if self._client.hget(_P + wid, "granted"):
                with self._lock:
                    self._mine.add(wid)
                return grant
            if abandoned():
                if self._client.zrem(_KEYS[0], wid):
                    self._client.delete(_P + wid)
                else:  # granted meanwhile
                    self.release(grant)
                return None
            self._client.hset(_P + wid, "expires", self._now() + self._ttl_ms)
            time.sleep(_POLL_S)

    def release(self, grant: SlotGrant) -> None:
        """Give the slots back and start whoever fits now."""
        with self._lock:
            self._mine.discard(grant.key)
        self._release(keys=[_KEYS[1], _KEYS[2], _KEYS[3], _P + grant.key], args=[grant.key])
        self._run_grant()

    def usage(self, account: str, ip: str | None) -> SlotUsage:
        """The account's slots in use and waited for across the cluster; ``SLOT_COUNTS_ERROR`` when
        Redis, which counts them, does not answer."""
        try:
            return self._usage(account, ip)
        except redis.RedisError as exc:
            raise TransloaditError("SLOT_COUNTS_ERROR", f"The job slot counts could not be read: {exc}") from None

    def _usage(self, account: str, ip: str | None) -> SlotUsage:
        queues = {name: {"in_use": 0, "running": 0, "waiting": 0} for name in (LIVE, BATCH)}
        in_use = waiting = 0
        for zset, state in ((_KEYS[1], "in_use"), (_KEYS[0], "waiting")):
            for wid in self._client.zrange(zset, 0, -1):
                g = self._client.hmget(_P + wid, "account", "slots", "jobs", "queue")
                if g[0] != account:
                    continue
                slots, jobs, queue = int(g[1]), int(g[2]), g[3]
                if state == "in_use":
                    in_use += slots
                    queues[queue]["in_use"] += slots
                    queues[queue]["running"] += jobs
                else:
                    waiting += slots
                    queues[queue]["waiting"] += jobs
        ip_in_use = int(self._client.hget(_KEYS[3], ip) or 0) if ip is not None else 0
        return SlotUsage(self.account_slots, in_use, waiting, self.ip_slots, ip_in_use, queues)

    def close(self) -> None:
        """Stop renewing (grants still held expire after the ttl)."""
        self._stop.set()
        self._renewer.join(timeout=2)

    def _run_grant(self) -> None:
        self._grant(keys=_KEYS, args=[self._now(), self.account_slots, self.ip_slots, self._ttl_ms, _P])

    def _renew_loop(self) -> None:
        while not self._stop.wait(self._ttl_ms / 4000):
            with self._lock:
                mine = list(self._mine)
            if not mine:
                continue
            try:
                self._client.zadd(_KEYS[1], {wid: self._now() + self._ttl_ms for wid in mine}, xx=True)
            except redis.RedisError:
                continue

    @staticmethod
    def _now() -> int:
        return int(time.time() * 1000)
