"""The one nesting limit (nesting.MAX_DEPTH), its checks, and every recursive walker at the limit.

The walkers are run with only a few hundred frames of head room, which is what a request has
left when it reaches them; input at the limit must pass through all of them."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import orjson
import pytest

from transloadit_emulator import nesting
from transloadit_emulator.core.assemblies.events import events_between
from transloadit_emulator.core.assemblies.planner import build_plan
from transloadit_emulator.core.assemblies.status import mask_params
from transloadit_emulator.errors import TransloaditError
from transloadit_emulator.nesting import MAX_DEPTH, TooDeep, exceeds, loads
from transloadit_emulator.robots.registry import default_registry
from transloadit_emulator.variables import interpolate, to_text

HEADROOM = 300  # frames left for a walker


def nested(depth: int, kind: str = "list", leaf: Any = "x") -> Any:
    value = leaf
    for _ in range(depth):
        value = [value] if kind == "list" else {"k": value}
    return value


@contextmanager
def little_stack() -> Iterator[None]:
    """Python's recursion limit set to the current depth plus HEADROOM frames."""
    frame, depth = sys._getframe(), 0
    while frame is not None:
        frame, depth = frame.f_back, depth + 1  # type: ignore[assignment]
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(depth + HEADROOM)
    try:
        yield
    finally:
        sys.setrecursionlimit(old)


# --- the checks ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["list", "dict"])
def test_limit_is_inclusive(kind: str) -> None:
    assert not exceeds(nested(MAX_DEPTH, kind))
    assert exceeds(nested(MAX_DEPTH + 1, kind))
    assert not exceeds("scalar") and not exceeds({}) and not exceeds([[], {}, [[]]])


def test_exceeds_never_recurses_however_deep() -> None:
    deep = nested(200_000)
    with little_stack():
        assert exceeds(deep)
        assert not exceeds(deep, max_depth=300_000)


def test_value_cap_stops_early_on_shared_references() -> None:
    """A value doubled by sharing 60 times would be 2**60 values once written out."""
    value: Any = "x"
    for _ in range(60):
        value = {"a": value, "b": value}
    assert exceeds(value, max_values=nesting.MAX_VALUES)
    assert not exceeds(nested(10, "dict"), max_values=nesting.MAX_VALUES)


@pytest.mark.parametrize("as_bytes", [False, True])
def test_loads_at_and_past_the_limit(as_bytes: bool) -> None:
    def text(depth: int) -> Any:
        raw = "[" * depth + "1" + "]" * depth
        return raw.encode() if as_bytes else raw

    assert loads(text(MAX_DEPTH)) == nested(MAX_DEPTH, leaf=1)
    for depth in (MAX_DEPTH + 1, 255, 1024, 1025, 50_000):  # orjson itself stops at 1,024
        with pytest.raises(TooDeep, match=str(MAX_DEPTH)):
            loads(text(depth))
    with pytest.raises(orjson.JSONDecodeError):
        loads("{oops" if not as_bytes else b"{oops")


def test_brackets_inside_strings_do_not_count() -> None:
    assert loads(orjson.dumps({"s": "[" * 500})) == {"s": "[" * 500}


# --- every recursive walker handles the limit with little stack --------------------------------

AT_LIMIT = nested(MAX_DEPTH - 4, "dict", leaf="${fields.x}")  # as a Step's user_meta: 4 levels above
REGISTRY = default_registry()

WALKERS: dict[str, Callable[[], Any]] = {
    "interpolate": lambda: interpolate({"user_meta": AT_LIMIT}, {"fields": {"x": nested(MAX_DEPTH)}}),
    "to_text": lambda: to_text(nested(MAX_DEPTH)),
    "mask_params": lambda: mask_params({"auth": {"key": "k"}, "steps": {"s": {"user_meta": AT_LIMIT}}}),
    "validate a Step": lambda: REGISTRY.validate(
        REGISTRY.get("/file/hash"),  # type: ignore[arg-type]
        {"robot": "/file/hash", "user_meta": AT_LIMIT, "output_meta": nested(MAX_DEPTH - 3)},
    ),
    "plan": lambda: build_plan(
        {
            ":original": {"robot": "/upload/handle"},
            "h": {"robot": "/file/hash", "use": {"steps": ":original"}, "user_meta": AT_LIMIT},
        },
        REGISTRY,
    ),
    "events diff": lambda: events_between(
        {"ok": "ASSEMBLY_EXECUTING", "started_jobs": nested(MAX_DEPTH)},
        {"ok": "ASSEMBLY_EXECUTING", "started_jobs": nested(MAX_DEPTH, leaf="y")},
    ),
    "status write": lambda: orjson.dumps({"results": {"s": [{"user_meta": nested(MAX_DEPTH)}]}}),
    "repr in messages": lambda: repr(nested(MAX_DEPTH)),
}


@pytest.mark.parametrize("walk", list(WALKERS.values()), ids=list(WALKERS))
def test_walkers_take_input_at_the_limit(walk: Callable[[], Any]) -> None:
    with little_stack():
        try:
            walk()
        except TransloaditError:
            pass  # a coded refusal is fine (output_meta's shape); a RecursionError is not
