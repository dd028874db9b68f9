"""openapi.yaml types every robot of the vendor's SDK, with (nearly) every param its schema has.

tests/fixtures/vendor_robots.json pins the robot names and their Step param names of npm
`transloadit` 5.0.1. When a newer SDK adds or renames robots or params, refresh the fixture on
purpose; these tests then name what openapi.yaml lacks.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from transloadit_emulator.robots.registry import step_schemas
from transloadit_emulator.spec import load_spec

FIXTURE = Path(__file__).parent.parent / "fixtures" / "vendor_robots.json"
#: Share of a robot's vendor param names its Step schema must declare.
MIN_PARAM_SHARE = 0.95


def vendor_robots() -> dict[str, list[str]]:
    robots: dict[str, list[str]] = json.loads(FIXTURE.read_text())["robots"]
    return robots


def declared_params(spec: dict[str, Any], schema_name: str) -> set[str]:
    """The top-level params a Step schema declares: its own and those of the schemas it `allOf`s."""
    schemas = spec["components"]["schemas"]
    names: set[str] = set()
    pending = [schemas[schema_name]]
    while pending:
        schema = pending.pop()
        if "$ref" in schema:
            schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
        names |= set(schema.get("properties", {}))
        pending += schema.get("allOf", [])
    return names


def test_the_fixture_pins_the_100_robots_of_the_sdk() -> None:
    robots = vendor_robots()
    assert len(robots) == 100
    assert "/edgly/deliver" not in robots  # removed by the vendor
    assert all(params and "robot" in params for params in robots.values())


def test_robot_step_covers_every_vendor_robot() -> None:
    mapped = step_schemas(load_spec())
    vendor = set(vendor_robots())
    missing, extra = sorted(vendor - set(mapped)), sorted(set(mapped) - vendor)
    assert (missing, extra) == ([], []), f"robots without a Step schema: {missing}; not the vendor's: {extra}"
    assert len(vendor & set(mapped)) == 100


def test_each_step_schema_declares_the_vendor_s_params() -> None:
    spec = load_spec()
    mapped = step_schemas(spec)
    drift: dict[str, list[str]] = {}
    for robot, params in vendor_robots().items():
        declared = declared_params(spec, mapped[robot])
        lacking = sorted(set(params) - declared)
        if len(lacking) > (1 - MIN_PARAM_SHARE) * len(params):
            drift[robot] = lacking
    assert drift == {}, f"params of the vendor's schema missing from openapi.yaml, by robot: {drift}"


def test_every_step_schema_has_the_shared_params() -> None:
    spec = load_spec()
    shared = {"interpolate", "output_meta", "user_meta", "result", "queue", "force_accept", "ignore_errors"}
    for robot, schema_name in step_schemas(spec).items():
        assert shared <= declared_params(spec, schema_name), robot


def test_every_param_is_described() -> None:
    """Each param of each Step schema says what it does: itself, or the component it refers to."""
    spec = load_spec()
    schemas = spec["components"]["schemas"]
    undescribed: dict[str, list[str]] = {}
    for robot, schema_name in step_schemas(spec).items():
        for part in [schemas["StepBase"], schemas[schema_name]["allOf"][1]]:
            for name, prop in part["properties"].items():
                target = schemas[prop["$ref"].rsplit("/", 1)[-1]] if "$ref" in prop else {}
                if name != "robot" and "description" not in prop and "description" not in target:
                    undescribed.setdefault(robot, []).append(name)
    assert undescribed == {}
