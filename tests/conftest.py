"""Shared fixtures: an emulator in-process (ASGI) and on a real loopback socket, and test media."""

from __future__ import annotations

import asyncio
import io
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from PIL import Image
from starlette.testclient import TestClient

from tests.kits import in_process_kit
from tests.services import PostgresCluster, RedisServer, skip_if_asked, start_postgres, start_redis
from transloadit_emulator.app import create_app
from transloadit_emulator.core.assemblies.lifecycle import AssemblyStatus
from transloadit_emulator.http import render, status_reads
from transloadit_emulator.serve import serve, tls_config
from transloadit_emulator.server import protocol_for, uvicorn_config
from transloadit_emulator.settings import Account, Settings
from transloadit_emulator.spec import load_spec
from transloadit_emulator.tls import ensure_certificates
from transloadit_kit import Transloadit

KEY = "test-key"
SECRET = "test-secret"


def make_settings(data_dir: Path, port: int = 8000, **kw: object) -> Settings:
    """Settings for one test emulator with the test account.

    Imports from loopback are allowed: the tests serve what robots fetch on 127.0.0.1.
    """
    kw.setdefault("allow_private_imports", True)
    return Settings(
        data_dir=data_dir,
        port=port,
        accounts=(Account(KEY, SECRET, require_signature=True),),
        workers=2,
        **kw,  # type: ignore[arg-type]
    )


