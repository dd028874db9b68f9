"""Assembly Variables: ``${file.meta.width}``, ``${fields.name}``, ``${assembly.id}``, ...

Only plain dotted paths are supported (no JavaScript). Placeholders whose root is not in the
scope are left untouched, so a later pass with more context can fill them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_PLACEHOLDER = re.compile(r"\$\{\s*([A-Za-z_][\w]*(?:\.[\w-]+)*)\s*\}")


def lookup(path: str, scope: Mapping[str, Any]) -> Any:
    """The value at a dotted ``path`` in ``scope``, or None when any part is missing."""
    value: Any = scope
    for part in path.split("."):
        if isinstance(value, Mapping) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    return value


def interpolate(value: Any, scope: Mapping[str, Any]) -> Any:
    """Replace placeholders in strings, lists and dicts.

    A string that is exactly one placeholder becomes the raw value (numbers stay numbers);
    placeholders inside longer text become their string form ("" when missing).
    """
    if isinstance(value, str):
        return _interpolate_text(value, scope)
    if isinstance(value, list):
        return [interpolate(v, scope) for v in value]
    if isinstance(value, dict):
        return {k: interpolate(v, scope) for k, v in value.items()}
    return value


def _interpolate_text(text: str, scope: Mapping[str, Any]) -> Any:
    whole = _PLACEHOLDER.fullmatch(text.strip())
    if whole and whole.group(1).split(".", 1)[0] in scope:
        return lookup(whole.group(1), scope)

    def replace(match: re.Match[str]) -> str:
        path = match.group(1)
        if path.split(".", 1)[0] not in scope:
            return match.group(0)
        found = lookup(path, scope)
        if found is None:
            return ""
        if isinstance(found, bool):
            return "true" if found else "false"
        return str(found)

    return _PLACEHOLDER.sub(replace, text)


def file_scope(record: Mapping[str, Any]) -> dict[str, Any]:
    """The ``file`` root for a status file record, with the derived URL-safe names."""
    name = str(record.get("name") or "")
    basename = str(record.get("basename") or name.rsplit(".", 1)[0])
    return {**record, "url_name": _slug(name), "url_basename": _slug(basename)}


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("_")
