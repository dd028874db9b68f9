"""Real storage servers on loopback for the cloud storage robots' tests, each started once per session.

- Google Cloud Storage: gcp-storage-emulator (PyPI, pinned in pyproject's dev extras), in this
  process on a thread, in memory.
- Azure Blob Storage: Azurite (npm, pinned in tests/azurite/package.json and its lock), installed
  with ``npm ci`` like the compat tests' Node tools and run as a child process, in memory.

A server whose runtime cannot be installed FAILS its tests; only ``TRANSLOADIT_SKIP_SERVICES``
naming it (``azurite``, or ``all``) skips them, with that reason.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.compat.runtimes import ensure_npm_project, node_executable

SKIP_ENV = "TRANSLOADIT_SKIP_SERVICES"
AZURITE_DIR = Path(__file__).parent / "azurite"
#: Azurite's well-known development account and key (public, documented by Microsoft).
AZURITE_ACCOUNT = "devstoreaccount1"
AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


def _skip_if_asked(service: str) -> None:
    asked = {p.strip().lower() for p in os.environ.get(SKIP_ENV, "").split(",") if p.strip()}
    if service in asked or "all" in asked:
        pytest.skip(f"{SKIP_ENV}={os.environ.get(SKIP_ENV)}: the {service} tests are skipped on purpose")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for_port(port: int, process: subprocess.Popen[bytes] | None, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {seconds} s")


@dataclass
class GcsServer:
    """gcp-storage-emulator's JSON API on loopback."""

    url: str


@pytest.fixture(scope="session")
def gcs_server() -> Iterator[GcsServer]:
    """gcp-storage-emulator in memory on 127.0.0.1, for the whole session."""
    from gcp_storage_emulator.server import create_server

    server = create_server("127.0.0.1", 0, in_memory=True)
    server.start()
    port = server._api._httpd.server_address[1]  # port 0 picked one; the library keeps it here
    try:
        yield GcsServer(f"http://127.0.0.1:{port}")
    finally:
        server.stop()


@dataclass
class AzuriteServer:
    """Azurite's blob service on loopback: the base URL accounts are paths of."""

    url: str
    account: str = AZURITE_ACCOUNT
    key: str = AZURITE_KEY

    @property
    def account_url(self) -> str:
        return f"{self.url}/{self.account}"


@pytest.fixture(scope="session")
def azurite_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AzuriteServer]:
    """Azurite's blob service in memory on 127.0.0.1, for the whole session (``npm ci`` first)."""
    _skip_if_asked("azurite")
    node = node_executable("azurite")
    ensure_npm_project(AZURITE_DIR)
    port = _free_port()
    workspace = tmp_path_factory.mktemp("azurite")  # its working directory: Azurite writes a debug log there
    main = AZURITE_DIR / "node_modules" / "azurite" / "dist" / "src" / "blob" / "main.js"
    command = [node, str(main), "--blobHost", "127.0.0.1", "--blobPort", str(port), "--inMemoryPersistence"]
    command += ["--silent", "--skipApiVersionCheck", "--disableTelemetry"]
    errors = (workspace / "stderr.txt").open("wb")
    process = subprocess.Popen(command, cwd=workspace, stdout=subprocess.DEVNULL, stderr=errors)
    try:
        try:
            _wait_for_port(port, process)
        except RuntimeError as exc:
            raise RuntimeError(
                f"Azurite did not start: {exc}: {(workspace / 'stderr.txt').read_text()[-2000:]}"
            ) from None
        yield AzuriteServer(f"http://127.0.0.1:{port}")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        errors.close()
