"""Assembly Instructions validation and ordering along the use graph."""

from __future__ import annotations

from typing import Any

import pytest

from transloadit_emulator.core.assemblies.planner import build_plan
from transloadit_emulator.errors import TransloaditError
from transloadit_emulator.robots.registry import default_registry

REGISTRY = default_registry()
RESIZE = {"robot": "/image/resize", "width": 10}


def plan_of(steps: Any) -> Any:
    return build_plan(steps, REGISTRY)


def code_of(steps: Any) -> str:
    with pytest.raises(TransloaditError) as info:
        plan_of(steps)
    return info.value.code


@pytest.mark.parametrize(
    ("steps", "code"),
    [
        ("resize", "ASSEMBLY_INVALID_STEPS"),
        ([RESIZE], "ASSEMBLY_INVALID_STEPS"),
        ({}, "ASSEMBLY_EMPTY_STEPS"),
        ({"a": "not an object"}, "ASSEMBLY_STEP_INVALID"),
        ({"a": {"use": ":original"}}, "ASSEMBLY_STEP_NO_ROBOT"),
        ({"a": {"robot": 42}}, "ASSEMBLY_STEP_INVALID_ROBOT"),
        ({"a": {"robot": "/video/teleport"}}, "ASSEMBLY_STEP_UNKNOWN_ROBOT"),
        ({"a": {**RESIZE, "use": 5}}, "ASSEMBLY_STEP_INVALID_USE"),
        ({"a": {**RESIZE, "use": [5]}}, "ASSEMBLY_STEP_INVALID_USE"),
        ({"a": {**RESIZE, "use": []}}, "ASSEMBLY_STEP_INVALID_USE"),
        ({"a": {**RESIZE, "use": {"bundle_steps": True}}}, "ASSEMBLY_STEP_INVALID_USE"),
        ({"a": {**RESIZE, "use": "nope"}}, "ASSEMBLY_STEP_UNKNOWN_USE"),
        ({"a": {**RESIZE, "use": "a"}}, "ASSEMBLY_INFINITE"),
        ({"a": {**RESIZE, "use": "b"}, "b": {**RESIZE, "use": "a"}}, "ASSEMBLY_INFINITE"),
        ({"up": {"robot": "/upload/handle"}}, "INVALID_UPLOAD_HANDLE_STEP_NAME"),
        ({":original": RESIZE}, "INVALID_UPLOAD_HANDLE_STEP_NAME"),
        ({"": RESIZE}, "INVALID_STEP_NAME"),
        ({"a": {**RESIZE, "width": 0}}, "IMAGE_RESIZE_VALIDATION"),
        ({"a": {**RESIZE, "resize_strategy": "squash"}}, "IMAGE_RESIZE_VALIDATION"),
        ({"a": {"robot": "/file/hash", "algorithm": "crc32"}}, "FILE_HASH_VALIDATION"),
        ({"a": {"robot": "/file/filter", "condition_type": "xor"}}, "FILE_FILTER_VALIDATION"),
    ],
)
def test_invalid_instructions(steps: Any, code: str) -> None:
    assert code_of(steps) == code


def test_every_use_form_and_topological_order() -> None:
    plan = plan_of(
        {
            "d": {**RESIZE, "use": {"steps": [{"name": "b", "as": "base"}, "c"], "bundle_steps": True}},
            "c": {**RESIZE, "use": ["b", ":original"]},
            "b": {**RESIZE, "use": ":original"},
            ":original": {"robot": "/upload/handle"},
        }
    )
    names = [s.name for s in plan.steps]
    assert names.index(":original") < names.index("b") < names.index("c") < names.index("d")
    assert plan.step("d").uses == ("b", "c")  # type: ignore[union-attr]
    assert plan.step("c").uses == ("b", ":original")  # type: ignore[union-attr]


def test_missing_use_defaults_to_original() -> None:
    assert plan_of({"a": RESIZE}).steps[0].uses == (":original",)


def test_results_are_leaf_steps_unless_result_is_set() -> None:
    plan = plan_of(
        {
            ":original": {"robot": "/upload/handle"},
            "thumb": {**RESIZE, "use": ":original"},
            "small": {**RESIZE, "use": "thumb"},
            "kept": {**RESIZE, "use": ":original", "result": True},
            "hidden": {**RESIZE, "use": ":original", "result": False},
            "after_kept": {**RESIZE, "use": "kept"},
        }
    )
    in_results = {s.name for s in plan.steps if s.in_results}
    assert in_results == {"small", "kept", "after_kept"}


def test_variables_are_not_validated_before_execution() -> None:
    planned = plan_of({"a": {**RESIZE, "width": "${fields.w}"}}).step("a")
    assert planned is not None and planned.params["width"] == "${fields.w}"  # kept for execution
