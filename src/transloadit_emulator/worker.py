"""``transloadit-emulator worker``: a process that executes the Assemblies API processes queue.

It builds the same object graph as an API process (``role="worker"``: its runner executes here),
listens on the event bus (a cancel from any API process reaches it), and runs a Celery worker on
threads until SIGINT or SIGTERM, when Celery finishes its jobs (warm shutdown) and the graph closes.
"""

from __future__ import annotations

import logging

from .app import build_graph
from .cluster.queue import Executions, register_task
from .core.clock import ManualClock, UuidIds
from .errors import TransloaditError
from .robots.registry import default_registry
from .settings import Settings

logger = logging.getLogger("transloadit_emulator.worker")


def run_worker(settings: Settings, *, concurrency: int, log_level: str = "info") -> None:
    """Execute queued Assemblies until told to stop."""
    if not settings.queue_url:
        raise SystemExit("a worker needs a queue: --queue redis://... (and --database postgresql://...)")
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    # A clock the control plane can steer: API processes announce its changes, the bus brings them.
    graph = build_graph(settings, default_registry(), ManualClock(), UuidIds(), role="worker")
    cluster = graph.cluster
    assert cluster is not None
    board = graph.assemblies.board
    runner = graph.assemblies.runner

    def is_busy(assembly_id: str) -> bool:
        try:
            return board.load(assembly_id).busy
        except TransloaditError:  # unknown: nothing to run
            return False

    executions = Executions(runner.run_here, is_busy, cluster.leases, logger, on_lost=board.lose)
    register_task(cluster.celery, executions)
    cluster.bus.listen(board, control=graph.control.parts.share.apply)
    try:
        cluster.celery.worker_main(
            [
                "worker",
                "--pool=threads",
                f"--concurrency={concurrency}",
                f"--loglevel={log_level.upper()}",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                f"--hostname=emulator-{executions.holder}",
            ]
        )
    finally:
        graph.close()
