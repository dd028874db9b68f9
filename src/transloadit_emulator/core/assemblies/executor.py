"""Executing an Assembly: run each Step's robot along the plan and record what it produced.

Runs on a worker thread. Robots never touch the status; every change goes through
``Updater.update`` which applies it under the service's lock, unless the Assembly was canceled
meanwhile, and publishes it.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from ... import nesting
from ...errors import TransloaditError
from ...media.extra_meta import USUAL, OutputMeta, extra_meta, parse_output_meta
from ...media.metadata import describe_file, identify_file
from ...robots.base import InputFile, OutputFile, PerFileRobot, Robot, RobotContext
from ...robots.registry import RobotRegistry
from ...storage.blobs import BlobStore
from ...variables import assembly_scope, file_scope, file_variables, interpolate
from ..clock import Clock, IdSource
from ..job_slots import BATCH, LIVE, JobSlots
from .model import Assembly
from .planner import ORIGINAL, UPLOAD_HANDLE, Plan, PlannedStep
from .status import MESSAGES, file_record, status_date


class Updater(Protocol):
    """Applies a change to an Assembly's status atomically and publishes it."""

    def update(self, assembly: Assembly, change: Callable[[dict[str, Any]], None]) -> bool:
        """Apply ``change`` unless the Assembly stopped being busy; False when it did."""
        ...


@dataclass(frozen=True)
class ExecutorDeps:
    """What execution needs from the outside world."""

    registry: RobotRegistry
    blobs: BlobStore
    clock: Clock
    ids: IdSource
    scratch_root: Path
    base_url: str
    logger: logging.Logger
    #: ``(account_key, name) -> (type, content)`` of a Template Credential, for Steps' ``credentials``.
    credentials: Callable[[str, str], tuple[str, dict[str, Any]]] | None = None
    #: Whether import robots may fetch from loopback and private addresses.
    allow_private_imports: bool = False
    #: Largest file an import robot may bring in, in bytes.
    max_import_bytes: int = 10 * 1024**3
    #: Where a Step's jobs wait for job slots; None runs every Step at once.
    job_slots: JobSlots | None = None
    #: Bounds how many Steps run at once (``workers``); None does not bound them.
    robot_turns: threading.Semaphore | None = None


def execute(assembly: Assembly, plan: Plan, deps: ExecutorDeps, updater: Updater) -> None:
    """Run every Step of ``plan`` and finish the Assembly as completed or failed."""
    started = deps.clock.now()

    def begin(status: dict[str, Any]) -> None:
        status["ok"] = "ASSEMBLY_EXECUTING"
        status["message"] = MESSAGES["ASSEMBLY_EXECUTING"]
        status["execution_start"] = status_date(started)
        status["queue_duration"] = round(max(0.0, started - assembly.created_ts), 3)

    if not updater.update(assembly, begin):
        return
    uploads = [InputFile(deps.blobs.path(assembly.blobs[u["id"]]), u) for u in assembly.status.get("uploads", [])]
    files_by_step: dict[str, list[InputFile]] = {ORIGINAL: uploads}
    scratch = Path(tempfile.mkdtemp(prefix=f"{assembly.id}-", dir=deps.scratch_root))
    try:
        for step in plan.steps:
            produced = _run_step(assembly, plan, step, files_by_step, deps, updater, scratch)
            if produced is None:
                return
            files_by_step[step.name] = produced
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    def complete(status: dict[str, Any]) -> None:
        status["ok"] = "ASSEMBLY_COMPLETED"
        status["message"] = MESSAGES["ASSEMBLY_COMPLETED"]
        status["execution_duration"] = round(deps.clock.now() - started, 3)
        status["running_jobs"] = []
        status["executing_jobs"] = []

    updater.update(assembly, complete)


