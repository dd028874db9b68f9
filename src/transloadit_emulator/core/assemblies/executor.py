"""Executing an Assembly: run each Step's robot along the plan and record what it produced.

Runs on a worker thread. Robots never touch the status; every change is a lifecycle transition
(``lifecycle.py``) that the board applies under its lock, unless the Assembly was canceled
meanwhile, and publishes. A Step's own transitions (jobs started, result recorded) are not
persisted one by one, so a Step costs the same however many came before it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from ...errors import TransloaditError
from ...media.commands import stop_commands_when
from ...robots.base import InputFile, OutputFile, PerFileRobot, Robot, RobotContext, check_inputs
from ...robots.registry import RobotRegistry
from ...storage.blobs import BlobStore
from ...storage.workspace import Workspace
from ...variables import assembly_scope, file_variables
from ..clock import Clock
from ..control.faults import FaultBoard
from ..job_slots import BATCH, LIVE, SlotPool
from .expressions import expressions
from .lifecycle import AssemblyStatus, Events, StoredElsewhere
from .model import Assembly
from .planner import ORIGINAL, UPLOAD_HANDLE, Plan, PlannedStep
from .results import ResultMeta, register
from .scratch import StepScratch
from .status import result_fields
from .step_variables import fill_step_params
from .uploads import Uploads


class Board(Protocol):
    """Applies lifecycle transitions to an Assembly atomically and publishes them."""

    def apply(
        self, assembly: Assembly, transition: Callable[[AssemblyStatus], Events | None], *, persist: bool = True
    ) -> bool:
        """Apply ``transition``; False when it did not apply (the Assembly ended meanwhile)."""
        ...


class CredentialSource(Protocol):
    """Template Credentials by account and name."""

    def resolve(self, account_key: str, name: str) -> tuple[str, dict[str, Any]]:
        """``(type, content)`` of the account's Template Credential ``name``."""
        ...


@dataclass(frozen=True)
class ExecutorDeps:
    """What execution needs from the outside world."""

    registry: RobotRegistry
    blobs: BlobStore
    uploads: Uploads
    clock: Clock
    scratch_root: Path
    logger: logging.Logger
    #: Template Credentials for Steps' ``credentials``; None: none available.
    credentials: CredentialSource | None = None
    #: Whether import robots may fetch from loopback and private addresses.
    allow_private_imports: bool = False
    #: Largest file an import robot may bring in, in bytes.
    max_import_bytes: int = 10 * 1024**3
    #: Transloadit Storage of every account (``/transloadit/*``).
    workspace: Workspace | None = None
    #: Base URLs that replace the real services' for outbound clients (``Settings.service_urls``).
    service_urls: tuple[tuple[str, str], ...] = ()
    #: Where a Step's jobs wait for job slots; None runs every Step at once.
    job_slots: SlotPool | None = None
    memory_limit: int = 8 << 20  #: bytes of result records one Assembly may hold (Assembly.hold_records)
    #: Bounds how many Steps run at once (``workers``); None does not bound them.
    robot_turns: threading.Semaphore | None = None
    #: Faults the control plane armed for robot jobs; None: none can be armed.
    faults: FaultBoard | None = None
    #: Steps' scratch directories under ``scratch_root``, reused from Step to Step.
    scratch: StepScratch = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "scratch", StepScratch(self.scratch_root))


def execute(assembly: Assembly, plan: Plan, deps: ExecutorDeps, board: Board) -> None:
    """Run every Step of ``plan`` and finish the Assembly as completed or failed."""
    started = deps.clock.now()
    if not board.apply(assembly, lambda status: status.begin(started, assembly.created_ts)):
        return
    files_by_step: dict[str, list[InputFile]] = {}
    for step in plan.steps:
        if ORIGINAL not in files_by_step and (step.name == ORIGINAL or ORIGINAL in step.uses):
            if (uploads := _uploads(assembly, deps.blobs, board)) is None:
                return
            files_by_step[ORIGINAL] = uploads
        produced = _run_step(assembly, plan, step, files_by_step, deps, board)
        if produced is None:
            return
        files_by_step[step.name] = produced
    board.apply(assembly, lambda status: status.complete(deps.clock.now() - started))


def _uploads(assembly: Assembly, blobs: BlobStore, board: Board) -> list[InputFile] | None:
    """The Assembly's uploads as local files, fetched when the first Step that uses them runs
    (from a remote store, into this process's cache); None when one cannot be, and it failed."""
    try:
        paths = [blobs.path(assembly.blobs[u["id"]]) for u in assembly.status.uploads]
    except TransloaditError as exc:
        code, message = exc.code, exc.message
        board.apply(assembly, lambda status: status.fail(code, message))
        return None
    pixels, uploads = assembly.pixels, assembly.status.uploads
    return [InputFile(p, u, pixels=pixels.pop(str(u["id"]), None)) for p, u in zip(paths, uploads, strict=True)]


