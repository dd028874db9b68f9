"""Assembly Variables: ``${file.meta.width}``, ``${fields.name}``, ``${assembly.id}``, ...

Plain dotted paths are looked up here. ``${...}`` holding any other JavaScript
(``${Math.round(file.meta.width / 3)}``) is evaluated only when the caller passes an ``evaluate``
function (the executor's per-file pass, with the JavaScript sandbox); otherwise it stays as
written. Placeholders whose root is not in the scope are left untouched, so a later pass with
more context can fill them.

Scope roots used by callers: ``file`` (see :func:`file_scope`), ``fields``, ``assembly``,
``unique_prefix``, ``unique_original_prefix``, ``previous_step`` and ``date``.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .integers import parse_natural

# ``${ root.key.sub-key }``: an identifier root, then dotted keys (``-`` allowed, as in EXIF keys).
_PLACEHOLDER = re.compile(r"\$\{\s*([A-Za-z_]\w*(?:\.[\w-]+)*)\s*\}")
# ``${ any JavaScript }``, with braces nested one level deep (``${ {a: 1}.a }``).
_EXPRESSION = re.compile(r"\$\{((?:[^{}]|\{[^{}]*\})+)\}")

#: Evaluates one JavaScript expression (the text between ``${`` and ``}``) to its value.
Evaluator = Callable[[str], Any]


def lookup(path: str, scope: Mapping[str, Any]) -> Any:
    """The value at a dotted ``path`` in ``scope``, or None when any part is missing.

    Mappings are walked by key, lists by a numeric part (``file.meta.keywords.0``).
    """
    value: Any = scope
    for part in path.split("."):
        if isinstance(value, Mapping) and part in value:
            value = value[part]
        elif isinstance(value, list) and (index := parse_natural(part)) is not None and index < len(value):
            value = value[index]
        else:
            return None
    return value


def interpolate(value: Any, scope: Mapping[str, Any], evaluate: Evaluator | None = None) -> Any:
    """Replace placeholders in strings, lists and dicts (recursively); other values are kept.

    A string that is exactly one placeholder becomes the raw looked-up value (numbers stay
    numbers, a missing key gives None); placeholders inside longer text become their string
    form ("" when missing). Placeholders whose root is not in ``scope`` stay as written. With
    ``evaluate``, other ``${...}`` JavaScript is evaluated by it, the same way.
    """
    if isinstance(value, str):
        filled = _interpolate_text(value, scope)
        if evaluate is not None and isinstance(filled, str) and "${" in filled:
            return _evaluate_text(filled, evaluate)
        return filled
    if isinstance(value, list):
        return [interpolate(v, scope, evaluate) for v in value]
    if isinstance(value, dict):
        return {k: interpolate(v, scope, evaluate) for k, v in value.items()}
    return value


def _evaluate_text(text: str, evaluate: Evaluator) -> Any:
    # Plain paths left over have a root outside the scope: they stay as written, not JavaScript.
    whole = _EXPRESSION.fullmatch(text)
    if whole and not _PLACEHOLDER.fullmatch(text):
        return evaluate(whole.group(1))

    def replace(match: re.Match[str]) -> str:
        if _PLACEHOLDER.fullmatch(match.group(0)):
            return match.group(0)
        return to_text(evaluate(match.group(1)))

    return _EXPRESSION.sub(replace, text)


def to_text(value: Any) -> str:
    """The string form of a value inside text, as JavaScript template strings render it.

    None is "", booleans are "true"/"false", whole floats lose their ".0", lists are joined
    with "," and objects are JSON, so ``"w=${file.meta.width}"`` reads the same as on the API.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return json.dumps(value, separators=(",", ":"), default=str)
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        return ",".join(to_text(v) for v in value)
    return str(value)


def file_scope(record: Mapping[str, Any]) -> dict[str, Any]:
    """The ``file`` root for a status file record, with ``url_name`` / ``url_basename`` added.

    Values the record already carries win; the URL-safe names are derived only when absent.
    """
    name = to_text(record.get("name"))
    basename = to_text(record.get("basename")) or name.rsplit(".", 1)[0]
    scope = dict(record)
    if scope.get("url_name") is None:
        scope["url_name"] = _slug(name)
    if scope.get("url_basename") is None:
        scope["url_basename"] = _slug(basename)
    return scope


def _interpolate_text(text: str, scope: Mapping[str, Any]) -> Any:
    whole = _PLACEHOLDER.fullmatch(text)
    if whole and _root(whole.group(1)) in scope:
        return lookup(whole.group(1), scope)

    def replace(match: re.Match[str]) -> str:
        path = match.group(1)
        if _root(path) not in scope:
            return match.group(0)  # unknown root: keep it for a later pass
        return to_text(lookup(path, scope))

    return _PLACEHOLDER.sub(replace, text)


def _root(path: str) -> str:
    return path.split(".", 1)[0]


def _slug(text: str) -> str:
    # URL-safe: anything outside [A-Za-z0-9._-] becomes one "_" ("My Photo.JPG" -> "My_Photo.JPG").
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("_")


def assembly_scope(status: Mapping[str, Any], now_ms: int) -> dict[str, Any]:
    """The Assembly-level roots: ``assembly``, ``fields`` and ``date``."""
    return {
        "assembly": {
            "id": status.get("assembly_id"),
            "region": status.get("region"),
            "instance": status.get("instance"),
            "parent_id": status.get("parent_id"),
        },
        "fields": dict(status.get("fields") or {}),
        "date": {"now": now_ms},
    }


def unique_prefix(assembly_id: str, file_id: str) -> str:
    """``f2/d3eeeb67479f11f8b091b04f6181ad``: 33 stable characters per Assembly and file."""
    digest = hashlib.md5(f"{assembly_id}/{file_id}".encode()).hexdigest()
    return f"{digest[:2]}/{digest[2:]}"


def file_variables(record: Mapping[str, Any], assembly_id: str, previous_step: str | None) -> dict[str, Any]:
    """The file-level roots for one input file: ``file``, the unique prefixes and ``previous_step``."""
    file_id = to_text(record.get("id"))
    original_id = to_text(record.get("original_id")) or file_id
    return {
        "file": file_scope(record),
        "unique_prefix": unique_prefix(assembly_id, file_id),
        "unique_original_prefix": unique_prefix(assembly_id, original_id),
        "previous_step": {"name": previous_step},
    }