def _run_step(
    assembly: Assembly,
    plan: Plan,
    step: PlannedStep,
    files_by_step: dict[str, list[InputFile]],
    deps: ExecutorDeps,
    updater: Updater,
    scratch: Path,
) -> list[InputFile] | None:
    """Run one Step; its output files, or None when the Assembly ended (failed or canceled)."""
    robot = deps.registry.get(step.robot)
    assert robot is not None  # the plan only holds known robots
    sources = (ORIGINAL,) if step.name == ORIGINAL else step.uses
    inputs = [
        replace(f, source_step=None if src == ORIGINAL else src) for src in sources for f in files_by_step.get(src, [])
    ]
    if robot.accepts is not None and step.params.get("force_accept") is not True:
        # Robots ignore files they are not familiar with (a video encoder skips images).
        inputs = [f for f in inputs if f.record.get("type") in robot.accepts]
    jobs = [f"{step.name}::{src}" for src in sources if files_by_step.get(src)]

    def start_jobs(status: dict[str, Any]) -> None:
        status["started_jobs"].extend(jobs)
        status["running_jobs"] = list(jobs)
        status["executing_jobs"] = list(jobs)

    if robot.takes_input and not inputs:
        return [] if updater.update(assembly, start_jobs) else None
    queue = BATCH if step.params.get("queue") == BATCH else LIVE
    queued_at = time.perf_counter()
    grant = None
    if deps.job_slots is not None:
        ip = str(assembly.status.get("client_ip") or "unknown")
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
            if not updater.update(assembly, start_jobs):
                return None
            return _run_jobs(assembly, plan, step, robot, inputs, deps, updater, scratch, queue, waited)
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
    updater: Updater,
    scratch: Path,
    queue: str,
    waited: float,
) -> list[InputFile] | None:
    """Run a Step whose jobs hold their slots: the robot, then its files into the status."""
    step_dir = Path(tempfile.mkdtemp(prefix="step-", dir=scratch))
    ctx = _context(assembly, step, step_dir, deps)
    scope = assembly_scope(assembly.status, int(deps.clock.now() * 1000))
    t0 = time.perf_counter()
    try:
        outputs = _process(robot, step, inputs, ctx, assembly, deps, scope)
        extras = {"queue": queue, "queueTime": waited, "execTime": round(time.perf_counter() - t0, 3)}
        wanted = _ResultMeta.of(step, scope)
        produced = [_register(assembly, out, deps, extras, wanted) for out in outputs]
    except TransloaditError as exc:
        return _step_failed(assembly, step, exc, updater, _phase(robot))
    except Exception as exc:  # a robot bug must end the Assembly, never the worker
        deps.logger.exception("robot %s crashed in Assembly %s", step.robot, assembly.id)
        return _step_failed(
            assembly,
            step,
            TransloaditError("INTERNAL_COMMAND_ERROR", f"The {step.robot} robot failed: {exc}"),
            updater,
            _phase(robot),
        )
    produced_bytes = sum(
        int(f.record.get("size") or 0) for f, out in zip(produced, outputs, strict=True) if not out.passthrough
    )

    phase = _phase(robot)

    def record(status: dict[str, Any]) -> None:
        if step.in_results:
            status["results"][step.name] = [dict(f.record) for f in produced]
        if robot.stores_only:
            _show_stored(status, outputs, plan.originals_in_results)
        for code, message in ctx.ignored_errors:
            _note_ignored(status, step.name, phase, code, message)
        status["bytes_usage"] = int(status.get("bytes_usage") or 0) + produced_bytes
        status["jobs_queue_duration"] = round(float(status.get("jobs_queue_duration") or 0) + waited, 3)
        status["last_job_completed"] = status_date(deps.clock.now())
        status["running_jobs"] = []
        status["executing_jobs"] = []

    if not updater.update(assembly, record):
        return None
    return produced


