"""JavaScript in a sandbox: QuickJS (the ``quickjs`` wheel), one fresh context per evaluation.

A context has no file system, network, timers or modules (QuickJS's ``std``/``os`` are not
loaded; there is no ``require``, ``fetch`` or ``XMLHttpRequest``), a memory cap and a time cap
(the interrupt handler stops a running script). QuickJS releases the GIL while it runs, so a
looping script holds up nobody else. Values go in and out as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

#: The vendor's limit for a script: "If the script does not finish within 1000ms it times out".
TIME_LIMIT_S = 1.0
MEMORY_LIMIT_BYTES = 64 * 1024 * 1024
_STACK_BYTES = 1024 * 1024

# Runs the source (a global ``eval``, so its last expression is the value) and hands the value
# back as JSON; ``undefined`` and functions come back as null.
_RUNNER = """(() => {
  const value = (0, eval)(__source);
  const json = JSON.stringify(value === undefined ? null : value);
  return json === undefined ? "null" : json;
})()"""


class ScriptError(Exception):
    """The script threw, ran too long, took too much memory or returned what JSON cannot hold."""


def evaluate(source: str, bindings: Mapping[str, Any], *, time_limit: float = TIME_LIMIT_S) -> Any:
    """The JSON value of running ``source`` with ``bindings`` as global variables."""
    import quickjs  # type: ignore[import-untyped]  # with the first script, not at start-up

    context = quickjs.Context()
    context.set_memory_limit(MEMORY_LIMIT_BYTES)
    context.set_max_stack_size(_STACK_BYTES)
    try:
        for name, value in bindings.items():
            context.set(name, context.parse_json(json.dumps(value, default=str)))
        context.set("__source", source)
        context.set_time_limit(time_limit)
        answer = context.eval(_RUNNER)
    except quickjs.JSException as exc:
        raise ScriptError(_message(str(exc))) from None
    except (MemoryError, OverflowError, TypeError, ValueError) as exc:
        raise ScriptError(f"The script could not run: {exc}") from None
    finally:
        context.set_time_limit(-1)
    return json.loads(answer)


def _message(raw: str) -> str:
    first = raw.strip().splitlines()[0] if raw.strip() else "error"
    if first == "InternalError: interrupted":
        return f"The script did not finish within {TIME_LIMIT_S * 1000:.0f}ms."
    if first == "InternalError: out of memory":
        return f"The script used more than {MEMORY_LIMIT_BYTES // 2**20} MB of memory."
    return first
