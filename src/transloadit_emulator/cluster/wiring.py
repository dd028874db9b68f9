"""The parts of one cluster process, from settings: Redis client, event bus, job slots, Celery."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import redis
from celery import Celery

from ..settings import Settings
from .bus import ExecutionLeases, RedisEventBus
from .control import RedisFaults
from .queue import make_celery
from .slots import RedisJobSlots


@dataclass
class ClusterParts:
    """What API processes and workers share through Redis."""

    client: redis.Redis
    bus: RedisEventBus
    slots: RedisJobSlots
    leases: ExecutionLeases
    celery: Celery
    faults: RedisFaults

    def ping(self) -> None:
        """Readiness: Redis answers."""
        self.client.ping()

    def close(self) -> None:
        """Stop listening and renewing; close the connections."""
        self.bus.close()
        self.slots.close()
        self.client.close()


def open_cluster(settings: Settings, logger: logging.Logger) -> ClusterParts:
    """Connect to the queue's Redis; the state must be shared too (PostgreSQL)."""
    if not settings.queue_url:
        raise ValueError("no queue configured")
    if not settings.database_url:
        raise ValueError("a queue (--queue) needs the state in PostgreSQL (--database), shared by every process")
    client = redis.Redis.from_url(settings.queue_url, decode_responses=True)
    return ClusterParts(
        client=client,
        bus=RedisEventBus(client, logger),
        slots=RedisJobSlots(client, settings.account_job_slots, settings.ip_job_slots),
        leases=ExecutionLeases(client, settings.execution_lease_seconds),
        celery=make_celery(settings.queue_url, visibility_timeout_s=settings.queue_visibility_seconds),
        faults=RedisFaults(client),
    )
