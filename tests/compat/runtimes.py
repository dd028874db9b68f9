"""Install the runtimes the official-client tests need (Debian packages, npm projects), or skip clearly.

On a machine of the supported kind (Debian 12, root, registries reachable) everything installs and the
tests run; elsewhere they skip with the reason, never fail for want of a runtime.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

_APT_TIMEOUT_S = 900
_NPM_TIMEOUT_S = 600


def _dpkg_installed(package: str) -> bool:
    probe = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True, check=False
    )
    return "install ok installed" in probe.stdout


def ensure_debian_packages(*packages: str) -> None:
    """apt-get install the packages that are missing; skip the test when that is impossible here."""
    if shutil.which("dpkg-query") is None:
        pytest.skip(f"not a Debian system: install {', '.join(packages)} by hand to run this test")
    missing = [p for p in packages if not _dpkg_installed(p)]
    if not missing:
        return
    if os.geteuid() != 0:
        pytest.skip(f"needs root to apt-get install {' '.join(missing)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
    ):
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=_APT_TIMEOUT_S, check=False)
        if done.returncode != 0:
            pytest.skip(f"apt-get could not install {' '.join(missing)}: {done.stderr.strip()[-400:]}")


def node_executable() -> str:
    """The path of `node`, installing Debian's nodejs and npm when neither is present."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        ensure_debian_packages("nodejs", "npm")
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not available")
    return node


def ensure_npm_project(project: Path) -> Path:
    """`npm ci` the pinned project at ``project`` once per lockfile content; return its node_modules."""
    node_executable()
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
        pytest.skip(f"npm ci failed in {project.name}: {done.stderr.strip()[-400:]}")
    stamp.write_text(digest)
    return modules


def run_node_json(project: Path, script: str, config: dict[str, Any], timeout: float = 180) -> dict[str, Any]:
    """Run ``script`` of the pinned npm ``project`` with ``config`` as its JSON argument; its JSON output.

    A failing script fails the test with the end of its stderr.
    """
    node = node_executable()
    ensure_npm_project(project)
    done = subprocess.run(
        [node, str(project / script), json.dumps(config)], capture_output=True, text=True, timeout=timeout, check=False
    )
    assert done.returncode == 0, f"{project.name}/{script} failed:\n{done.stderr[-4000:]}"
    result: dict[str, Any] = json.loads(done.stdout)
    return result
