"""Live events between processes on Redis pub/sub, and one lease per executing Assembly.

Every board publishes its Assemblies' events on one channel; each process listens on a thread
and hands what arrives to its board (``AssemblyBoard.remote_events``): SSE listeners connected
to any API process get every event, and a cancel reaches the worker executing the Assembly.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

import orjson
import redis

from ..core.assemblies.events import Event

CHANNEL = "transloadit_emulator:events"
#: Control-plane changes (the clock, accounts): see ``control.RedisControlShare``.
CONTROL_CHANNEL = "transloadit_emulator:control"
_LEASE = "transloadit_emulator:executing:"
# Extend or drop a lease only while this holder still has it.
_RENEW = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0"
_DROP = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0"


class RemoteEvents(Protocol):
    """Who receives the events that arrive from the bus (the board)."""

    def remote_events(self, assembly_id: str, events: list[Event]) -> None:
        """Events of one Assembly, from any process."""
        ...


class RedisEventBus:
    """``EventBus`` on a Redis channel, with the thread that listens to it."""

    def __init__(self, client: redis.Redis, logger: logging.Logger, channel: str = CHANNEL) -> None:
        self._client: Any = client
        self._channel = channel
        self._logger = logger
        self._pubsub: Any = None
        self._thread: threading.Thread | None = None

    def publish(self, assembly_id: str, events: list[Event]) -> None:
        """Send the events to every process."""
        message = orjson.dumps({"id": assembly_id, "events": [[e.name, e.data] for e in events]})
        self._client.publish(self._channel, message)

    def listen(self, receiver: RemoteEvents, control: Callable[[dict[str, Any]], None] | None = None) -> None:
        """Hand every event on the channel to ``receiver`` (and every control-plane change to
        ``control``) from a thread, until :meth:`close`."""
        self._pubsub = self._client.pubsub(ignore_subscribe_messages=True)
        self._pubsub.subscribe(self._channel, CONTROL_CHANNEL)
        self._thread = threading.Thread(target=self._run, args=(receiver, control), name="event-bus", daemon=True)
        self._thread.start()

    def _run(self, receiver: RemoteEvents, control: Callable[[dict[str, Any]], None] | None) -> None:
        pubsub = self._pubsub
        while pubsub is self._pubsub and pubsub is not None:
            try:
                message = pubsub.get_message(timeout=0.5)
            except (redis.ConnectionError, ValueError, AttributeError):
                return  # closed
            if message is None or message.get("type") != "message":
                continue
            try:
                body = orjson.loads(message["data"])
                if message.get("channel") == CONTROL_CHANNEL:
                    if control is not None:
                        control(body)
                    continue
                receiver.remote_events(body["id"], [Event(name, data) for name, data in body["events"]])
            except Exception:
                self._logger.exception("could not hand on an event from the bus")

    def close(self) -> None:
        """Stop listening."""
        pubsub, self._pubsub = self._pubsub, None
        if self._thread is not None:
            self._thread.join(timeout=2)
        if pubsub is not None:
            pubsub.close()


class ExecutionLeases:
    """One holder per executing Assembly, as a Redis key that expires unless renewed: a worker
    that dies loses its leases within ``ttl_s``, and only then may another take the Assembly."""

    def __init__(self, client: redis.Redis, ttl_s: float) -> None:
        self._client = client
        self.ttl_ms = max(100, int(ttl_s * 1000))
        self._renew = client.register_script(_RENEW)
        self._drop = client.register_script(_DROP)

    def take(self, assembly_id: str, holder: str) -> bool:
        """Hold the Assembly's lease unless another holder has it."""
        return bool(self._client.set(_LEASE + assembly_id, holder, nx=True, px=self.ttl_ms))

    def renew(self, assembly_id: str, holder: str) -> bool:
        """Keep holding it; False when the lease was lost (expired and taken)."""
        return bool(self._renew(keys=[_LEASE + assembly_id], args=[holder, self.ttl_ms]))

    def drop(self, assembly_id: str, holder: str) -> None:
        """Give the lease up (the execution ended here)."""
        self._drop(keys=[_LEASE + assembly_id], args=[holder])
