"""Running Assemblies: each executes on a worker thread of its own, along its plan; or, in a
cluster, on a worker process the Assembly's id is dispatched to (a job queue)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from threading import Lock

from ...errors import TransloaditError
from ...storage.state import StateStore
from .board import AssemblyBoard
from .executor import ExecutorDeps, execute
from .lifecycle import EXECUTING, REPLAYING, UPLOADING
from .model import Assembly
from .planner import Plan, build_plan


class AssemblyRunner:
    """Queues Assemblies for execution and resumes those a stop cut short.

    A thread per executing Assembly: one waiting for job slots must not keep others from
    running. What runs at once is bounded by the job slots and by ``workers`` robot turns.
    """

    def __init__(
        self,
        board: AssemblyBoard,
        store: StateStore,
        deps: ExecutorDeps,
        threads: int,
        logger: logging.Logger,
        *,
        dispatch: Callable[[str], None] | None = None,
    ) -> None:
        self.board = board
        self.store = store
        self.deps = deps
        self.logger = logger
        #: Sends an Assembly's id to the workers (a cluster's API process); None executes here.
        self.dispatch = dispatch
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="assembly")
        self._futures: set[Future[None]] = set()
        self._lock = Lock()
        self.closed = False

    def start(self, assembly: Assembly) -> bool:
        """Queue an Assembly the board holds for execution (here, or on a worker); False when the
        queue refused it, and the Assembly failed with ``ASSEMBLY_JOB_ENQUEUE_ERROR``."""
        if self.dispatch is not None:
            self.board.hand_off(assembly)
            try:
                self.dispatch(assembly.id)
            except Exception as exc:  # the queue (Redis) refused the job: no worker would ever run it
                self.logger.error("Assembly %s could not be queued: %s", assembly.id, exc)
                message = f"The Assembly's job could not be queued: {exc}"
                self.board.apply_by_id(assembly.id, lambda status: status.fail("ASSEMBLY_JOB_ENQUEUE_ERROR", message))
                return False
            return True
        future = self._pool.submit(self._execute, assembly)
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._done)
        return True

    def resume(self) -> int:
        """Restart Assemblies that were executing when the emulator stopped; how many. Those
        still waiting for uploads are held again, so they count as running as before the stop."""
        for waiting in self.store.ids_with_ok([UPLOADING]):
            self.board.hold(waiting)
        ids = self.store.ids_with_ok([EXECUTING, REPLAYING])
        if self.dispatch is not None:
            # Queued again, not run here: the worker that takes one holds its execution lease,
            # so an Assembly a worker is executing right now is not executed twice.
            for assembly_id in ids:
                self.dispatch(assembly_id)
            return len(ids)
        for assembly_id in ids:
            stored = self.store.load(assembly_id)
            if stored is None:
                continue
            assembly = Assembly.from_stored(stored)
            assembly.status.restart()
            self.board.open(assembly)
            self.start(assembly)
        return len(ids)

    def plan(self, assembly: Assembly) -> Plan:
        """The Assembly's validated plan, built once (after a restart, on first use)."""
        if assembly.plan is None:
            assembly.plan = build_plan(assembly.steps, self.deps.registry)
        return assembly.plan

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until no Assembly is executing (for tests and benchmarks); False on timeout."""
        with self._lock:
            pending = set(self._futures)
        _, not_done = wait_futures(pending, timeout=timeout)
        return not not_done

    def close(self) -> None:
        """Finish running Assemblies and stop the workers."""
        self.closed = True
        self._pool.shutdown(wait=True)

    def _done(self, future: Future[None]) -> None:
        with self._lock:
            self._futures.discard(future)

    def run_here(self, assembly_id: str) -> bool:
        """Execute a dispatched Assembly on this thread (a worker holding its execution lease);
        False when it is not busy (ended meanwhile, or unknown). A job taken over from a worker
        that died starts over, as after a restart."""
        stored = self.store.load(assembly_id)
        if stored is None:
            return False
        assembly = Assembly.from_stored(stored)
        if not assembly.busy:
            return False
        if assembly.status.ok in (EXECUTING,):
            assembly.status.restart()
        self.board.open(assembly)
        self._execute(assembly)
        return True

    def _execute(self, assembly: Assembly) -> None:
        try:
            execute(assembly, self.plan(assembly), self.deps, self.board)
        except TransloaditError as exc:  # a coded failure around the Steps (job slots): the Assembly fails with it
            self.logger.error("Assembly %s failed: %s", assembly.id, exc)
            code, text = exc.code, exc.message
            self.board.apply(assembly, lambda status: status.fail(code, text))
        except Exception as exc:  # never leave an Assembly executing forever
            self.logger.exception("Assembly %s crashed", assembly.id)
            message = f"The Assembly crashed: {exc}"
            self.board.apply(assembly, lambda status: status.crash(message))
        finally:
            self._release_files(assembly)

    def _release_files(self, assembly: Assembly) -> None:
        """The Assembly ended here: drop this process's local copies of its files (a remote
        store keeps them; downloads stream from there)."""
        with self.board.lock:
            relpaths = list(assembly.blobs.values())
        for relpath in relpaths:
            try:
                self.deps.blobs.release(relpath)
            except OSError:
                self.logger.warning("could not release the local copy of %s", relpath, exc_info=True)
