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
        job = assembly()  # A executes it (as a worker does)
        a.admit("key", job.id)
        a.open(job)
        assert orjson.loads(b.status_bytes(job.id))["ok"] == "ASSEMBLY_EXECUTING"  # read and cached by B

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


def _two_boards(store: CountingStore) -> tuple[AssemblyBoard, AssemblyBoard, list[str]]:
    """Two boards ("a worker" and "an API process") on one database, and who was told of an end."""
    leases = MemoryAssemblyLeases()
    a, b = (AssemblyBoard(store, AssemblyLimits(SystemClock(), 100, 10, leases=leases)) for _ in range(2))
    ended: list[str] = []
    a.add_finish_listener(lambda key, status: ended.append(f"a:{status.get('ok')}"))
    b.add_finish_listener(lambda key, status: ended.append(f"b:{status.get('ok')}"))
    return a, b, ended


def test_a_completion_after_a_cancel_is_dropped_and_adopts_the_cancel(tmp_path: Path) -> None:
    store = CountingStore(tmp_path / "state.sqlite3")
    worker, api, ended = _two_boards(store)
    job = assembly()
    worker.admit("key", job.id)
    worker.open(job)  # the worker executes it; the cancel's event has not reached it yet
    assert api.apply_by_id(job.id, AssemblyStatus.cancel)
    assert not worker.apply(job, lambda status: status.complete(1.0))  # its conditional write loses
    assert job.status.ok == "ASSEMBLY_CANCELED" and not job.busy  # it took the stored outcome
    assert orjson.loads(worker.status_bytes(job.id))["ok"] == "ASSEMBLY_CANCELED"
    assert store.load(job.id).status["ok"] == "ASSEMBLY_CANCELED"  # type: ignore[union-attr]
    assert ended == ["b:ASSEMBLY_CANCELED"]  # the Notification once, for the state that won


def test_a_cancel_after_a_completion_is_dropped_and_adopts_the_completion(tmp_path: Path) -> None:
    store = CountingStore(tmp_path / "state.sqlite3")
    worker, api, ended = _two_boards(store)
    job = assembly()
    worker.admit("key", job.id)
    worker.open(job)
    held = api.hold(job.id)  # the API process read it busy, then the worker completed it
    assert worker.apply(job, lambda status: status.complete(1.0))
    assert not api.apply(held, AssemblyStatus.cancel)
    assert held.status.ok == "ASSEMBLY_COMPLETED" and api.snapshot(job.id)[1]["ok"] == "ASSEMBLY_COMPLETED"
    assert store.load(job.id).status["ok"] == "ASSEMBLY_COMPLETED"  # type: ignore[union-attr]
    assert ended == ["a:ASSEMBLY_COMPLETED"]


def test_a_board_that_lost_an_assembly_changes_it_no_more(tmp_path: Path) -> None:
    store = CountingStore(tmp_path / "state.sqlite3")
    first, taker, ended = _two_boards(store)
    job = assembly()
    first.admit("key", job.id)
    first.open(job)
    first.lose(job.id)  # its execution lease went to another worker
    saves = store.saves
    assert not job.busy and not first.apply(job, lambda status: status.complete(1.0))
    assert store.saves == saves and ended == []
    again = taker.hold(job.id)
    assert taker.apply(again, lambda status: status.complete(1.0)) and ended == ["b:ASSEMBLY_COMPLETED"]


def test_two_api_processes_changing_one_uploading_assembly_wait_for_each_other(
    postgres_url: str, redis_url: str
) -> None:
    """A's change of an uploading Assembly is under way (read, not yet written) when B changes it:
    B waits for A's write and reads it, so both uploads are counted (without the hold, B's write
    would be overwritten by A's stale copy)."""
    import logging
    import threading

    import redis

    from transloadit_emulator.cluster.bus import RedisEventBus
    from transloadit_emulator.storage.postgres.database import PostgresDatabase
    from transloadit_emulator.storage.postgres.state import PostgresStateStore

    database = PostgresDatabase(postgres_url)
    database.migrate()
    clients = [redis.Redis.from_url(redis_url, decode_responses=True) for _ in range(2)]
    leases = MemoryAssemblyLeases()
    a, b = (
        AssemblyBoard(
            PostgresStateStore(database),
            AssemblyLimits(SystemClock(), 100, 10, leases=leases),
            bus=RedisEventBus(c, logging.getLogger("test")),
        )
        for c in clients
    )
    try:
        job = assembly(expected_uploads=2)
        a.admit("key", job.id)
        a.open(job)
        reading, go = threading.Event(), threading.Event()

        def entry(n: int) -> dict[str, object]:
            return {"filename": f"f{n}", "size": 1, "offset": 0, "finished": False, "upload_url": f"u{n}"}

        def slow_start(status: AssemblyStatus) -> list[object] | None:
            reading.set()
            go.wait(10)
            return status.tus_started(entry(1))  # type: ignore[return-value]

        first = threading.Thread(target=a.apply_by_id, args=(job.id, slow_start))
        first.start()
        assert reading.wait(10)
        second = threading.Thread(target=b.apply_by_id, args=(job.id, lambda s: s.tus_started(entry(2))))
        second.start()
        second.join(1)  # it waits for A (without the hold it would be done and then overwritten)
        go.set()
        first.join(10)
        second.join(10)
        stored = b.load(job.id).status.document
        assert [t["filename"] for t in stored["tus_uploads"]] == ["f1", "f2"]
        assert stored["started_tus_uploads"] == 2
    finally:
        database.close()
        for client in clients:
            client.close()
