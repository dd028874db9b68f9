"""Install the runtimes the official-client tests need (Debian packages, npm projects), or fail.

A compat test that cannot get its runtime FAILS, so CI never goes green without the official clients.
Tests skip only when ``TRANSLOADIT_SKIP_COMPAT`` names their runtime (comma-separated: ``node`` for the
Node SDK, ``uppy`` for Uppy in Chromium, ``dashboard`` for the dashboard's Chromium test in tests/e2e, or
``all``): then they skip before installing anything, and
the skip reason names the variable. ``tests/compat/conftest.py`` prints how many compat tests ran.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any, NoReturn

import pytest

_APT_TIMEOUT_S = 900
_NPM_TIMEOUT_S = 600
SKIP_ENV = "TRANSLOADIT_SKIP_COMPAT"


def skipped_runtimes(env: dict[str, str] | os._Environ[str] | None = None) -> set[str]:
    """The runtimes ``TRANSLOADIT_SKIP_COMPAT`` allows to be missing (``all`` allows every one)."""
    value = (os.environ if env is None else env).get(SKIP_ENV, "")
    return {part.strip().lower() for part in value.split(",") if part.strip()}


def skip_if_asked(runtime: str) -> None:
    """Skip the test when ``TRANSLOADIT_SKIP_COMPAT`` names ``runtime`` (or ``all``); else nothing."""
    allowed = skipped_runtimes()
    if runtime in allowed or "all" in allowed:
        pytest.skip(f"{SKIP_ENV}={os.environ.get(SKIP_ENV)}: the {runtime} compat tests are skipped on purpose")


def runtime_missing(runtime: str, reason: str) -> NoReturn:
    """Fail the test: ``runtime`` cannot be installed here (skipping takes ``TRANSLOADIT_SKIP_COMPAT``)."""
    pytest.fail(
        f"the {runtime} compat runtime is missing: {reason}\n"
        f"Fix the install, or set {SKIP_ENV}={runtime} to skip these tests on purpose.",
        pytrace=False,
    )


def _dpkg_installed(package: str) -> bool:
    probe = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True, check=False)
    return "install ok installed" in probe.stdout


def ensure_debian_packages(runtime: str, *packages: str) -> None:
    """apt-get install the packages that are missing; :func:`runtime_missing` when that is impossible."""
    if shutil.which("dpkg-query") is None:
        runtime_missing(runtime, f"not a Debian system: install {', '.join(packages)} by hand")
    missing = [p for p in packages if not _dpkg_installed(p)]
    if not missing:
        return
    if os.geteuid() != 0:
        runtime_missing(runtime, f"needs root to apt-get install {' '.join(missing)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
    ):
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=_APT_TIMEOUT_S, check=False)
        if done.returncode != 0:
            runtime_missing(runtime, f"apt-get could not install {' '.join(missing)}: {done.stderr.strip()[-400:]}")


def node_executable(runtime: str) -> str:
    """The path of `node`, installing Debian's nodejs and npm when neither is present."""
    skip_if_asked(runtime)
    if shutil.which("node") is None or shutil.which("npm") is None:
        ensure_debian_packages(runtime, "nodejs", "npm")
    node = shutil.which("node")
    if node is None:
        runtime_missing(runtime, "Node.js is not on PATH after installing nodejs")
    return node


def ensure_npm_project(project: Path) -> Path:
    """`npm ci` the pinned project at ``project`` once per lockfile content; return its node_modules.

    The project's directory name is its runtime's name (``node``, ``uppy``, ``dashboard``).
    """
    node_executable(project.name)
    lock = project / "package-lock.json"
    modules = project / "node_modules"
    stamp = modules / ".lock-sha256"
    digest = hashlib.sha256(lock.read_bytes()).hexdigest()
    if stamp.is_file() and stamp.read_text() == digest:
        return modules
    done = subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=_NPM_TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0:
        runtime_missing(project.name, f"npm ci failed in {project.name}: {done.stderr.strip()[-400:]}")
    stamp.write_text(digest)
    return modules


def run_node_json(project: Path, script: str, config: dict[str, Any], timeout: float = 180) -> dict[str, Any]:
    """Run ``script`` of the pinned npm ``project`` with ``config`` as its JSON argument; its JSON output.

    A failing script fails the test with the end of its stderr.
    """
    node = node_executable(project.name)
    ensure_npm_project(project)
    done = subprocess.run(
        [node, str(project / script), json.dumps(config)], capture_output=True, text=True, timeout=timeout, check=False
    )
    assert done.returncode == 0, f"{project.name}/{script} failed:\n{done.stderr[-4000:]}"
    result: dict[str, Any] = json.loads(done.stdout)
    return result
