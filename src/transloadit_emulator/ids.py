"""Ids as Transloadit writes them (32 lowercase hex digits) and the account id of an Auth Key.

The one place that knows their shape: routes, stores and services check ids here, and every
``account_id`` in an answer comes from :func:`account_id`. New ids come from the injected
``IdSource`` (``core/clock.py``). Imports nothing of the package, so every layer may use it.
"""

from __future__ import annotations

import hashlib
import re

#: An Assembly, file, upload, Template or credential id (a UUIDv4 without dashes).
ID_PATTERN = "[0-9a-f]{32}"
_ID = re.compile(ID_PATTERN)


def is_id(value: object) -> bool:
    """Whether ``value`` is a string of exactly 32 lowercase hex digits."""
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def account_id(key: str) -> str:
    """A stable 32-hex account id derived from the Auth Key (the emulator has no account table)."""
    return hashlib.md5(key.encode()).hexdigest()
