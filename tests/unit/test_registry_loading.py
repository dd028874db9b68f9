"""Robots load on first use: the server starts without importing robot modules or the heavy
libraries their engines use, and every robot the registry names loads when asked for."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from transloadit_emulator.robots.base import Robot
from transloadit_emulator.robots.registry import ROBOT_MODULES, RobotRegistry, default_registry
from transloadit_emulator.spec import load_spec

# Libraries of engines and outbound clients, and the Step validator, that start-up must not load.
HEAVY = (
    "av",
    "numpy",
    "cv2",
    "pypdfium2",
    "boto3",
    "botocore",
    "oxipng",
    "mozjpeg_lossless_optimization",
    "jsonschema",
    "cryptography",
    "psycopg",
    "pikepdf",
    "websockets",
    "markdown_it",
    "lxml",
)
# Modules of the robots package that start-up may load: the contract, the registry, helpers.
STARTUP_ROBOT_MODULES = {"transloadit_emulator.robots", "transloadit_emulator.robots.base"}
STARTUP_ROBOT_MODULES |= {"transloadit_emulator.robots.registry"}

_SERVE_ONCE = """
import json, sys
from starlette.testclient import TestClient
from transloadit_emulator.app import create_app
from transloadit_emulator.settings import settings_from_env
with TestClient(create_app(settings_from_env({}, data_dir=sys.argv[1]))) as client:
    assert client.get("/_emulator/health").status_code == 200
print(json.dumps(sorted(sys.modules)))
"""


def test_start_up_loads_no_robot_and_no_engine_library(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SERVE_ONCE, str(tmp_path)], capture_output=True, text=True, timeout=120, check=True
    )
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert not {name for name in HEAVY if name in loaded}
    robots = {m for m in loaded if m.startswith("transloadit_emulator.robots")}
    assert robots <= STARTUP_ROBOT_MODULES
    assert not {m for m in loaded if m.startswith("transloadit_emulator.media.image.")}


def test_every_named_robot_loads_as_itself() -> None:
    registry = default_registry()
    assert registry.names == sorted(ROBOT_MODULES)
    for name in registry.names:
        robot = registry.get(name)
        assert isinstance(robot, Robot) and robot.name == name
        assert registry.get(name) is robot  # made once


def test_a_robot_without_a_step_schema_fails_at_start_up() -> None:
    with pytest.raises(ValueError, match="maps no Step schema to the robot /nope/never"):
        RobotRegistry({"/nope/never": lambda: pytest.fail("loaded")}, load_spec())


def test_a_robot_registered_under_another_name_fails_when_loaded() -> None:
    resize = default_registry().get("/image/resize")
    assert resize is not None
    registry = RobotRegistry({"/image/optimize": lambda: resize}, load_spec())
    with pytest.raises(ValueError, match="calls itself /image/resize"):
        registry.get("/image/optimize")
