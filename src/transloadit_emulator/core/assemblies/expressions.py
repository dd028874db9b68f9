"""``${...}`` expressions in Step params, evaluated in the JavaScript sandbox: a failing one fails
the Step with ``SCRIPT_RUN_ERROR`` (the vendor runs these through ``/script/run``). The sandbox
itself (``media/js_sandbox``) knows no robot codes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ...errors import RobotError
from ...media.js_sandbox import ScriptError, evaluate


def expressions(scope: Mapping[str, Any]) -> Callable[[str], Any]:
    """An evaluator of ``${...}`` expressions in Step params, with ``scope``'s roots (``file``,
    ``fields``, ``assembly``, ...) as globals; a failing expression fails the Step with
    ``SCRIPT_RUN_ERROR`` (the vendor runs these through ``/script/run``)."""

    def run(expression: str) -> Any:
        try:
            return evaluate(f"({expression}\n)", scope)  # an expression, never a block: ${ {a: 1}.a }
        except ScriptError as exc:
            raise RobotError("SCRIPT_RUN_ERROR", f"${{{expression}}} failed: {exc}") from None

    return run
