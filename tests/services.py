"""Real backing services for tests: a private PostgreSQL cluster and a private Redis on loopback
(and their skip switch: ``postgresql``, ``redis``).

The server comes from Debian's ``postgresql`` package, apt-installed when missing (as root). A test
that needs it FAILS when it cannot be had; it skips only when ``TRANSLOADIT_SKIP_SERVICES`` names it
(comma-separated: ``postgresql``, or ``all``). One cluster runs per test session, in a temp dir, as
an unprivileged user (``postgres`` when the tests run as root: initdb refuses root); each test gets
its own database.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest

SKIP_ENV = "TRANSLOADIT_SKIP_SERVICES"
_APT_TIMEOUT_S = 900


def skip_if_asked(service: str) -> None:
    """Skip the test when ``TRANSLOADIT_SKIP_SERVICES`` names ``service`` (or ``all``)."""
    allowed = {p.strip().lower() for p in os.environ.get(SKIP_ENV, "").split(",") if p.strip()}
    if service in allowed or "all" in allowed:
        pytest.skip(f"{SKIP_ENV}={os.environ.get(SKIP_ENV)}: tests needing {service} are skipped on purpose")


def service_missing(service: str, reason: str) -> NoReturn:
    """Fail: the service cannot be had here (skipping takes ``TRANSLOADIT_SKIP_SERVICES``)."""
    pytest.fail(
        f"{service} is missing: {reason}\nFix the install, or set {SKIP_ENV}={service} to skip these tests on purpose.",
        pytrace=False,
    )


def _postgres_bin() -> Path | None:
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return versions[-1].parent if versions else None


def _apt_install(service: str, package: str) -> None:
    if shutil.which("apt-get") is None:
        service_missing(service, f"not a Debian system: install {package} by hand")
    if os.geteuid() != 0:
        service_missing(service, f"needs root to apt-get install {package}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", package]):
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=_APT_TIMEOUT_S, check=False)
        if done.returncode != 0:
            service_missing(service, f"apt-get could not install {package}: {done.stderr.strip()[-400:]}")


@dataclass
class PostgresCluster:
    """A running private cluster: superuser ``emulator`` (trust auth) on 127.0.0.1:``port``."""

    bin_dir: Path
    data_dir: Path
    port: int
    as_user: list[str]

    def url(self, database: str = "postgres") -> str:
        """A connection URL for one database of the cluster."""
        return f"postgresql://emulator@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """Create an empty database; its URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:16]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}".encode())
        return self.url(name)

    def stop(self) -> None:
        """Stop the server at once and remove its files."""
        self._pg_ctl("stop", "-m", "immediate")
        shutil.rmtree(self.data_dir.parent, ignore_errors=True)

    def _pg_ctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.as_user, str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )


def start_postgres(port: int) -> PostgresCluster:
    """initdb and start a private cluster on ``port``; fails (never skips) when PostgreSQL is missing."""
    bin_dir = _postgres_bin()
    if bin_dir is None:
        _apt_install("postgresql", "postgresql")
        bin_dir = _postgres_bin()
        if bin_dir is None:
            service_missing("postgresql", "the postgresql package installed no initdb")
    root = Path(tempfile.mkdtemp(prefix="emulator-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb and postgres refuse to run as root
        shutil.chown(root, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    cluster = PostgresCluster(bin_dir, root / "data", port, as_user)
    init = subprocess.run(
        [*as_user, str(bin_dir / "initdb"), "-D", str(cluster.data_dir), "-U", "emulator", "--auth=trust",
         "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    if init.returncode != 0:
        service_missing("postgresql", f"initdb failed: {init.stderr.strip()[-400:]}")
    options = f"-p {port} -c listen_addresses=127.0.0.1 -k {root} -c fsync=off -c max_connections=200"
    started = cluster._pg_ctl("-o", options, "-l", str(root / "server.log"), "-w", "-t", "60", "start")
    if started.returncode != 0:
        log = (root / "server.log").read_text(errors="replace")[-400:] if (root / "server.log").exists() else ""
        service_missing("postgresql", f"pg_ctl start failed: {started.stderr.strip()[-400:]} {log}")
    return cluster


@dataclass
class RedisServer:
    """A private ``redis-server`` on 127.0.0.1:``port``, nothing kept on disk."""

    process: subprocess.Popen[bytes]
    port: int

    def url(self, db: int = 0) -> str:
        """The URL of one of its databases."""
        return f"redis://127.0.0.1:{self.port}/{db}"

    def stop(self) -> None:
        """Stop the server."""
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def start_redis(port: int) -> RedisServer:
    """Start Debian's ``redis-server`` (apt-installed when missing) on ``port``; fails (never skips)
    when it cannot be had."""
    binary = shutil.which("redis-server")
    if binary is None:
        _apt_install("redis", "redis-server")
        binary = shutil.which("redis-server")
        if binary is None:
            service_missing("redis", "the redis-server package installed no redis-server")
    command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = RedisServer(process, port)
    import redis

    client = redis.Redis(port=port)
    for _ in range(200):
        try:
            client.ping()
            return server
        except redis.ConnectionError:
            if process.poll() is not None:
                service_missing("redis", f"redis-server exited with {process.returncode}")
            time.sleep(0.05)
    server.stop()
    service_missing("redis", "redis-server did not answer within 10 s")
