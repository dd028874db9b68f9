"""The package as a user gets it: the wheel built, installed in an empty venv, served and used from there.

Slow (the venv installs every dependency, from pip's cache after the first run): marked ``packaging``,
run alone with ``pytest -m packaging``. The build and the install happen once per run (module fixture).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.conftest import free_port
from tests.plugin.readme import readme_example

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
KEY, SECRET = "wheel-key", "wheel-secret"
#: What the build reads: the project's metadata and packages (openapi.yaml is the symlink's target).
SOURCES = ("pyproject.toml", "README.md", "openapi.yaml", "src", "generated")


@dataclass
class Installed:
    wheel: Path
    venv: Path
    seconds: dict[str, float]

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without this test run's venv or paths leaking into the installed one."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}}
    return {**env, **extra}


def run(*cmd: str | Path, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run ``cmd`` in the clean environment; fail the test with its output when it fails."""
    command = [str(c) for c in cmd]
    done = subprocess.run(command, cwd=cwd, env=clean_env(), capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{command}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """Build the wheel from a copy of the sources (no stale build/ output), install it in an empty venv."""
    work = tmp_path_factory.mktemp("wheel")
    source, dist, venv = work / "source", work / "dist", work / "venv"
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    seconds: dict[str, float] = {}
    started = time.monotonic()
    # The build backend (setuptools, pinned in pyproject.toml) is installed in pip's isolated build env.
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, source, cwd=work)
    seconds["build"] = time.monotonic() - started
    (wheel,) = dist.glob("transloadit_toolkit-*.whl")
    started = time.monotonic()
    run(sys.executable, "-m", "venv", venv, cwd=work)
    # requirements.lock as constraints: the pins hold in the user's venv as in ours.
    run(venv / "bin" / "python", "-m", "pip", "install", "-q", "-c", ROOT / "requirements.lock", wheel, cwd=work)
    seconds["venv and install"] = time.monotonic() - started
    print(f"\npackaging: {', '.join(f'{k} {v:.1f} s' for k, v in seconds.items())}")
    return Installed(wheel, venv, seconds)


@pytest.fixture(scope="module")
def served(installed: Installed, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``transloadit-emulator serve`` from the venv, on a free loopback port; its base URL."""
    port = free_port()
    work = tmp_path_factory.mktemp("served")
    env = clean_env(TRANSLOADIT_KEY=KEY, TRANSLOADIT_SECRET=SECRET)
    command = [installed.venv / "bin" / "transloadit-emulator", "serve", "--port", str(port), "--data-dir", "data"]
    log = (work / "serve.log").open("w")
    server = subprocess.Popen(command, cwd=work, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while not _healthy(url):
            assert server.poll() is None, (work / "serve.log").read_text()
            assert time.monotonic() < deadline, "the installed emulator did not answer /_emulator/health"
            time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/_emulator/health", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def test_the_wheel_holds_the_packages_the_command_and_the_real_spec(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
        spec = wheel.getinfo("transloadit_emulator/openapi.yaml")
        assert wheel.read(spec) == (ROOT / "openapi.yaml").read_bytes()  # the file, not the link
        assert (spec.external_attr >> 16) & 0o170000 == 0o100000  # a regular file
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        assert "transloadit-emulator = transloadit_emulator.cli:main" in wheel.read(entry_points).decode()
        assert "transloadit = transloadit_pytest.plugin" in wheel.read(entry_points).decode()
    assert {"transloadit_emulator/docs/api.html", "transloadit_kit/py.typed", "transloadit_pytest/plugin.py"} <= names
    dashboard = {p.name for p in (ROOT / "src" / "transloadit_emulator" / "dashboard").iterdir()}
    assert {f"transloadit_emulator/dashboard/{name}" for name in dashboard} <= names
    assert {"transloadit_client/__init__.py", "transloadit_kit/__init__.py", "transloadit_emulator/cli.py"} <= names
    assert not any(n.startswith("tests/") for n in names)


def test_the_installed_server_answers_health_docs_and_spec(served: str) -> None:
    assert httpx.get(f"{served}/_emulator/health").status_code == 200
    docs = httpx.get(f"{served}/docs")
    assert docs.status_code == 200 and docs.headers["content-type"].startswith("text/html")
    assert b"Transloadit API" in docs.content
    assert httpx.get(f"{served}/openapi.yaml").content == (ROOT / "openapi.yaml").read_bytes()
    page = httpx.get(f"{served}/", headers={"Accept": "text/html"}, follow_redirects=True)
    assert page.url.path == "/dashboard" and b"/dashboard/app.js" in page.content
    assert httpx.get(f"{served}/dashboard/app.js").status_code == 200


ASSEMBLY = """
import asyncio, io, json, sys
import transloadit_client, transloadit_emulator, transloadit_kit
from transloadit_kit import AsyncTransloadit, Transloadit

url, key, secret = sys.argv[1:4]
steps = {":original": {"robot": "/upload/handle"}, "hashed": {"use": ":original", "robot": "/file/hash"}}
done = Transloadit(key, secret, url).create_assembly(steps=steps, files=[("a.txt", b"abc")], wait=True, timeout=60)

async def read_again():
    async with AsyncTransloadit(key, secret, url) as kit:
        return await kit.wait_for_assembly(str(done.assembly_id), timeout=60)

again = asyncio.run(read_again())
modules = [m.__file__ for m in (transloadit_client, transloadit_emulator, transloadit_kit)]
digest = done.results["hashed"][0].meta.hash_
print(json.dumps({"ok": done.ok, "again": again.ok, "hash": digest, "modules": modules}))
"""


def test_the_installed_kit_runs_an_assembly_on_the_installed_server(
    installed: Installed, served: str, tmp_path: Path
) -> None:
    script = tmp_path / "assembly.py"
    script.write_text(ASSEMBLY)
    out = run(installed.python, script, served, KEY, SECRET, cwd=tmp_path, timeout=120).stdout
    result = json.loads(out.strip().splitlines()[-1])
    assert (result["ok"], result["again"]) == ("ASSEMBLY_COMPLETED", "ASSEMBLY_COMPLETED")
    assert result["hash"] == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"  # sha256("abc")
    assert all(Path(m).is_relative_to(installed.venv) for m in result["modules"]), result["modules"]


def test_the_readme_pytest_example_passes_with_the_installed_plugin(installed: Installed, tmp_path: Path) -> None:
    """What a user does after ``pip install``: add pytest, write the README's example, run it."""
    lock = ROOT / "requirements.lock"
    run(installed.python, "-m", "pip", "install", "-q", "-c", lock, "pytest", cwd=tmp_path)
    (tmp_path / "test_readme.py").write_text(readme_example())
    out = run(installed.python, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=tmp_path, timeout=300).stdout
    assert "1 passed" in out, out
    plugins = run(installed.python, "-m", "pytest", "--trace-config", "--co", "-q", cwd=tmp_path).stdout
    assert str(installed.venv) in next(line for line in plugins.splitlines() if "transloadit_pytest" in line)
