"""Assemblies as Celery jobs: API processes send an Assembly's id, workers execute it.

The task is acknowledged late (after it ran) and rejected when its worker dies, so a worker
killed mid-job leaves the message in Redis, which hands it to another worker once the
visibility timeout passes. Which worker executes is decided by the execution lease
(``bus.ExecutionLeases``): a copy that finds the lease held by a live worker tries again a
moment later, until the Assembly has ended; so the Assembly runs on one worker at a time and
completes once, whatever copies of its message circulate.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

import redis
from celery import Celery

from .bus import ExecutionLeases

TASK = "transloadit_emulator.execute_assembly"
#: How long a copy whose Assembly is being executed elsewhere waits before it looks again.
RETRY_S = 1.0


def make_celery(broker_url: str, *, visibility_timeout_s: float) -> Celery:
    """The Celery app of API processes (they send) and workers (they run :data:`TASK`)."""
    app = Celery("transloadit_emulator", broker=broker_url)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_ignore_result=True,
        worker_prefetch_multiplier=1,
        task_serializer="json",
        accept_content=["json"],
        broker_connection_retry_on_startup=True,
        # A dead worker's job goes back to the queue once it was unacknowledged this long; every
        # live worker looks for such jobs each second (kombu's default: every 100 s).
        broker_transport_options={
            "visibility_timeout": visibility_timeout_s,
            "unacked_restore_interval": 1,
            "unacked_restore_throttle": 1,
        },
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
    )
    return app


def dispatcher(app: Celery) -> Callable[[str], None]:
    """What an API process's runner calls to hand an Assembly to the workers."""

    def dispatch(assembly_id: str) -> None:
        app.send_task(TASK, args=[assembly_id])

    return dispatch


class Executions:
    """A worker's side: execute an Assembly while holding its lease, renewed on a thread. A
    renewal that finds another holder (or cannot reach Redis until the lease would have expired)
    means another worker may execute it now: ``on_lost`` stops this execution from changing it."""

    def __init__(
        self,
        run_here: Callable[[str], bool],
        is_busy: Callable[[str], bool],
        leases: ExecutionLeases,
        logger: logging.Logger,
        on_lost: Callable[[str], None],
    ) -> None:
        self._run_here = run_here
        self._is_busy = is_busy
        self._leases = leases
        self._logger = logger
        self._on_lost = on_lost
        self.holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"

    def execute(self, assembly_id: str) -> bool:
        """Execute the Assembly unless another worker holds it; False when the job must be
        tried again later (held elsewhere and still busy)."""
        holder = f"{self.holder}:{uuid.uuid4().hex[:8]}"  # one per execution, even in one process
        if not self._leases.take(assembly_id, holder):
            return not self._is_busy(assembly_id)
        stop, lost = threading.Event(), threading.Event()
        renewer = threading.Thread(target=self._renew, args=(assembly_id, holder, stop, lost), daemon=True)
        renewer.start()
        try:
            self._run_here(assembly_id)
        finally:
            stop.set()
            renewer.join()
            self._leases.drop(assembly_id, holder)
        if lost.is_set():
            self._logger.warning("stopped executing Assembly %s without a write: its lease was lost", assembly_id)
        return True

    def _renew(self, assembly_id: str, holder: str, stop: threading.Event, lost: threading.Event) -> None:
        ttl_s = self._leases.ttl_ms / 1000
        held_until = time.monotonic() + ttl_s
        while not stop.wait(ttl_s / 3):
            try:
                if not self._leases.renew(assembly_id, holder):
                    break  # expired, or another holder has it
                held_until = time.monotonic() + ttl_s
            except redis.RedisError:
                if time.monotonic() < held_until:
                    continue  # the lease may still be ours: try again
                break
        else:
            return
        self._logger.warning("lost the execution lease of Assembly %s: stopping it here", assembly_id)
        lost.set()
        self._on_lost(assembly_id)


def register_task(app: Celery, executions: Executions) -> None:
    """Define :data:`TASK` on a worker's Celery app."""

    @app.task(name=TASK, bind=True, max_retries=None, acks_late=True, reject_on_worker_lost=True)  # type: ignore[untyped-decorator]
    def execute_assembly(task: Any, assembly_id: str) -> None:
        if not executions.execute(assembly_id):
            raise task.retry(countdown=RETRY_S)