def jpeg_bytes(size: tuple[int, int] = (640, 427), color: tuple[int, int, int] = (200, 120, 40)) -> bytes:
    """A real JPEG of ``size`` with a gradient, so resizing has something to do."""
    img = Image.new("RGB", size, color)
    for x in range(0, size[0], 8):
        for y in range(0, size[1], 8):
            img.putpixel((x, y), ((x * 255) // size[0], (y * 255) // size[1], 90))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90)
    return buf.getvalue()


@pytest.fixture(scope="session")
def moto_s3() -> Iterator[str]:
    """One S3-compatible server (moto) on loopback for the whole session: its endpoint URL.
    Tests make their own buckets in it, so they never see each other's objects."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path / "data", public_base_url="http://testserver")


@pytest.fixture
def test_client(settings: Settings) -> Iterator[TestClient]:
    """The emulator in-process, lifespan running."""
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def kit_kind() -> str:
    """Which facade ``kit`` is: ``sync``; a test parametrized over ``tests.kits.KIT_KINDS`` runs on both."""
    return "sync"


@pytest.fixture
def kit(test_client: TestClient, kit_kind: str) -> Iterator[Transloadit]:
    """transloadit_kit over the generated client, talking to the in-process emulator.

    With ``kit_kind`` ``async``, the ``AsyncTransloadit`` facade, its coroutines awaited for the test.
    """
    with in_process_kit(kit_kind, KEY, SECRET, test_client) as facade:
        yield facade


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LiveServer:
    """An emulator served by uvicorn on 127.0.0.1 in a background thread."""

    settings: Settings
    server: uvicorn.Server
    thread: threading.Thread
    #: The CA that signed the TLS port's certificate; None without TLS.
    ca_cert: Path | None = None

    @property
    def url(self) -> str:
        return self.settings.base_url

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


def start_live_server(data_dir: Path, port: int | None = None, tls: bool = False, **settings_kw: object) -> LiveServer:
    """Start the emulator on a real socket (and, with ``tls``, on a TLS port beside it, as the CLI
    does) and wait until /_emulator/health answers."""
    if tls:
        settings_kw.setdefault("tls_port", free_port())
    settings = make_settings(data_dir, port=port or free_port(), **settings_kw)
    app = create_app(settings)
    server = uvicorn.Server(uvicorn_config(app, settings, log_level="warning"))
    ca_cert, tls_server = None, None
    if settings.tls_port is not None:
        files = ensure_certificates(data_dir)
        ca_cert = files.ca_cert
        tls_server = uvicorn.Server(
            tls_config(
                app,
                "127.0.0.1",
                settings.tls_port,
                files,
                http=protocol_for(settings),
                log_level="warning",
                access_log=False,
            )
        )
    thread = threading.Thread(target=lambda: asyncio.run(serve(server, tls_server)), daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{settings.base_url}/_emulator/health", timeout=1).status_code == 200 and (
                tls_server is None or tls_server.started
            ):
                return LiveServer(settings, server, thread, ca_cert)
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    server.should_exit = True
    raise RuntimeError("emulator did not start")


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    server = start_live_server(tmp_path / "live-data")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    """One private PostgreSQL server for the test session (skipped only by TRANSLOADIT_SKIP_SERVICES)."""
    skip_if_asked("postgresql")
    cluster = start_postgres(free_port())
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster: PostgresCluster) -> str:
    """The URL of a fresh, empty database on the session's PostgreSQL server."""
    return postgres_cluster.new_database()


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """One private Redis for the test session (skipped only by TRANSLOADIT_SKIP_SERVICES=redis)."""
    skip_if_asked("redis")
    server = start_redis(free_port())
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """The URL of the session's Redis, emptied for this test."""
    import redis

    with redis.Redis.from_url(redis_server.url()) as client:
        client.flushall()
    return redis_server.url()


@dataclass
class S3Bucket:
    """A fresh bucket on the session's moto S3 server (a real HTTP endpoint on loopback)."""

    endpoint: str
    name: str
    client: Any

    @property
    def url(self) -> str:
        return f"s3://{self.name}"

    def keys(self) -> list[str]:
        listed = self.client.list_objects_v2(Bucket=self.name).get("Contents") or []
        return sorted(str(o["Key"]) for o in listed)


@pytest.fixture(scope="session")
def s3_server() -> Iterator[str]:
    """moto in server mode on 127.0.0.1, for the whole session; its endpoint URL."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture
def s3_bucket(s3_server: str, monkeypatch: pytest.MonkeyPatch) -> S3Bucket:
    """A new bucket; the emulator finds its (fake) keys where boto3 looks, in AWS_* variables."""
    import boto3

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAEMULATORTEST")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "not-a-real-secret")
    client = boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1")
    name = f"files-{uuid.uuid4().hex[:12]}"
    client.create_bucket(Bucket=name)
    return S3Bucket(s3_server, name, client)


# Every code the emulator puts in a status or an error response while the tests run must be declared
# in openapi.yaml's ErrorCode enum. Codes composed at run time (``f"{prefix}_FAILURE"``) escape the
# source scan of tests/unit/test_spec_coverage.py; this catches them where they reach a client.
_REACHED_CLIENTS: dict[str, str] = {}


def _note_code(code: object, where: str) -> None:
    if isinstance(code, str):
        _REACHED_CLIENTS.setdefault(code, where)


def _noting_fail(original: Any) -> Any:
    def fail(self: AssemblyStatus, code: str, message: str, **kw: Any) -> Any:
        _note_code(code, f"Assembly status: {message}")
        return original(self, code, message, **kw)

    return fail


def _noting_response(original: Any) -> Any:
    def error_response(exc: Any) -> Any:
        _note_code(exc.code, f"HTTP response: {exc}")
        return original(exc)

    return error_response


AssemblyStatus.fail = _noting_fail(AssemblyStatus.fail)  # type: ignore[method-assign]
render.error_response = _noting_response(render.error_response)
status_reads.error_response = render.error_response


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run when a code that reached a client is missing from ErrorCode/OkCode."""
    if not _REACHED_CLIENTS:
        return
    schemas = load_spec()["components"]["schemas"]
    known = set(schemas["ErrorCode"]["enum"]) | set(schemas["OkCode"]["enum"])
    strangers = {code: where for code, where in _REACHED_CLIENTS.items() if code not in known}
    if strangers:
        lines = "\n".join(f"  {code}  ({where[:160]})" for code, where in sorted(strangers.items()))
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(f"codes reached clients but are not in ErrorCode:\n{lines}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
