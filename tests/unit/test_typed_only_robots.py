"""Robots openapi.yaml types but the emulator does not run: validated at creation, then refused
with ROBOT_NOT_IMPLEMENTED (never accepted silently, never an unknown robot)."""

from __future__ import annotations

from typing import Any

import pytest

from transloadit_emulator.core.assemblies.planner import build_plan
from transloadit_emulator.errors import TransloaditError
from transloadit_emulator.robots.registry import default_registry, step_schemas
from transloadit_emulator.spec import load_spec

REGISTRY = default_registry()
# The emulator runs every vendor robot; the typed-only path is tested with two left out.
PARTIAL = default_registry(without={"/image/bgremove", "/file/virusscan"})
SPEC = load_spec()
#: Values for the params some robots require (the others need only ``robot``).
REQUIRED_VALUES: dict[str, Any] = {
    "path": "incoming/",
    "segments": [{"from": 0, "to": 5}],
    "url": "https://example.com/hook",
    "endpoint": "https://tus.example.com/files/",
    "prompt": "a lighthouse at dusk",
    "messages": "Summarise this file.",
    "format": "pdf",
    "credentials": "my-credentials",
    "script": "file.size * 2",
    "variants": {"hd": {"preset": "hls/720p"}},
    "title": "A title",
    "description": "A description",
    "category": "Education",
    "keywords": "one,two",
    "visibility": "private",
    "duration": 1,
    "output_files": 1,
    "emit_progress": False,
    "predict_output": False,
}


def minimal_step(robot: str) -> dict[str, Any]:
    """A valid Step of ``robot`` with only its required params."""
    own = SPEC["components"]["schemas"][step_schemas(SPEC)[robot]]["allOf"][1]
    step: dict[str, Any] = {"robot": robot}
    step.update({name: REQUIRED_VALUES[name] for name in own["required"] if name != "robot"})
    return step


def error_of(steps: dict[str, Any]) -> TransloaditError:
    with pytest.raises(TransloaditError) as info:
        build_plan(steps, PARTIAL)
    return info.value


def test_the_registry_splits_the_spec_s_robots_into_run_and_typed_only() -> None:
    assert len(REGISTRY.names) == 100 and REGISTRY.typed_only_names == []
    assert len(PARTIAL.names) + len(PARTIAL.typed_only_names) == 100
    assert "/image/resize" in PARTIAL.names and not PARTIAL.is_typed_only("/image/resize")
    assert PARTIAL.is_typed_only("/image/bgremove") and not PARTIAL.is_typed_only("/no/such")


@pytest.mark.parametrize("robot", PARTIAL.typed_only_names)
def test_a_valid_step_of_a_typed_only_robot_is_refused_by_name(robot: str) -> None:
    error = error_of({"x": minimal_step(robot)})
    assert error.code == "ROBOT_NOT_IMPLEMENTED"
    assert robot in error.message and error.extra["step"] == "x"
    assert error.http_status == 400


@pytest.mark.parametrize(
    ("step", "code"),
    [
        ({"robot": "/document/convert", "format": "papyrus"}, "DOCUMENT_CONVERT_VALIDATION"),
        ({"robot": "/document/convert"}, "DOCUMENT_CONVERT_VALIDATION"),  # format is required
        ({"robot": "/azure/import"}, "AZURE_IMPORT_VALIDATION"),  # path is required
        ({"robot": "/audio/loop", "duration": "long"}, "AUDIO_LOOP_VALIDATION"),
        ({"robot": "/image/upscale", "scale": 3}, "IMAGE_UPSCALE_VALIDATION"),
        ({"robot": "/http/request", "url": "ftp://example.com/"}, "HTTP_REQUEST_VALIDATION"),
        ({"robot": "/text/speak", "queue": "later"}, "TEXT_SPEAK_VALIDATION"),
        ({"robot": "/video/thumbs", "width": 0}, "VIDEO_THUMBS_VALIDATION"),  # a robot the emulator runs
    ],
)
def test_invalid_params_answer_the_robot_s_validation_code(step: dict[str, Any], code: str) -> None:
    assert error_of({"x": step}).code == code


def test_params_holding_variables_are_checked_when_they_are_filled() -> None:
    step = {"robot": "/image/bgremove", "format": "${fields.format}", "use": ":original"}
    assert error_of({"x": step}).code == "ROBOT_NOT_IMPLEMENTED"


def test_schemas_say_which_robots_the_emulator_does_not_run() -> None:
    schemas = SPEC["components"]["schemas"]
    for robot, name in step_schemas(SPEC).items():
        says_not_run = "does not run it yet" in schemas[name]["description"]
        assert says_not_run == REGISTRY.is_typed_only(robot), robot