def _context(assembly: Assembly, step: PlannedStep, step_dir: Path, deps: ExecutorDeps) -> RobotContext:
    """What the robot may use: scratch space, the Assembly's account and its Template Credentials."""
    resolve = deps.credentials

    def credentials(name: str) -> tuple[str, dict[str, Any]]:
        if resolve is None:
            raise TransloaditError(
                "TEMPLATE_CREDENTIALS_INJECTION_ERROR", "Template Credentials are not available on this emulator."
            )
        return resolve(assembly.account_key, name)

    return RobotContext(
        assembly.id,
        step.name,
        step_dir,
        deps.logger,
        account_key=assembly.account_key,
        credentials=credentials,
        allow_private_imports=deps.allow_private_imports,
        max_import_bytes=deps.max_import_bytes,
    )


def _phase(robot: Robot) -> str:
    """The ``ignore_errors`` phase a robot's failures belong to: importers fail in ``import``."""
    return "import" if not robot.takes_input and robot.name != UPLOAD_HANDLE else "execute"


def _show_stored(status: dict[str, Any], outputs: list[OutputFile], originals_in_results: bool) -> None:
    """A storage Step is no result of its own: the files it stored show their new ``url``,
    ``ssl_url``, ... in the results of the Steps they came from, as the real API's status does.
    Uploads that only storage Steps use are listed under ``:original`` that way."""
    for out in outputs:
        if out.source is None or not out.record:
            continue
        source_step = out.source.source_step or ORIGINAL
        if source_step == ORIGINAL and originals_in_results:
            status["results"].setdefault(ORIGINAL, [])
        shown = status["results"].get(source_step)
        if shown is None:
            continue
        matches = [entry for entry in shown if entry.get("id") == out.source.record.get("id")]
        if not matches and source_step == ORIGINAL and originals_in_results:
            shown.append(dict(out.source.record))
            matches = shown[-1:]
        for entry in matches:
            entry.update(out.record)


def _note_ignored(status: dict[str, Any], step: str, phase: str, code: str, message: str) -> None:
    status.setdefault("ignored_errors", []).append({"step": step, "phase": phase, "error": code, "message": message})
    status["ignored_error_count"] = len(status["ignored_errors"])


def _process(
    robot: Robot,
    step: PlannedStep,
    inputs: list[InputFile],
    ctx: RobotContext,
    assembly: Assembly,
    deps: ExecutorDeps,
    scope: Mapping[str, Any],
) -> list[OutputFile]:
    """Run the robot with Assembly Variables filled in: Assembly-level ones (``scope``) once,
    file-level ones per file for robots that take files one by one."""
    params = interpolate(dict(step.params), scope)
    if not isinstance(robot, PerFileRobot):
        return robot.process(ctx, deps.registry.prepare(robot, params), inputs)
    outputs: list[OutputFile] = []
    for f in inputs:
        own = {k: v for k, v in params.items() if k not in robot.raw_params}
        filled = interpolate(own, file_variables(f.record, assembly.id, f.source_step))
        per_file = deps.registry.prepare(robot, {**params, **filled})
        outputs.extend(robot.process_file(ctx, per_file, f))
    return outputs


@dataclass(frozen=True)
class _ResultMeta:
    """What a Step's ``output_meta`` and ``user_meta`` ask of each file it produces."""

    output: OutputMeta
    #: The Step's ``user_meta`` with Assembly-level variables filled in; None without one.
    user_meta: Any
    #: The Assembly-level variables, for the file-level pass over ``user_meta``.
    scope: Mapping[str, Any]

    @classmethod
    def of(cls, step: PlannedStep, scope: Mapping[str, Any]) -> _ResultMeta:
        """Read a Step's two params. The uploads' metadata was extracted at creation and stays as
        it is, so ``output_meta`` of ``:original`` changes nothing."""
        raw = step.params.get("output_meta")
        output = USUAL if raw is None or step.name == ORIGINAL else parse_output_meta(interpolate(raw, scope))
        user_meta = step.params.get("user_meta")
        return cls(output, interpolate(user_meta, scope) if user_meta else None, scope)


