"""The board and runner as one of several processes: the running cap counted in shared leases
(in memory and on PostgreSQL), uploads fetched when a Step needs them, local copies released
when the Assembly ends."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest
from PIL import Image

from tests.unit.test_board import CountingStore, assembly
from transloadit_emulator.core.assemblies.board import AssemblyBoard
from transloadit_emulator.core.assemblies.executor import ExecutorDeps
from transloadit_emulator.core.assemblies.lifecycle import AssemblyStatus
from transloadit_emulator.core.assemblies.runner import AssemblyRunner
from transloadit_emulator.core.assemblies.uploads import Uploads
from transloadit_emulator.core.clock import SystemClock, UuidIds
from transloadit_emulator.core.limits import AssemblyLeases, AssemblyLimits, MemoryAssemblyLeases
from transloadit_emulator.errors import TransloaditError
from transloadit_emulator.robots.registry import default_registry
from transloadit_emulator.storage.blobs import DiskBlobStore


@pytest.fixture(params=["memory", "postgresql"])
def leases(request: pytest.FixtureRequest) -> AssemblyLeases:
    if request.param == "memory":
        return MemoryAssemblyLeases()
    from transloadit_emulator.storage.postgres.database import PostgresDatabase
    from transloadit_emulator.storage.postgres.limits import PostgresAssemblyLeases

    database = PostgresDatabase(request.getfixturevalue("postgres_url"))
    database.migrate()
    request.addfinalizer(database.close)
    return PostgresAssemblyLeases(database)


def _board(store: CountingStore, leases: AssemblyLeases, cap: int) -> AssemblyBoard:
    return AssemblyBoard(store, AssemblyLimits(SystemClock(), per_minute=1000, concurrent=cap, leases=leases))


def test_the_running_cap_holds_across_boards_that_share_leases(tmp_path: Path, leases: AssemblyLeases) -> None:
    store = CountingStore(tmp_path / "state.sqlite3")
    a, b = _board(store, leases, cap=2), _board(store, leases, cap=2)
    first, second = assembly(expected_uploads=1), assembly(expected_uploads=1)
    a.admit("key", first.id)
    a.open(first)
    b.admit("key", second.id)
    b.open(second)
    with pytest.raises(TransloaditError, match="RATE_LIMIT_REACHED"):
        a.admit("key", assembly().id)  # two run, one through each board
    assert b.apply(second, AssemblyStatus.cancel)  # its final transition gives the lease back
    third = assembly(expected_uploads=1)
    a.admit("key", third.id)
    assert leases.held("key") == 2
    a.withdraw(third.id)
    assert leases.held("key") == 1


class RecordingBlobs(DiskBlobStore):
    """The disk store, recording which local copies were asked for and released."""

    fetched: list[str]
    released: list[str]

    def path(self, relpath: str) -> Path:
        self.fetched.append(relpath)
        return super().path(relpath)

    def release(self, relpath: str) -> None:
        self.released.append(relpath)
        super().release(relpath)


def test_the_executing_process_releases_every_file_when_the_assembly_ends(tmp_path: Path) -> None:
    store = CountingStore(tmp_path / "state.sqlite3")
    board = _board(store, MemoryAssemblyLeases(), cap=5)
    blobs = RecordingBlobs(tmp_path / "files")
    blobs.fetched, blobs.released = [], []
    uploads = Uploads(blobs, UuidIds(), "http://emu")
    deps = ExecutorDeps(default_registry(), blobs, uploads, SystemClock(), tmp_path, logging.getLogger("test"))
    png = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(png, "PNG")
    png.seek(0)
    recorded = uploads.record_file("c" * 32, "a.png", png)
    blobs.fetched.clear()
    steps = {"small": {"use": ":original", "robot": "/image/resize", "width": 4}}
    job = assembly(steps=steps, uploads=[recorded.record])
    job.blobs[recorded.record["id"]] = recorded.relpath
    board.admit("key", job.id)
    board.open(job)
    runner = AssemblyRunner(board, store, deps, threads=1, logger=logging.getLogger("test"))
    runner.start(job)
    assert runner.wait_idle(30)
    runner.close()
    assert job.status.ok == "ASSEMBLY_COMPLETED"
    assert blobs.fetched.count(recorded.relpath) == 1  # the upload, once, for the Step that used it
    assert len(job.blobs) == 2 and sorted(blobs.released) == sorted(job.blobs.values())
