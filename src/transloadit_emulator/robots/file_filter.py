"""``/file/filter``: pass on only the files that meet ``accepts`` and not ``declines``."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from ..core.errors import RobotError
from ..core.variables import file_scope, interpolate
from .base import InputFile, OutputFile, PerFileRobot, RobotContext

_SIZE = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb)?\s*$", re.IGNORECASE)
_UNITS = {"b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3, "tb": 1024**4}


def _number(value: Any) -> float | None:
    """A number from a number or a numeric string; sizes like "20mb" are 1024-based bytes."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        match = _SIZE.match(value)
        if match:
            return float(match.group(1)) * _UNITS[(match.group(2) or "b").lower()]
    return None


def _loose_equal(a: Any, b: Any) -> bool:
    na, nb = _number(a), _number(b)
    if na is not None and nb is not None:
        return na == nb
    return _text(a) == _text(b)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _compare(op: Callable[[float, float], bool]) -> Callable[[Any, Any], bool]:
    def check(a: Any, b: Any) -> bool:
        na, nb = _number(a), _number(b)
        if na is not None and nb is not None:
            return op(na, nb)
        return op(_text(a), _text(b))  # type: ignore[arg-type]

    return check


def _regex(pattern: Any) -> re.Pattern[str]:
    text = _text(pattern)
    flags = 0
    literal = re.fullmatch(r"/(.*)/([a-z]*)", text, re.DOTALL)
    if literal:
        text = literal.group(1)
        flags = re.IGNORECASE if "i" in literal.group(2) else 0
    return re.compile(text, flags)


def _includes(a: Any, b: Any) -> bool:
    if isinstance(a, list):
        return any(_loose_equal(item, b) for item in a)
    return _text(b) in _text(a)


def _empty(a: Any, _: Any = None) -> bool:
    return a is None or a == "" or a == [] or a == {}


OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "=": _loose_equal,
    "==": _loose_equal,
    "===": lambda a, b: type(a) is type(b) and a == b,
    "!=": lambda a, b: not _loose_equal(a, b),
    "!==": lambda a, b: not (type(a) is type(b) and a == b),
    "<": _compare(lambda a, b: a < b),
    ">": _compare(lambda a, b: a > b),
    "<=": _compare(lambda a, b: a <= b),
    ">=": _compare(lambda a, b: a >= b),
    "regex": lambda a, b: _regex(b).search(_text(a)) is not None,
    "!regex": lambda a, b: _regex(b).search(_text(a)) is None,
    "includes": _includes,
    "!includes": lambda a, b: not _includes(a, b),
    "empty": _empty,
    "!empty": lambda a, b: not _empty(a),
}


class FileFilter(PerFileRobot):
    """Forwards the files that pass the conditions; drops (or rejects) the others."""

    name = "/file/filter"
    schema_name = "FileFilterStep"

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Evaluate the conditions for one file."""
        if passes(params, file.record):
            name = str(file.record.get("name") or file.path.name)
            return [OutputFile(path=file.path, name=name, source=file, passthrough=True)]
        if params.get("error_on_decline"):
            raise RobotError(
                "FILE_FILTER_DECLINED_FILE",
                str(params.get("error_msg") or "One of your files was declined"),
                file=file.record.get("name"),
            )
        return []


def passes(params: Mapping[str, Any], record: Mapping[str, Any]) -> bool:
    """Whether a file record is accepted and not declined.

    ``accepts`` absent or null accepts every file, ``[]`` none; ``declines`` null or ``[]``
    declines none. ``condition_type`` "or" (default) needs one condition, "and" all of them.
    """
    mode = str(params.get("condition_type", "or"))
    scope = {"file": file_scope(record)}
    accepts = params.get("accepts")
    if accepts is not None and not _matches(accepts, mode, scope, "accepts"):
        return False
    declines = params.get("declines")
    return not (declines and _matches(declines, mode, scope, "declines"))


def _matches(conditions: Any, mode: str, scope: Mapping[str, Any], key: str) -> bool:
    if isinstance(conditions, str):
        raise RobotError(
            "FILE_FILTER_VALIDATION",
            f"{key} is a JavaScript expression; the emulator does not run JavaScript, use condition arrays "
            "such as [['${file.size}', '<=', '20mb']].",
        )
    if not isinstance(conditions, list):
        raise RobotError("FILE_FILTER_INVALID_OPERATOR", f"{key} must be a list of [value, operator, value].")
    if not conditions:
        return False
    results = (_holds(c, scope, key) for c in conditions)
    return all(results) if mode == "and" else any(results)


def _holds(condition: Any, scope: Mapping[str, Any], key: str) -> bool:
    if not isinstance(condition, list) or len(condition) != 3:
        raise RobotError(
            "FILE_FILTER_INVALID_OPERATOR", f"Each {key} condition must be [value, operator, value], got {condition!r}."
        )
    left, op, right = condition
    check = OPERATORS.get(op) if isinstance(op, str) else None
    if check is None:
        raise RobotError(
            "FILE_FILTER_INVALID_OPERATOR",
            f"Unknown operator {op!r} in {key}; use one of {' '.join(OPERATORS)}.",
        )
    try:
        return check(interpolate(left, scope), interpolate(right, scope))
    except re.error as exc:
        raise RobotError("FILE_FILTER_INVALID_OPERATOR", f"Invalid regular expression in {key}: {exc}.") from None
