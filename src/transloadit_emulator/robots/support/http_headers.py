"""Request headers as Steps write them (``/http/import``, ``/http/request``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson

from ... import nesting
from ...errors import RobotError, TransloaditError


def parse_headers(value: Any, prefix: str) -> dict[str, str]:
    """``headers`` as a dict: from ``["Name: value", ...]``, ``[{"Name": "value"}, ...]``, an
    object, or the JSON of any of those. Raises ``<prefix>_VALIDATION``."""
    if value is None or value == "" or value == []:
        return {}
    if isinstance(value, str):
        try:
            value = nesting.loads(value)
        except orjson.JSONDecodeError:
            value = [value]  # one "Name: value" header
        except nesting.TooDeep as exc:
            raise RobotError(f"{prefix}_VALIDATION", f"headers is {exc}.") from None
        if isinstance(value, str):
            value = [value]
    items = [value] if isinstance(value, Mapping) else value
    if not isinstance(items, list):
        raise _bad_headers(value, prefix)
    headers: dict[str, str] = {}
    for item in items:
        if isinstance(item, str):
            name, colon, text = item.partition(":")
            if not colon or not name.strip():
                raise _bad_headers(item, prefix)
            headers[name.strip()] = text.strip()
        elif isinstance(item, Mapping):
            for name, text in item.items():
                if not isinstance(text, str | int | float) or isinstance(text, bool):
                    raise _bad_headers(item, prefix)
                headers[str(name)] = str(text)
        else:
            raise _bad_headers(item, prefix)
    return headers


def _bad_headers(value: Any, prefix: str) -> TransloaditError:
    return TransloaditError(
        f"{prefix}_VALIDATION",
        f'headers must be "Name: value" strings or objects of header names to values, got {value!r}.',
    )