def _register(
    assembly: Assembly, out: OutputFile, deps: ExecutorDeps, extras: dict[str, Any], wanted: _ResultMeta
) -> InputFile:
    """Store a robot's output file and build its status record (``extras``: its job's queue and
    times; ``wanted``: its Step's ``output_meta`` and ``user_meta``)."""
    output = wanted.output
    if out.passthrough:
        assert out.source is not None, "a passed-through file is one of the robot's inputs"
        record = dict(out.source.record)
        if not output.extract:
            record["meta"] = dict(out.meta)
        elif out.meta or output.extras:
            added = extra_meta(out.source.path, record.get("type"), output.extras) if output.extras else {}
            record["meta"] = {**record.get("meta", {}), **added, **out.meta}
        record.update(out.record)
        record.update(extras, cost=0)
        _add_user_meta(record, out, assembly.id, wanted)
        return InputFile(out.source.path, record)
    file_id = deps.ids.new_id()
    blob = deps.blobs.put_file(out.path, assembly.id, file_id, out.name)
    assembly.blobs[file_id] = blob.relpath
    path = deps.blobs.path(blob.relpath)
    if output.extract:
        facts = describe_file(path, out.name, known=out.known)
        meta = {**facts.meta, **out.known}
        if output.extras:
            meta.update(extra_meta(path, facts.type, output.extras))
    else:
        facts = identify_file(path, out.name)
        meta = {}
    record = file_record(
        file_id=file_id,
        name=path.name,
        field=out.source.record.get("field") if out.source else None,
        size=blob.size,
        md5hash=blob.md5hash,
        mime=facts.mime,
        type_=facts.type,
        meta={**meta, **out.meta},
        url=f"{deps.base_url}/files/{blob.relpath}",
        original=out.source.record if out.source else None,
    )
    record.update(out.record)
    record.update(extras, cost=blob.size)
    _add_user_meta(record, out, assembly.id, wanted)
    return InputFile(path, record)


def _add_user_meta(record: dict[str, Any], out: OutputFile, assembly_id: str, wanted: _ResultMeta) -> None:
    """Merge the Step's ``user_meta`` over the one ``record`` inherited, its variables filled for
    this file: ``${file.*}`` the input file (the result itself for imports), ``${result.*}`` the
    result's own record."""
    if wanted.user_meta is None:
        return
    source = out.source
    scope = {
        **wanted.scope,
        **file_variables(source.record if source else record, assembly_id, source.source_step if source else None),
        "result": file_scope(record),
    }
    filled = interpolate(wanted.user_meta, scope)
    if isinstance(filled, Mapping):
        merged = {**(record.get("user_meta") or {}), **filled}
        if nesting.exceeds(merged, max_values=nesting.MAX_VALUES):  # variables can grow it per Step
            raise TransloaditError("ASSEMBLY_STEP_INVALID", f"The user_meta of this Step, filled, {nesting.TOO_BIG}.")
        record["user_meta"] = merged


def _step_failed(
    assembly: Assembly, step: PlannedStep, exc: TransloaditError, updater: Updater, phase: str = "execute"
) -> list[InputFile] | None:
    """Either ignore the error (``ignore_errors``: ``true``, or a list naming ``execute`` or the
    robot's own phase, ``import`` for importers) or fail the Assembly with it."""
    ignore = step.params.get("ignore_errors")
    if ignore is True or (isinstance(ignore, list) and any(p in ignore for p in (phase, "execute"))):

        def note(status: dict[str, Any]) -> None:
            _note_ignored(status, step.name, phase, exc.code, exc.message)
            status["running_jobs"] = []
            status["executing_jobs"] = []

        return [] if updater.update(assembly, note) else None

    def fail(status: dict[str, Any]) -> None:
        status.pop("ok", None)
        status["error"] = exc.code
        status["message"] = exc.message
        status["step"] = step.name
        status["running_jobs"] = []
        status["executing_jobs"] = []
        status.update(exc.extra)

    updater.update(assembly, fail)
    return None
