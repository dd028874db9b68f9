"""Numbers from client input: ASCII digits of bounded length, or a coded error.

Python's ``int()`` and ``str.isdigit()`` accept more than a client should send: ``int("١")`` is 1
(Arabic-Indic digits, and every other Unicode decimal digit), ``"²".isdigit()`` is true but
``int("²")`` raises, and ``int()`` raises past 4,300 digits. Every integer the emulator reads from a
header, form field, query or params value, path part or Assembly Variable goes through here, so each
of those answers with its own Transloadit code instead of a 500 or a number nobody sent (the caller
raises it: this module imports nothing of the package, so every layer may use it).
"""

from __future__ import annotations

import re

#: At most this many digits: every value then fits a signed 64-bit integer (SQLite's, and any
#: size, offset, count or page a client can mean).
MAX_DIGITS = 18
_NATURAL = re.compile(rf"[0-9]{{1,{MAX_DIGITS}}}")
_DECIMAL = re.compile(rf"-?[0-9]{{1,{MAX_DIGITS}}}(?:\.[0-9]{{1,{MAX_DIGITS}}})?")


def parse_natural(text: str) -> int | None:
    """``text`` as a non-negative integer when it is 1 to 18 ASCII digits (with spaces or tabs
    around), else None."""
    stripped = text.strip(" \t")
    return int(stripped) if _NATURAL.fullmatch(stripped) else None


def parse_decimal(text: str) -> int | float | None:
    """``text`` as a number when it is ASCII ``-?digits(.digits)?`` of bounded length, else None.

    An int without a fraction, else a float.
    """
    if not _DECIMAL.fullmatch(text):
        return None
    return float(text) if "." in text else int(text)


def shown(text: str, limit: int = 40) -> str:
    """``text`` for an error message: its repr, cut to ``limit`` characters."""
    return repr(text) if len(text) <= limit else repr(text[:limit]) + f"... ({len(text)} characters)"