def _run_step(
    assembly: Assembly,
    plan: Plan,
    step: PlannedStep,
    files_by_step: dict[str, list[InputFile]],
    deps: ExecutorDeps,
    board: Board,
) -> list[InputFile] | None:
    """Run one Step; its output files, or None when the Assembly ended (failed or canceled)."""
    robot = deps.registry.get(step.robot)
    assert robot is not None  # the plan only holds known robots
    sources = (ORIGINAL,) if step.name == ORIGINAL else step.uses
    inputs = [
        replace(f, source_step=None if src == ORIGINAL else src) for src in sources for f in files_by_step.get(src, [])
    ]
    offered = bool(inputs)
    if robot.accepts is not None and step.params.get("force_accept") is not True:
        # Robots ignore files they are not familiar with (a video encoder skips images).
        inputs = [f for f in inputs if f.record.get("type") in robot.accepts]
    jobs = [f"{step.name}::{src}" for src in sources if files_by_step.get(src)]

    def start_jobs(status: AssemblyStatus) -> Events | None:
        return status.start_jobs(jobs)

    if robot.takes_input and not inputs and not robot.runs_alone(step.params):
        if offered and (missing := robot.no_input_error()) is not None:  # files came, none of its kind
            return _step_failed(assembly, step, missing, board)
        return [] if board.apply(assembly, start_jobs, persist=False) else None
    queue = BATCH if step.params.get("queue") == BATCH else LIVE
    queued_at = time.perf_counter()
    grant = None
    if deps.job_slots is not None:
        ip = assembly.status.client_ip
        slots = robot.job_slots * max(1, len(jobs))
        grant = deps.job_slots.acquire(
            assembly.account_key, ip, slots, len(jobs), queue, abandoned=lambda: not assembly.busy
        )
        if grant is None:
            return None  # canceled while its jobs waited for slots
    waited = round(time.perf_counter() - queued_at, 3)
    try:
        # A turn covers the whole Step (robot, result files, status): ``workers`` Steps run at once.
        with deps.robot_turns or contextlib.nullcontext():
            if not board.apply(assembly, start_jobs, persist=False):
                return None
            return _run_jobs(assembly, plan, step, robot, inputs, deps, board, queue, waited)
    finally:
        if grant is not None and deps.job_slots is not None:
            deps.job_slots.release(grant)


def _run_jobs(
    assembly: Assembly,
    plan: Plan,
    step: PlannedStep,
    robot: Robot,
    inputs: list[InputFile],
    deps: ExecutorDeps,
    board: Board,
    queue: str,
    waited: float,
) -> list[InputFile] | None:
    """Run a Step whose jobs hold their slots: the robot, then its files into the status."""
    step_dir = deps.scratch.take()  # empty again (or removed) when the Step ends
    ctx = _context(assembly, step, step_dir, deps)
    scope = assembly_scope(assembly.status.document, int(deps.clock.now() * 1000))
    t0 = time.perf_counter()
    try:
        # A cancel (or, in a cluster, a lost lease) kills the Step's engine commands at once.
        with stop_commands_when(lambda: not assembly.busy):
            outputs = _process(robot, step, inputs, ctx, assembly, deps, scope)
        extras = result_fields(queue, waited, round(time.perf_counter() - t0, 3))
        wanted = ResultMeta.of(step, scope)
        produced = [register(assembly, out, deps.uploads, extras, wanted) for out in outputs]
        assembly.hold_records([f.record for f in produced], deps.memory_limit)
    except TransloaditError as exc:
        return _step_failed(assembly, step, exc, board, _phase(robot))
    except Exception as exc:  # a robot bug must end the Assembly, never the worker
        deps.logger.exception("robot %s crashed in Assembly %s", step.robot, assembly.id)
        crash = TransloaditError("INTERNAL_COMMAND_ERROR", f"The {step.robot} robot failed: {exc}")
        return _step_failed(assembly, step, crash, board, _phase(robot))
    finally:
        deps.scratch.give_back(step_dir)
    produced_bytes = sum(
        int(f.record.get("size") or 0) for f, out in zip(produced, outputs, strict=True) if not out.passthrough
    )

    phase = _phase(robot)
    stored = [_stored_elsewhere(out) for out in outputs] if robot.stores_only else []
    now = deps.clock.now()

    def record(status: AssemblyStatus) -> Events | None:
        for code, message in ctx.ignored_errors:
            status.ignore_error(step.name, phase, code, message, step_ended=False)
        files = [f.record for f in produced] if step.in_results else None
        return status.record_result(
            step.name,
            files,
            stored=[s for s in stored if s is not None],
            originals_in_results=plan.originals_in_results,
            added_bytes=produced_bytes,
            waited=waited,
            now=now,
        )

    if not board.apply(assembly, record, persist=False):
        return None
    return produced


