"""Control-plane state every process of a cluster shares, in Redis.

- **Faults** (:class:`RedisFaults`): one list of JSON faults; a take is one Lua script (match,
  count, disarm), so a fault armed through any API process acts exactly ``count`` times in
  whichever API process or worker meets its matches. Arming one is announced on the control
  channel, so a process that found the list empty asks Redis again only after an announcement
  (no round trip per Step while nothing is armed, the usual case).
- **Clock and accounts** (:class:`RedisControlShare`, which also hands fault announcements on):
  read on every request, so each process keeps its own copy (its ``ManualClock``, its
  ``AccountBook``); a change made through one API process is written to a key (for processes that
  start later) and announced on the control channel, whose message every process applies to its
  copy within milliseconds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson
import redis

from ..core.accounts import AccountBook
from ..core.clock import ManualClock
from ..core.control.faults import Fault
from .bus import CONTROL_CHANNEL

_FAULTS = "transloadit_emulator:faults"
_CLOCK = "transloadit_emulator:clock"
_ACCOUNTS = "transloadit_emulator:accounts"
# KEYS: the fault list. ARGV: kind, JSON object of the attributes to match (an unset one matches
# any). Returns the fault taken ('' for none) and how many stay armed.
_TAKE = """
local attrs = cjson.decode(ARGV[2])
for i, raw in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do
  local f = cjson.decode(raw)
  local match = f.kind == ARGV[1]
  for name, value in pairs(attrs) do
    if match and f[name] ~= nil and f[name] ~= cjson.null and f[name] ~= value then match = false end
  end
  if match then
    f.remaining = f.remaining - 1
    f.used = f.used + 1
    local updated = cjson.encode(f)
    if f.remaining <= 0 then redis.call('LREM', KEYS[1], 1, raw) else redis.call('LSET', KEYS[1], i - 1, updated) end
    return {updated, redis.call('LLEN', KEYS[1])}
  end
end
return {'', redis.call('LLEN', KEYS[1])}
"""
# KEYS: the fault list. ARGV: the id of the fault to disarm.
_CLEAR_ONE = """
for _, raw in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do
  if cjson.decode(raw).id == ARGV[1] then return redis.call('LREM', KEYS[1], 1, raw) end
end
return 0
"""


def _fault(raw: str | bytes) -> Fault:
    fault = Fault.from_json(orjson.loads(raw))
    fault.delay = float(fault.delay)  # Lua's JSON writes 0.0 as 0
    fault.created = float(fault.created)
    return fault


class RedisFaults:
    """``FaultStore`` of a cluster."""

    def __init__(self, client: redis.Redis) -> None:
        self._client: Any = client
        self._take = client.register_script(_TAKE)
        self._clear_one = client.register_script(_CLEAR_ONE)
        #: False once a take found the list empty and no fault was announced since.
        self._maybe_armed = True
        self._announced = 0

    def add(self, fault: Fault) -> None:
        """Arm ``fault`` for every process, and tell them."""
        self.announced()
        pipe = self._client.pipeline()
        pipe.rpush(_FAULTS, orjson.dumps(fault.as_json()))
        pipe.publish(CONTROL_CHANNEL, orjson.dumps({"what": "faults"}))
        pipe.execute()

    def announced(self) -> None:
        """A fault was armed (here or in another process): ask Redis at the next take."""
        self._announced += 1
        self._maybe_armed = True

    def list(self) -> list[Fault]:
        """The armed faults, in the order they were added."""
        return [_fault(raw) for raw in self._client.lrange(_FAULTS, 0, -1)]

    def clear(self, fault_id: str | None) -> int:
        """Disarm one fault (by id) or all; how many were disarmed."""
        if fault_id is not None:
            return int(self._clear_one(keys=[_FAULTS], args=[fault_id]))
        pipe = self._client.pipeline()
        pipe.llen(_FAULTS)
        pipe.delete(_FAULTS)
        return int(pipe.execute()[0])

    def take(self, kind: str, attrs: Mapping[str, str]) -> Fault | None:
        """The first fault that matches, counted as used, in one script (atomic across processes)."""
        if not self._maybe_armed:
            return None
        seen = self._announced
        taken, left = self._take(keys=[_FAULTS], args=[kind, orjson.dumps(dict(attrs))])
        if not left and seen == self._announced:  # none armed, and none announced meanwhile
            self._maybe_armed = False
        return _fault(taken) if taken else None


class RedisControlShare:
    """``ControlShare`` of a cluster: the clock and the accounts, announced to every process."""

    def __init__(
        self, client: redis.Redis, clock: ManualClock | None, accounts: AccountBook, faults: RedisFaults
    ) -> None:
        self._client: Any = client
        self._clock = clock
        self._accounts = accounts
        self._faults = faults

    def clock_changed(self) -> None:
        """This process's clock changed (control plane): every other one follows."""
        if self._clock is None:
            return
        frozen_at, offset = self._clock.state()
        self._announce(_CLOCK, {"what": "clock", "frozen_at": frozen_at, "offset": offset})

    def accounts_changed(self) -> None:
        """An account was added or removed here: every other process gets the same book."""
        self._announce(_ACCOUNTS, {"what": "accounts", "entries": self._accounts.snapshot()})

    def restore(self) -> None:
        """At start-up: the clock and accounts as the cluster has them now."""
        for key in (_CLOCK, _ACCOUNTS):
            raw = self._client.get(key)
            if raw:
                self.apply(orjson.loads(raw))

    def apply(self, message: dict[str, Any]) -> None:
        """A change announced by any process (this one included: applying it again is harmless)."""
        if message.get("what") == "clock" and self._clock is not None:
            self._clock.restore(message["frozen_at"], float(message["offset"]))
        elif message.get("what") == "accounts":
            self._accounts.restore(message["entries"])
        elif message.get("what") == "faults":
            self._faults.announced()

    def _announce(self, key: str, message: dict[str, Any]) -> None:
        body = orjson.dumps(message)
        pipe = self._client.pipeline()
        pipe.set(key, body)
        pipe.publish(CONTROL_CHANNEL, body)
        pipe.execute()
