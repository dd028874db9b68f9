"""One limit on how deeply lists and objects may nest in JSON from clients, and its checks.

Clients' JSON (Assembly, replay and every other operation's ``params``, Template content and
credential content sent as JSON text, robot params given as JSON text) may nest at most
:data:`MAX_DEPTH` lists and objects. That is far beyond any real Assembly Instructions and far
below what recursive code can take (Python's recursion limit through jsonschema, interpolation and
``repr``; orjson's 254 levels when the status is written), so input beyond it is refused when it
is parsed, with the caller's coded 400, and nothing downstream ever sees it.

This module imports nothing of the package: each caller maps :class:`TooDeep` to its own code.
"""

from __future__ import annotations

from typing import Any

import orjson

#: The deepest nesting of lists and objects accepted: ``[[["x"]]]`` is 3, a scalar 0.
MAX_DEPTH = 64
#: The most values a JSON value built from Assembly Variables may hold (a file's ``user_meta``):
#: a whole-value variable inserts a reference, so each Step could double it.
MAX_VALUES = 100_000
_MESSAGE = f"nested deeper than {MAX_DEPTH} levels of lists and objects"
#: Why a value built from variables is refused.
TOO_BIG = f"is nested deeper than {MAX_DEPTH} levels or holds more than {MAX_VALUES} values"


class TooDeep(ValueError):
    """JSON nested deeper than :data:`MAX_DEPTH` (or larger than a caller's value cap)."""


def exceeds(value: Any, *, max_depth: int = MAX_DEPTH, max_values: int | None = None) -> bool:
    """Whether ``value`` nests lists/objects deeper than ``max_depth``, or holds more than
    ``max_values`` values (counting a shared one each time it appears, as JSON would write it).

    Walks with an explicit stack (never recursion) and stops as soon as a bound is passed, so
    it costs at most ``max_values`` steps however large or deep ``value`` is.
    """
    stack: list[tuple[Any, int]] = [(value, 0)]
    seen = 0
    while stack:
        item, depth = stack.pop()
        seen += 1
        if max_values is not None and seen > max_values:
            return True
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth + 1 > max_depth:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def loads(raw: str | bytes) -> Any:
    """``orjson.loads``, refusing nesting deeper than :data:`MAX_DEPTH` with :class:`TooDeep`.

    Invalid JSON raises ``orjson.JSONDecodeError`` as before. Text with no more opening brackets
    than the limit cannot pass it, so most input is not walked at all.
    """
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        if "depth limit" in str(exc):  # orjson's own (1,024 levels)
            raise TooDeep(_MESSAGE) from None
        raise
    opens = raw.count("[") + raw.count("{") if isinstance(raw, str) else raw.count(b"[") + raw.count(b"{")
    if opens > MAX_DEPTH and exceeds(value):
        raise TooDeep(_MESSAGE)
    return value