def _stored_elsewhere(out: OutputFile) -> StoredElsewhere | None:
    """What a storage robot's output adds to the record of the file it stored."""
    if out.source is None or not out.record:
        return None
    return StoredElsewhere(out.source.source_step or ORIGINAL, out.source.record, out.record)


def _context(assembly: Assembly, step: PlannedStep, step_dir: Path, deps: ExecutorDeps) -> RobotContext:
    """What the robot may use: scratch space, the Assembly's account and its Template Credentials."""
    source = deps.credentials

    def credentials(name: str) -> tuple[str, dict[str, Any]]:
        if source is None:
            raise TransloaditError(
                "TEMPLATE_CREDENTIALS_INJECTION_ERROR", "Template Credentials are not available on this emulator."
            )
        return source.resolve(assembly.account_key, name)

    return RobotContext(
        assembly.id,
        step.name,
        step_dir,
        deps.logger,
        account_key=assembly.account_key,
        credentials=credentials,
        allow_private_imports=deps.allow_private_imports,
        max_import_bytes=deps.max_import_bytes,
        fields=assembly.status.fields,
        service_urls=dict(deps.service_urls),
        workspace=deps.workspace,
        assembly_status=assembly.status.to_json,
    )


def _phase(robot: Robot) -> str:
    """The ``ignore_errors`` phase a robot's failures belong to: importers fail in ``import``."""
    return "import" if not robot.takes_input and robot.name != UPLOAD_HANDLE else "execute"


def _process(
    robot: Robot,
    step: PlannedStep,
    inputs: list[InputFile],
    ctx: RobotContext,
    assembly: Assembly,
    deps: ExecutorDeps,
    scope: Mapping[str, Any],
) -> list[OutputFile]:
    """Run the robot with Assembly Variables filled in (where the Step's ``interpolate`` allows):
    Assembly-level ones (``scope``) once, file-level ones per file for robots that take files one by one."""
    check_inputs(robot, inputs)  # empty inputs: INVALID_INPUT_ERROR, for every robot alike
    _inject_fault(deps, step)
    params = fill_step_params(step.params, scope)
    if not isinstance(robot, PerFileRobot):
        return robot.process(ctx, deps.registry.prepare(robot, params, planned=step.params), inputs)
    outputs: list[OutputFile] = []
    for f in robot.set_aside(ctx, params, inputs):
        own = {k: v for k, v in params.items() if k not in robot.raw_params}
        variables = file_variables(f.record, assembly.id, f.source_step)
        filled = fill_step_params(own, variables, expressions({**scope, **variables}))
        per_file = deps.registry.prepare(robot, {**params, **filled}, planned=step.params)
        outputs.extend(robot.process_file(ctx, per_file, f))
    return outputs


def _inject_fault(deps: ExecutorDeps, step: PlannedStep) -> None:
    """Act out a fault armed for this job (control plane): take the extra time, then fail with
    the given code. Here, at the one entry into robots, so no robot knows about faults."""
    fault = deps.faults.take_job(step.robot, step.name) if deps.faults is not None else None
    if fault is None:
        return
    if fault.delay:
        time.sleep(fault.delay)
    if fault.error is not None:
        message = fault.message or f"Injected fault {fault.id} failed the Step {step.name!r}."
        raise TransloaditError(fault.error, message)


def _step_failed(
    assembly: Assembly, step: PlannedStep, exc: TransloaditError, board: Board, phase: str = "execute"
) -> list[InputFile] | None:
    """Either ignore the error (``ignore_errors``: ``true``, or a list naming ``execute`` or the
    robot's own phase, ``import`` for importers) or fail the Assembly with it."""
    ignore = step.params.get("ignore_errors")
    if ignore is True or (isinstance(ignore, list) and any(p in ignore for p in (phase, "execute"))):

        def note(status: AssemblyStatus) -> Events | None:
            return status.ignore_error(step.name, phase, exc.code, exc.message, step_ended=True)

        return [] if board.apply(assembly, note, persist=False) else None
    # previousStep: the Step whose files the failed one was given (the first, when it uses several).
    extra = {"previousStep": step.uses[0], **exc.extra} if step.uses else exc.extra
    board.apply(assembly, lambda status: status.fail(exc.code, exc.message, step=step.name, extra=extra))
    return None
