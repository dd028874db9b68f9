"""User-supplied regular expressions (``auth.referer``, ``/file/filter``'s ``regex``) on RE2.

Transloadit reads them as JavaScript RegExps. A backtracking engine (Python's ``re``) takes
exponential time on ``^(a+)+$`` against ``aaaa…!`` while holding the GIL, which stalls every
request; RE2 matches in time linear in the text and never backtracks. What RE2 cannot match in
linear time, JavaScript's backreferences (``\\1``, ``\\k<name>``) and lookaround (``(?=``,
``(?!``, ``(?<=``, ``(?<!``), is refused when the pattern is compiled, as are patterns over
:data:`MAX_PATTERN_LENGTH` characters or past RE2's memory budget (8 MiB per pattern).

The JavaScript forms read here: ``/pattern/flags`` (``i``, ``m``, ``s`` become RE2's; ``g``, ``u``,
``y``, ``d``, ``v`` change nothing for a yes/no match), ``\\uXXXX`` and ``\\u{X…}``, the class
``[^]``; named groups ``(?<name>…)`` are RE2's own. ``$`` without ``m`` is the end of the text, as
in JavaScript. This module imports nothing of the package: callers map :class:`PatternError` to
their own codes.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import re2

MAX_PATTERN_LENGTH = 4096
_JS_FLAGS = frozenset("dgimsuyv")
_INLINE = {"i": "i", "m": "m", "s": "s"}
_HEX = frozenset("0123456789abcdefABCDEF")


class PatternError(ValueError):
    """A pattern RE2 cannot run (or too long); the message says why."""


def _options() -> Any:
    options = re2.Options()
    options.log_errors = False  # refusals are answered, not logged to stderr
    return options


_OPTIONS = _options()


@lru_cache(maxsize=256)
def compile_pattern(pattern: str) -> Any:
    """The RE2 regex for a user's ``pattern`` (plain or ``/pattern/flags``); use its ``search``.

    Raises :class:`PatternError` for what RE2 cannot run in linear time, or cannot parse.
    """
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise PatternError(f"the pattern is longer than {MAX_PATTERN_LENGTH} characters")
    body, flags = _split_literal(pattern)
    inline = "".join(sorted({_INLINE[f] for f in flags if f in _INLINE}))
    source = (f"(?{inline})" if inline else "") + _translate(body)
    try:
        return re2.compile(source, _OPTIONS)
    except re2.error as exc:
        detail = exc.args[0].decode(errors="replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise PatternError(
            f"{detail} (patterns run on RE2, in linear time: JavaScript's backreferences and lookaround "
            "are not supported)"
        ) from None


def _split_literal(pattern: str) -> tuple[str, str]:
    """``/body/flags`` -> (body, flags) when the tail is JavaScript flags; else (pattern, "")."""
    end = pattern.rfind("/")
    if pattern.startswith("/") and end > 0 and set(pattern[end + 1 :]) <= _JS_FLAGS:
        return pattern[1:end], pattern[end + 1 :]
    return pattern, ""


def _translate(body: str) -> str:
    """JavaScript escapes RE2 spells differently: ``\\uXXXX``, ``\\u{X…}``, and ``[^]``.

    One pass over the pattern; other escapes are copied whole, so ``\\\\u`` stays a backslash and a u.
    """
    out: list[str] = []
    i, n = 0, len(body)
    while i < n:
        char = body[i]
        if char == "\\" and i + 1 < n:
            nxt = body[i + 1]
            if nxt == "u" and i + 6 <= n and set(body[i + 2 : i + 6]) <= _HEX:
                out.append(f"\\x{{{body[i + 2 : i + 6]}}}")
                i += 6
                continue
            if nxt == "u" and body.startswith("{", i + 2):
                close = body.find("}", i + 3)
                if close > i + 3 and set(body[i + 3 : close]) <= _HEX:
                    out.append(f"\\x{{{body[i + 3 : close]}}}")
                    i = close + 1
                    continue
            out.append(body[i : i + 2])
            i += 2
            continue
        if body.startswith("[^]", i):
            out.append(r"[\s\S]")
            i += 3
            continue
        out.append(char)
        i += 1
    return "".join(out)
