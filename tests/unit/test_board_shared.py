"""The board and runner as one of several processes: the running cap counted in shared leases
(in memory and on PostgreSQL), uploads fetched when a Step needs them, local copies released
when the Assembly ends."""

from __future__ import annotations

import io
import time
from pathlib import Path

import orjson
import pytest
from PIL import Image

from tests.unit.test_board import CountingStore, assembly, executor_deps, run_to_end
from transloadit_emulator.core.assemblies.board import AssemblyBoard
from transloadit_emulator.core.assemblies.lifecycle import AssemblyStatus
from transloadit_emulator.core.assemblies.uploads import Uploads
from transloadit_emulator.core.clock import SystemClock, UuidIds
from transloadit_emulator.core.limits import AssemblyLeases, AssemblyLimits, MemoryAssemblyLeases
from transloadit_emulator.errors import TransloaditError
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
    deps = executor_deps(blobs, uploads, tmp_path)
    png = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(png, "PNG")
    png.seek(0)
    recorded = uploads.record_file("c" * 32, "a.png", png)
    blobs.fetched.clear()
    steps = {"small": {"use": ":original", "robot": "/image/resize", "width": 4}}
    job = assembly(steps=steps, uploads=[recorded.record])
    job.blobs[recorded.record["id"]] = recorded.relpath
    run_to_end(board, store, deps, job, timeout=30)
    assert job.status.ok == "ASSEMBLY_COMPLETED"
    assert blobs.fetched.count(recorded.relpath) == 1  # the upload, once, for the Step that used it
    assert len(job.blobs) == 2 and sorted(blobs.released) == sorted(job.blobs.values())


def test_boards_on_one_bus_see_each_others_changes(tmp_path: Path, redis_url: str) -> None:
    """Two boards ("processes") on one database and one Redis channel: B's cached status of an
    Assembly A runs is dropped by A's change, B's listeners get A's events, and a cancel applied
    through B ends A's copy without announcing it twice."""
    import asyncio
    import logging as logs

    import redis

    from transloadit_emulator.cluster.bus import RedisEventBus

    store = CountingStore(tmp_path / "state.sqlite3")
    leases = MemoryAssemblyLeases()
    clients = [redis.Redis.from_url(redis_url, decode_responses=True) for _ in range(2)]
    buses = [RedisEventBus(c, logs.getLogger("test")) for c in clients]
    a, b = (AssemblyBoard(store, AssemblyLimits(SystemClock(), 100, 10, leases=leases), bus=bus) for bus in buses)
    for board, bus in ((a, buses[0]), (b, buses[1])):
        bus.listen(board)
    ended: list[str] = []
    a.add_finish_listener(lambda key, status: ended.append(f"a:{status['ok']}"))
    b.add_finish_listener(lambda key, status: ended.append(f"b:{status['ok']}"))
    try:
        job = assembly(expected_uploads=1)
        a.admit("key", job.id)
        a.open(job)
        assert orjson.loads(b.status_bytes(job.id))["ok"] == "ASSEMBLY_UPLOADING"  # read and cached by B

        async def follow_through_b() -> list[object]:
            seen = []
            async for event in b.stream(job.id):
                seen.append(event.data)
            return seen

        async def cancel_through_b() -> list[object]:
            follower = asyncio.ensure_future(follow_through_b())
            await asyncio.sleep(0)
            await asyncio.to_thread(b.apply_by_id, job.id, AssemblyStatus.cancel)
            return await asyncio.wait_for(follower, 10)

        assert asyncio.run(cancel_through_b())[-1] == "assembly_finished"

        def a_caught_up() -> bool:  # A's copy and its cached status follow when the event arrives
            return not job.busy and orjson.loads(a.status_bytes(job.id))["ok"] == "ASSEMBLY_CANCELED"

        deadline = time.monotonic() + 10
        while not a_caught_up() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert a_caught_up() and ended == ["b:ASSEMBLY_CANCELED"]
        assert orjson.loads(b.status_bytes(job.id))["ok"] == "ASSEMBLY_CANCELED"
        assert leases.held("key") == 0
    finally:
        for bus, client in zip(buses, clients, strict=True):
            bus.close()
            client.close()
