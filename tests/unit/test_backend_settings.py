"""Choosing the backends: --database / --storage flags and their environment variables."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from transloadit_emulator.cli import _without_password, build_parser
from transloadit_emulator.settings import settings_from_env


def test_defaults_are_the_embedded_ones() -> None:
    s = settings_from_env({})
    assert s.database_url is None and s.storage_url is None and s.result_urls == "stream"


def test_environment_and_flags() -> None:
    env = {
        "TRANSLOADIT_EMULATOR_DATABASE_URL": "postgresql://u:p@db:5432/emulator",
        "TRANSLOADIT_EMULATOR_STORAGE": "s3://bucket/prefix",
        "TRANSLOADIT_EMULATOR_S3_ENDPOINT": "http://minio:9000",
        "TRANSLOADIT_EMULATOR_S3_REGION": "eu-west-1",
        "TRANSLOADIT_EMULATOR_RESULT_URLS": "presigned",
        "TRANSLOADIT_EMULATOR_PRESIGN_SECONDS": "600",
    }
    s = settings_from_env(env)
    assert (s.database_url, s.storage_url, s.s3_endpoint, s.s3_region) == (
        "postgresql://u:p@db:5432/emulator",
        "s3://bucket/prefix",
        "http://minio:9000",
        "eu-west-1",
    )
    assert (s.result_urls, s.presign_seconds) == ("presigned", 600)
    flags = settings_from_env(env, database_url="postgres://other/db", storage_url="s3://b2", result_urls="stream")
    assert (flags.database_url, flags.storage_url, flags.result_urls) == ("postgres://other/db", "s3://b2", "stream")
    argv = "serve --database postgresql://x/y --storage s3://b --s3-endpoint http://e --result-urls presigned"
    args = build_parser().parse_args(argv.split())
    assert (args.database, args.storage, args.s3_endpoint, args.result_urls) == (
        "postgresql://x/y", "s3://b", "http://e", "presigned"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("TRANSLOADIT_EMULATOR_DATABASE_URL", "mysql://db/x"),
        ("TRANSLOADIT_EMULATOR_STORAGE", "/var/files"),
        ("TRANSLOADIT_EMULATOR_STORAGE", "s3://"),
        ("TRANSLOADIT_EMULATOR_RESULT_URLS", "public"),
        ("TRANSLOADIT_EMULATOR_QUEUE", "amqp://rabbit"),
    ],
)
def test_unknown_backends_are_refused(name: str, value: str) -> None:
    with pytest.raises(ValueError):
        settings_from_env({name: value})


def test_password_is_not_printed() -> None:
    assert _without_password("postgresql://emu:s3cret@db:5432/x") == "postgresql://emu:***@db:5432/x"
    assert _without_password("postgresql://db/x") == "postgresql://db/x"


def test_the_queue_and_the_worker_command() -> None:
    env = {
        "TRANSLOADIT_EMULATOR_QUEUE": "redis://cache:6379/1",
        "TRANSLOADIT_EMULATOR_QUEUE_VISIBILITY_SECONDS": "5",
        "TRANSLOADIT_EMULATOR_EXECUTION_LEASE_SECONDS": "2.5",
    }
    s = settings_from_env(env)
    assert (s.queue_url, s.queue_visibility_seconds, s.execution_lease_seconds) == ("redis://cache:6379/1", 5.0, 2.5)
    assert settings_from_env({}).queue_url is None
    args = build_parser().parse_args("worker --concurrency 3 --queue redis://q/0 --database postgresql://d/x".split())
    assert (args.command, args.concurrency, args.queue, args.database) == (
        "worker",
        3,
        "redis://q/0",
        "postgresql://d/x",
    )


def test_a_queue_needs_postgresql(tmp_path: Path) -> None:
    from transloadit_emulator.app import build_graph
    from transloadit_emulator.core.clock import SystemClock, UuidIds
    from transloadit_emulator.robots.registry import default_registry

    settings = settings_from_env({"TRANSLOADIT_EMULATOR_QUEUE": "redis://127.0.0.1:1/0"}, data_dir=tmp_path)
    with pytest.raises(ValueError, match="PostgreSQL"):
        build_graph(settings, default_registry(), SystemClock(), UuidIds(), role="worker")


def test_the_default_never_loads_psycopg(tmp_path: Path) -> None:
    program = f"""
import sys
from pathlib import Path
from starlette.testclient import TestClient
from transloadit_emulator.app import create_app
from transloadit_emulator.settings import Settings
with TestClient(create_app(Settings(data_dir=Path({str(tmp_path)!r})))) as client:
    assert client.get("/_emulator/ready").status_code == 200
print(sorted(m for m in sys.modules if m.split(".")[0] in ("psycopg", "psycopg_pool", "celery", "redis")))
"""
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
