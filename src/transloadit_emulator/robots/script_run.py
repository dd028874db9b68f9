"""``/script/run``: the Step's ``script`` (JavaScript) run for each file in the QuickJS sandbox.

As the vendor documents: the script sees ``file`` (the file's status record) and ``context``
(the Step's ``context`` param, a JSON string, parsed; null without one), and here also ``fields``
and ``assembly`` (``{id}``) as in ``${...}`` expressions; its last value is the
result, and it must finish within 1000 ms. The file goes on unchanged with ``meta.result`` (the
value, or the error's message), ``meta.isError`` and ``meta.isFree`` (always true here); a failing
script, even a hostile one (an endless loop, a huge allocation, ``require``/``fetch``: none exist
in the sandbox), does not fail the Assembly.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..errors import TransloaditError
from ..media.js_sandbox import ScriptError, evaluate
from .base import InputFile, OutputFile, PerFileRobot, RobotContext


def _context(params: Mapping[str, Any]) -> Any:
    raw = params.get("context")
    if raw is None or not isinstance(raw, str):
        return raw
    return json.loads(raw)


class ScriptRun(PerFileRobot):
    """Runs JavaScript against each file."""

    name = "/script/run"
    #: ``${...}`` in ``script`` is JavaScript of the script itself, not an Assembly Variable.
    raw_params = frozenset({"script"})

    def check_params(self, step: Mapping[str, Any]) -> None:
        """``context`` must be JSON text."""
        try:
            _context(step)
        except ValueError:
            raise TransloaditError("SCRIPT_RUN_VALIDATION", "context is not valid JSON.") from None

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The file, passed on with the script's result in its meta."""
        bindings = {
            "file": file.record,
            "context": _context(params),
            "fields": dict(ctx.fields),
            "assembly": {"id": ctx.assembly_id},
        }
        try:
            value, failed = evaluate(str(params.get("script") or ""), bindings), False
        except ScriptError as exc:
            value, failed = str(exc), True
        meta = {"result": value, "isError": failed, "isFree": True}
        return [OutputFile(file.path, str(file.record.get("name")), file, meta, passthrough=True)]
