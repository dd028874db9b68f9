"""A cluster of real emulator processes: API processes (``serve --queue``) and workers, started
with the CLI on loopback against given PostgreSQL, Redis and S3. Used by the cluster tests,
``make cluster`` (tools/cluster.py) and ``bench/cluster.py``."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

KEY, SECRET = "test-key", "test-secret"


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Backends:
    """Where the cluster keeps state, jobs and files."""

    database_url: str
    queue_url: str
    storage_url: str
    s3_endpoint: str


@dataclass
class Cluster:
    """Running API processes (their URLs) and workers."""

    root: Path
    backends: Backends
    env: dict[str, str]
    api_urls: list[str] = field(default_factory=list)
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    def start_api(self, name: str, port: int | None = None) -> str:
        """Start an API process; its URL once it is ready."""
        port = port or free_port()
        url = f"http://127.0.0.1:{port}"
        args = ["serve", "--port", str(port), "--no-tls", "--public-url", url]
        self._spawn(name, args)
        _wait_ready(url, self.processes[name], self.root / f"{name}.log")
        if url not in self.api_urls:
            self.api_urls.append(url)
        return url

    def start_worker(self, name: str, concurrency: int = 2) -> subprocess.Popen[bytes]:
        """Start a worker (it serves no HTTP: ready once Celery listens)."""
        self._spawn(name, ["worker", "--concurrency", str(concurrency), "--public-url", self.api_urls[0]])
        return self.processes[name]

    def stop(self, name: str, sig: int = signal.SIGTERM) -> None:
        """Stop one process (SIGKILL to kill it mid-job)."""
        process = self.processes.pop(name)
        if process.poll() is None:
            process.send_signal(sig)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def stop_all(self) -> None:
        """Stop every process, API processes first."""
        for name in sorted(self.processes, key=lambda n: not n.startswith("api")):
            self.stop(name)

    def _spawn(self, name: str, args: list[str]) -> None:
        b = self.backends
        data = self.root / name
        common = ["--data-dir", str(data), "--database", b.database_url, "--queue", b.queue_url]
        common += ["--storage", b.storage_url, "--s3-endpoint", b.s3_endpoint, "--log-level", "warning"]
        log = (self.root / f"{name}.log").open("wb")
        self.processes[name] = subprocess.Popen(
            [sys.executable, "-m", "transloadit_emulator", *args, *common],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )


def make_cluster(root: Path, backends: Backends, **env: str) -> Cluster:
    """A cluster (nothing started yet) whose processes get the test account and ``env``."""
    root.mkdir(parents=True, exist_ok=True)
    base = {
        **os.environ,
        "TRANSLOADIT_KEY": KEY,
        "TRANSLOADIT_SECRET": SECRET,
        "AWS_ACCESS_KEY_ID": os.environ.get("AWS_ACCESS_KEY_ID", "AKIAEMULATORTEST"),
        "AWS_SECRET_ACCESS_KEY": os.environ.get("AWS_SECRET_ACCESS_KEY", "not-a-real-secret"),
        **env,
    }
    return Cluster(root, backends, base)


def _wait_ready(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            if httpx.get(f"{url}/_emulator/ready", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} not ready: {log.read_text(errors='replace')[-2000:]}")
