"""A robot's output files as result records: stored (``TRANSIENT_STORAGE_SERVICE_ERROR`` when the
store fails), described as the Step's ``output_meta`` asks, its ``user_meta`` filled per file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ... import nesting
from ...errors import TransloaditError
from ...media.extra_meta import USUAL, OutputMeta, extra_meta, parse_output_meta
from ...robots.base import InputFile, OutputFile
from ...storage.failure import StoreFailure
from ...variables import file_scope, file_variables, interpolate
from .model import Assembly
from .planner import ORIGINAL, PlannedStep
from .status import lift_asset_keys
from .uploads import Uploads


@dataclass(frozen=True)
class ResultMeta:
    """What a Step's ``output_meta`` and ``user_meta`` ask of each file it produces."""

    output: OutputMeta
    #: The Step's ``user_meta`` with Assembly-level variables filled in; None without one.
    user_meta: Any
    #: The Assembly-level variables, for the file-level pass over ``user_meta``.
    scope: Mapping[str, Any]

    @classmethod
    def of(cls, step: PlannedStep, scope: Mapping[str, Any]) -> ResultMeta:
        """Read a Step's two params. The uploads' metadata was extracted at creation and stays as
        it is, so ``output_meta`` of ``:original`` changes nothing."""
        raw = step.params.get("output_meta")
        output = USUAL if raw is None or step.name == ORIGINAL else parse_output_meta(interpolate(raw, scope))
        user_meta = step.params.get("user_meta")
        return cls(output, interpolate(user_meta, scope) if user_meta else None, scope)


def register(
    assembly: Assembly, out: OutputFile, uploads: Uploads, extras: dict[str, Any], wanted: ResultMeta
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
        return InputFile(out.source.path, lift_asset_keys(record), pixels=out.source.pixels)
    try:
        stored = uploads.record_file(
            assembly.id,
            out.name,
            out.path,
            field=out.source.record.get("field") if out.source else None,
            known=out.known,
            output=output,
            original=out.source.record if out.source else None,
        )
    except StoreFailure as exc:  # where results are kept while the Assembly runs failed
        raise TransloaditError(
            "TRANSIENT_STORAGE_SERVICE_ERROR", f"The result {out.name!r} could not be stored: {exc}"
        ) from None
    assembly.blobs[stored.record["id"]] = stored.relpath
    record = stored.record
    record["meta"] = {**record["meta"], **out.meta}
    record.update(out.record)
    record.update(extras, cost=record["size"])
    _add_user_meta(record, out, assembly.id, wanted)
    return InputFile(stored.path, lift_asset_keys(record))


def _add_user_meta(record: dict[str, Any], out: OutputFile, assembly_id: str, wanted: ResultMeta) -> None:
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
