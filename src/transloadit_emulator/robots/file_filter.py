"""``/file/filter``: pass on only the files that meet ``accepts`` and not ``declines``.

Conditions are ``[value, operator, value]`` arrays whose sides may hold ``${file.*}``
Assembly Variables; ``regex`` patterns run on RE2 (``patterns.py``: linear time) and are checked
at creation. The JavaScript form (``"${file.size <= 720}"``) needs ``/script/run`` on the real
API and is refused here with ``FILE_FILTER_VALIDATION``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import RobotError
from ..patterns import PatternError, compile_pattern
from ..variables import file_scope, interpolate, to_text
from .base import InputFile, OutputFile, PerFileRobot, RobotContext

DEFAULT_ERROR_MSG = "One of your files was declined"

# A number with an optional 1024-based size unit: "20mb", "1.5 KB", "500kb", "3MiB", "10 b".
_SIZE = re.compile(r"\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*(?:([kmgtp])i?b?|b)?\s*", re.IGNORECASE)
_UNIT = {"k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4, "p": 1024**5}


def _number(value: Any) -> float | None:
    """A number from a number or a numeric string (sizes in 1024-based bytes); None otherwise."""
    if isinstance(value, bool):
        return None  # true/false are not sizes; comparing them numerically hides mistakes
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        match = _SIZE.fullmatch(value)
        if match:
            unit = (match.group(2) or "").lower()
            return float(match.group(1)) * _UNIT.get(unit, 1)
    return None


def _loose_equal(a: Any, b: Any) -> bool:
    """``==``: numerically when both sides are numbers ("10" == 10, "1kb" == 1024), else as text."""
    na, nb = _number(a), _number(b)
    if na is not None and nb is not None:
        return na == nb
    return to_text(a) == to_text(b)


def _strict_equal(a: Any, b: Any) -> bool:
    """``===``: same type and value; ints and floats are one type, as numbers are in JavaScript."""
    numbers = (int, float)
    if isinstance(a, numbers) and isinstance(b, numbers) and not isinstance(a, bool) and not isinstance(b, bool):
        return a == b
    return type(a) is type(b) and bool(a == b)


def _ordering(op: Callable[[Any, Any], bool]) -> Callable[[Any, Any], bool]:
    """``< > <= >=``: numeric when both sides are numbers/sizes, lexicographic for two strings.

    A missing ("") side, or a number against a non-numeric string, never satisfies an
    ordering, as a NaN comparison in JavaScript does not: a file without ``meta.width`` is
    neither narrower nor wider than 100.
    """

    def check(a: Any, b: Any) -> bool:
        na, nb = _number(a), _number(b)
        if na is not None and nb is not None:
            return op(na, nb)
        if isinstance(a, str) and isinstance(b, str) and a and b:
            return op(a, b)
        return False

    return check


def _regex(a: Any, b: Any) -> bool:
    """``regex``: the right side, a JavaScript pattern (plain or ``/pattern/flags``), found in the
    left; on RE2 (``patterns.py``), so no pattern makes this take more than linear time."""
    return compile_pattern(to_text(b)).search(to_text(a)) is not None


def _includes(a: Any, b: Any) -> bool:
    """``includes``: a list holds the value, an object has the key, or a string contains it."""
    if isinstance(a, list | tuple):
        return any(_loose_equal(item, b) for item in a)
    if isinstance(a, Mapping):
        return to_text(b) in a
    return to_text(b) in to_text(a)


def _empty(a: Any, _: Any = None) -> bool:
    """``empty``: null, "", [] or {} (the right-hand side is ignored)."""
    return a is None or (isinstance(a, str | list | tuple | dict) and len(a) == 0)


#: Every operator of a condition array, as a predicate on the interpolated (left, right).
OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "=": _loose_equal,
    "==": _loose_equal,
    "===": _strict_equal,
    "!=": lambda a, b: not _loose_equal(a, b),
    "!==": lambda a, b: not _strict_equal(a, b),
    "<": _ordering(lambda a, b: a < b),
    ">": _ordering(lambda a, b: a > b),
    "<=": _ordering(lambda a, b: a <= b),
    ">=": _ordering(lambda a, b: a >= b),
    "regex": _regex,
    "!regex": lambda a, b: not _regex(a, b),
    "includes": _includes,
    "!includes": lambda a, b: not _includes(a, b),
    "empty": _empty,
    "!empty": lambda a, b: not _empty(a),
}


@dataclass(frozen=True)
class Condition:
    """One parsed ``[left, op, right]`` condition."""

    left: Any
    op: str
    right: Any

    def holds(self, scope: Mapping[str, Any]) -> bool:
        """Whether the condition is true once its sides are interpolated with ``scope``."""
        left, right = _resolve(self.left, scope), _resolve(self.right, scope)
        try:
            return OPERATORS[self.op](left, right)
        except PatternError as exc:  # a pattern that only became invalid once interpolated
            raise RobotError(
                "FILE_FILTER_INVALID_OPERATOR", f"Invalid regular expression {to_text(right)!r}: {exc}."
            ) from None


def _resolve(side: Any, scope: Mapping[str, Any]) -> Any:
    # Missing values (and null) compare as "", as the real robot matches them.
    value = interpolate(side, scope)
    return "" if value is None else value


def parse_conditions(value: Any, key: str) -> list[Condition] | None:
    """Parse ``accepts`` / ``declines``: None for null, else the validated conditions.

    Raises ``FILE_FILTER_VALIDATION`` for a JavaScript string or a value that is not a list,
    ``FILE_FILTER_INVALID_OPERATOR`` for a malformed condition, unknown operator or bad regex.
    """
    if value is None:
        return None
    if isinstance(value, str):
        raise RobotError(
            "FILE_FILTER_VALIDATION",
            f"{key} is a JavaScript expression ({value!r}); JavaScript expressions are not supported by the "
            'emulator; use condition arrays such as [["${file.size}", "<=", "20mb"]]',
        )
    if not isinstance(value, list):
        raise RobotError(
            "FILE_FILTER_VALIDATION", f"{key} must be null or a list of [value, operator, value] conditions."
        )
    return [_parse_condition(c, key, i) for i, c in enumerate(value)]


def _parse_condition(raw: Any, key: str, index: int) -> Condition:
    where = f"{key}[{index}]"
    if not isinstance(raw, Sequence) or isinstance(raw, str) or len(raw) != 3:
        raise RobotError(
            "FILE_FILTER_INVALID_OPERATOR", f"{where} must be a [value, operator, value] array, got {raw!r}."
        )
    left, op, right = raw
    if not isinstance(op, str) or op not in OPERATORS:
        raise RobotError(
            "FILE_FILTER_INVALID_OPERATOR",
            f"{where} has the unknown operator {op!r}; use one of {', '.join(OPERATORS)}.",
        )
    if op in ("regex", "!regex") and not _has_placeholder(right):
        # A literal pattern is checked now, so a bad one fails the Step whatever the files are.
        try:
            compile_pattern(to_text(right))
        except PatternError as exc:
            raise RobotError(
                "FILE_FILTER_INVALID_OPERATOR", f"{where} has an invalid regular expression {right!r}: {exc}."
            ) from None
    return Condition(left, op, right)


def _has_placeholder(value: Any) -> bool:
    return isinstance(value, str) and "${" in value


def _matches(conditions: list[Condition], mode: str, scope: Mapping[str, Any]) -> bool:
    results = (c.holds(scope) for c in conditions)
    return all(results) if mode == "and" else any(results)


def passes(params: Mapping[str, Any], record: Mapping[str, Any]) -> bool:
    """Whether a file record is accepted and not declined.

    ``accepts`` absent or null accepts every file, ``[]`` none; ``declines`` null or ``[]``
    declines none. ``condition_type`` "or" (default) needs one condition to hold, "and" all.
    Both lists are validated before any is evaluated, so errors do not depend on the file.
    """
    mode = params.get("condition_type") or "or"
    if mode not in ("or", "and"):
        raise RobotError("FILE_FILTER_VALIDATION", f'condition_type must be "or" or "and", got {mode!r}.')
    accepts = parse_conditions(params.get("accepts"), "accepts")
    declines = parse_conditions(params.get("declines"), "declines")
    scope = {"file": file_scope(record)}
    # `accepts` first; [] accepts nothing (any/all over it is never consulted).
    if accepts is not None and not (accepts and _matches(accepts, mode, scope)):
        return False
    return not (declines and _matches(declines, mode, scope))


class FileFilter(PerFileRobot):
    """Forwards the files that pass the conditions; drops (or, with ``error_on_decline``, fails on) the rest."""

    name = "/file/filter"
    raw_params = frozenset({"accepts", "declines"})

    def check_params(self, step: Mapping[str, Any]) -> None:
        """The conditions at creation: operators known, literal patterns compiled on RE2, so a bad
        one answers 400 then instead of failing the Assembly later."""
        for key in ("accepts", "declines"):
            parse_conditions(step.get(key), key)

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Pass ``file`` through unchanged when it is accepted and not declined; else drop it."""
        name = to_text(file.record.get("name")) or file.path.name
        if passes(params, file.record):
            return [OutputFile(path=file.path, name=name, source=file, passthrough=True)]
        if params.get("error_on_decline"):
            raise RobotError("FILE_FILTER_DECLINED_FILE", to_text(params.get("error_msg")) or DEFAULT_ERROR_MSG)
        ctx.logger.debug("%s: %s declined %s", ctx.assembly_id, ctx.step_name, name)
        return []
