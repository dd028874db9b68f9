"""The board of running Assemblies, without HTTP: admission, changes, reads, events, listeners;
and execution through it, whose per-Step cost does not grow with the number of Steps."""

from __future__ import annotations

import asyncio
import io
import logging
import threading
from collections.abc import Collection
from pathlib import Path
from typing import Any

import orjson
import pytest
from PIL import Image

from transloadit_emulator.core.assemblies.board import AssemblyBoard
from transloadit_emulator.core.assemblies.events import Event
from transloadit_emulator.core.assemblies.executor import ExecutorDeps
from transloadit_emulator.core.assemblies.lifecycle import AssemblyStatus
from transloadit_emulator.core.assemblies.model import Assembly, ClientInfo
from transloadit_emulator.core.assemblies.planner import build_plan
from transloadit_emulator.core.assemblies.runner import AssemblyRunner
from transloadit_emulator.core.assemblies.tus_listener import AssemblyTusListener
from transloadit_emulator.core.assemblies.uploads import Uploads
from transloadit_emulator.core.clock import SystemClock, UuidIds
from transloadit_emulator.core.limits import AssemblyLimits
from transloadit_emulator.core.tus import TusUpload
from transloadit_emulator.errors import TransloaditError
from transloadit_emulator.robots.registry import default_registry
from transloadit_emulator.storage.blobs import DiskBlobStore
from transloadit_emulator.storage.sqlite import SqliteDatabase
from transloadit_emulator.storage.state import SqliteStateStore, StoredAssembly


class CountingStore(SqliteStateStore):
    """The real SQLite store, counting writes and reads."""

    def __init__(self, path: Path) -> None:
        super().__init__(SqliteDatabase(path))
        self.saves = 0
        self.loads = 0

    def save(self, assembly: StoredAssembly, search_text: str, *, over_busy: Collection[str] = ()) -> bool:
        self.saves += 1
        return super().save(assembly, search_text, over_busy=over_busy)

    def load(self, assembly_id: str) -> StoredAssembly | None:
        self.loads += 1
        return super().load(assembly_id)


@pytest.fixture
def store(tmp_path: Path) -> CountingStore:
    return CountingStore(tmp_path / "state.sqlite3")


def make_board(store: CountingStore, running_cap: int = 5) -> AssemblyBoard:
    return AssemblyBoard(store, AssemblyLimits(SystemClock(), per_minute=10_000, concurrent=running_cap))


def assembly(
    account: str = "key",
    expected_uploads: int = 0,
    steps: dict[str, Any] | None = None,
    uploads: list[dict[str, Any]] | None = None,
) -> Assembly:
    assembly_id = UuidIds().new_id()
    status = AssemblyStatus.new(
        assembly_id,
        account,
        1_700_000_000.0,
        ClientInfo(),
        base_url="http://emu",
        params_echo="{}",
        merged_params="{}",
        fields={},
        notify_url=None,
        uploads=uploads or [],
        expected_uploads=expected_uploads,
    )
    return Assembly(assembly_id, account, 1_700_000_000.0, status, steps or {}, "{}")


def test_admission_is_atomic_under_simultaneous_creations(store: CountingStore) -> None:
    board = make_board(store, running_cap=5)
    start = threading.Barrier(20)
    admitted: list[str] = []
    refused: list[str] = []

    def create() -> None:
        candidate = assembly(expected_uploads=1)
        start.wait()
        try:
            board.admit("key", candidate.id)
        except TransloaditError as exc:
            refused.append(exc.code)
            return
        board.open(candidate)
        admitted.append(candidate.id)

    threads = [threading.Thread(target=create) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(admitted) == 5 and refused == ["RATE_LIMIT_REACHED"] * 15


def test_a_withdrawn_or_ended_assembly_frees_its_place(store: CountingStore) -> None:
    board = make_board(store, running_cap=1)
    first = assembly()
    board.admit("key", first.id)
    board.withdraw(first.id)  # its creation failed
    board.admit("key", first.id)  # the id is free again, and so is the place
    board.open(first)
    with pytest.raises(TransloaditError, match="RATE_LIMIT_REACHED"):
        board.admit("key", assembly().id)
    board.admit("other-account", assembly().id)  # the cap is per account
    assert board.apply(first, AssemblyStatus.cancel)
    board.admit("key", assembly().id)


def test_an_id_is_reserved_once(store: CountingStore) -> None:
    board = make_board(store)
    taken = assembly()
    board.admit("key", taken.id)
    with pytest.raises(TransloaditError, match="DO_NOT_REUSE_ASSEMBLY_IDS"):
        board.admit("key", taken.id)  # reserved, not yet open
    board.open(taken)
    board.apply(taken, lambda s: s.complete(0.1))
    fresh = make_board(store)  # a restart: only the database knows it
    with pytest.raises(TransloaditError, match="DO_NOT_REUSE_ASSEMBLY_IDS"):
        fresh.admit("key", taken.id)


def test_progress_is_not_persisted_but_always_read(store: CountingStore) -> None:
    board = make_board(store)
    running = assembly()
    board.admit("key", running.id)
    board.open(running)
    saves = store.saves
    assert board.apply(running, lambda s: s.start_jobs(["a::original"]), persist=False)
    assert store.saves == saves  # a Step's progress is not written...
    read = orjson.loads(board.status_bytes(running.id))
    assert read["running_jobs"] == ["a::original"]  # ...but readers see it
    board.apply(running, lambda s: s.complete(0.5), persist=False)
    assert store.saves == saves + 1  # the end always is
    stored = store.load(running.id)
    assert stored is not None and stored.status["ok"] == "ASSEMBLY_COMPLETED"


def test_reads_and_owners_come_from_memory(store: CountingStore) -> None:
    board = make_board(store)
    done = assembly(account="owner")
    board.admit("owner", done.id)
    board.open(done)
    board.apply(done, lambda s: s.complete(0.1))
    loads = store.loads
    for _ in range(3):
        assert board.owner(done.id) == "owner"
        assert orjson.loads(board.status_bytes(done.id))["ok"] == "ASSEMBLY_COMPLETED"
    assert store.loads == loads
    fresh = make_board(store)  # after a restart: one load, then memory
    assert fresh.owner(done.id) == "owner" and fresh.status_bytes(done.id)
    assert store.loads == loads + 1
    with pytest.raises(TransloaditError, match="ASSEMBLY_NOT_FOUND"):
        fresh.status_bytes("f" * 32)
    with pytest.raises(TransloaditError, match="ASSEMBLY_NOT_FOUND"):
        fresh.owner("not-an-id")


def test_finish_listeners_hear_each_end_once(store: CountingStore) -> None:
    board = make_board(store)
    heard: list[tuple[str, str | None]] = []
    board.add_finish_listener(lambda account, status: heard.append((account, status.get("ok"))))
    ending = assembly()
    board.admit("key", ending.id)
    board.open(ending)
    board.apply(ending, AssemblyStatus.cancel)
    board.apply(ending, AssemblyStatus.cancel)  # a finished one stays as it is
    board.record_notification(ending.id, {"notify_status": "successful"})
    assert heard == [("key", "ASSEMBLY_CANCELED")]
    assert orjson.loads(board.status_bytes(ending.id))["notify_status"] == "successful"


def test_hold_brings_a_busy_assembly_back_from_the_database(store: CountingStore) -> None:
    board = make_board(store, running_cap=1)
    waiting = assembly(expected_uploads=1)
    board.admit("key", waiting.id)
    board.open(waiting)
    restarted = make_board(store, running_cap=1)
    held = restarted.hold(waiting.id)
    assert held is restarted.hold(waiting.id)  # one object for every later change
    assert restarted.apply_by_id(waiting.id, lambda s: s.tus_started({"upload_url": "u", "size": 4}))
    assert restarted.apply_by_id(waiting.id, lambda s: s.tus_progress("u", 3, 4))
    stored = store.load(waiting.id)
    assert stored is not None and stored.status["bytes_received"] == 3
    with pytest.raises(TransloaditError, match="RATE_LIMIT_REACHED"):
        restarted.admit("key", assembly().id)  # held again, it counts as running


def test_live_listeners_get_the_deltas_then_the_end(store: CountingStore) -> None:
    board = make_board(store)
    running = assembly()
    board.admit("key", running.id)
    board.open(running)

    async def follow() -> list[Event]:
        stream = board.stream(running.id)
        seen: list[Event] = []

        def work() -> None:
            board.apply(running, lambda s: s.start_jobs(["a::original"]), persist=False)
            board.apply(running, lambda s: s.record_result("a", [{"id": "r1"}], now=0.0), persist=False)
            board.apply(running, lambda s: s.complete(0.1))

        asyncio.get_running_loop().call_soon(lambda: threading.Thread(target=work).start())
        async for event in stream:
            seen.append(event)
        return seen

    seen = asyncio.run(asyncio.wait_for(follow(), 10))
    assert [e.name or e.data for e in seen] == [
        "assembly_uploading_finished",
        "assembly_upload_meta_data_extracted",
        "assembly_execution_progress",
        "assembly_result_finished",
        "assembly_finished",
    ]


def test_live_listeners_get_a_batch_per_change(store: CountingStore) -> None:
    """The events of one change come as one batch (one write on the stream); the catch-up is a
    batch of its own, even when empty."""
    board = make_board(store)
    running = assembly()
    board.admit("key", running.id)
    board.open(running)

    async def follow() -> list[list[str]]:
        batches = board.stream_batches(running.id)
        seen: list[list[str]] = []

        def work() -> None:
            board.apply(running, lambda s: s.start_jobs(["a::original"]), persist=False)
            board.apply(running, lambda s: s.complete(0.1))

        asyncio.get_running_loop().call_soon(lambda: threading.Thread(target=work).start())
        async for batch in batches:
            seen.append([str(e.name or e.data) for e in batch])
        return seen

    seen = asyncio.run(asyncio.wait_for(follow(), 10))
    assert seen == [
        ["assembly_uploading_finished", "assembly_upload_meta_data_extracted"],
        ["assembly_execution_progress"],
        ["assembly_finished"],
    ]


@pytest.mark.parametrize("steps", [20, 400])
def test_execution_writes_the_database_a_fixed_number_of_times(
    tmp_path: Path, store: CountingStore, steps: int
) -> None:
    """Per-Step work is constant: however many Steps, the status is persisted at its milestones
    only (open, begin, end), never once per Step."""
    board = make_board(store)
    blobs = DiskBlobStore(tmp_path / "files")
    deps = ExecutorDeps(
        registry=default_registry(),
        blobs=blobs,
        uploads=Uploads(blobs, UuidIds(), "http://emu"),
        clock=SystemClock(),
        scratch_root=tmp_path / "scratch",
        logger=logging.getLogger("test"),
    )
    (tmp_path / "scratch").mkdir()
    runner = AssemblyRunner(board, store, deps, threads=2, logger=logging.getLogger("test"))
    hashes = assembly(steps={f"hash{i}": {"robot": "/file/hash"} for i in range(steps)})
    board.admit("key", hashes.id)
    before = store.saves
    board.open(hashes)
    runner.start(hashes)
    assert runner.wait_idle(60)
    runner.close()
    assert hashes.status.ok == "ASSEMBLY_COMPLETED"
    assert len(hashes.status.document["started_jobs"]) == 0
    assert store.saves - before == 3


def executor_deps(blobs: DiskBlobStore, uploads: Uploads, scratch_root: Path) -> ExecutorDeps:
    """The executor's collaborators over ``blobs``: the default robots, the system clock."""
    return ExecutorDeps(default_registry(), blobs, uploads, SystemClock(), scratch_root, logging.getLogger("test"))


def run_to_end(
    board: AssemblyBoard, store: CountingStore, deps: ExecutorDeps, job: Assembly, timeout: float = 60
) -> None:
    """Admit and open ``job`` on ``board``, execute it on a one-thread runner, wait until it ends."""
    board.admit("key", job.id)
    board.open(job)
    runner = AssemblyRunner(board, store, deps, threads=1, logger=logging.getLogger("test"))
    runner.start(job)
    assert runner.wait_idle(timeout)
    runner.close()


def test_the_pixels_decoded_at_upload_reach_the_resize_step(tmp_path: Path, store: CountingStore) -> None:
    board = make_board(store)
    blobs = DiskBlobStore(tmp_path / "files")
    uploads = Uploads(blobs, UuidIds(), "http://emu")
    deps = executor_deps(blobs, uploads, tmp_path)
    steps = {"small": {"use": ":original", "robot": "/image/resize", "width": 100}}
    plan = build_plan(steps, deps.registry)
    buf = io.BytesIO()
    Image.radial_gradient("L").resize((1600, 1200)).convert("RGB").save(buf, "JPEG")
    buf.seek(0)
    recorded = uploads.record_file("c" * 32, "photo.jpg", buf, decode_box=plan.upload_decode_box)
    assert recorded.pixels is not None and not recorded.pixels.taken
    photo = assembly(steps=steps, uploads=[recorded.record])
    photo.blobs[recorded.record["id"]] = recorded.relpath
    photo.pixels[recorded.record["id"]] = recorded.pixels
    run_to_end(board, store, deps, photo)
    assert photo.status.ok == "ASSEMBLY_COMPLETED", photo.status.document.get("message")
    assert recorded.pixels.taken and photo.pixels == {}
    assert photo.status.document["results"]["small"][0]["meta"]["width"] == 100


@pytest.mark.parametrize("upload", [b"not an image", b"jpeg"])
def test_each_step_leaves_no_scratch_space_behind(tmp_path: Path, store: CountingStore, upload: bytes) -> None:
    """A Step's scratch space is empty again when the Step ends, completed or failed, and the next
    Step reuses it (no directory made per Step); its results stay."""
    board = make_board(store)
    blobs = DiskBlobStore(tmp_path / "files")
    uploads = Uploads(blobs, UuidIds(), "http://emu")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    deps = executor_deps(blobs, uploads, scratch)
    steps = {
        "small": {"use": ":original", "robot": "/image/resize", "width": 20},
        "smaller": {"use": "small", "robot": "/image/resize", "width": 10},
    }
    if upload == b"jpeg":
        buf = io.BytesIO()
        Image.new("RGB", (40, 30), "red").save(buf, "JPEG")
        upload = buf.getvalue()
    recorded = uploads.record_file("d" * 32, "photo.jpg", io.BytesIO(upload))
    job = assembly(steps=steps, uploads=[recorded.record])
    job.blobs[recorded.record["id"]] = recorded.relpath
    run_to_end(board, store, deps, job)
    kept = list(scratch.iterdir())
    assert len(kept) <= 1 and all(d.is_dir() and not any(d.iterdir()) for d in kept), kept
    if upload == b"not an image":
        assert job.status.document.get("error")
        return
    assert job.status.ok == "ASSEMBLY_COMPLETED", job.status.document.get("message")
    (result,) = job.status.document["results"]["smaller"]  # the last Step's (the first's is used)
    with Image.open(blobs.path(job.blobs[result["id"]])) as img:
        assert img.width == 10
    assert deps.scratch.take() == kept[0]  # both Steps ran in it; the next one will too


class CountingRunner(AssemblyRunner):
    """The real runner, counting what it is asked to start."""

    started: list[str]

    def start(self, assembly: Assembly) -> None:
        self.started.append(assembly.id)
        super().start(assembly)


def test_one_upload_more_than_expected_does_not_run_the_assembly_twice(tmp_path: Path, store: CountingStore) -> None:
    board = make_board(store)
    blobs = DiskBlobStore(tmp_path / "files")
    uploads = Uploads(blobs, UuidIds(), "http://emu")
    deps = ExecutorDeps(
        registry=default_registry(),
        blobs=blobs,
        uploads=uploads,
        clock=SystemClock(),
        scratch_root=tmp_path,
        logger=logging.getLogger("test"),
    )
    runner = CountingRunner(board, store, deps, threads=2, logger=logging.getLogger("test"))
    runner.started = []
    listener = AssemblyTusListener(board, uploads, runner, SystemClock())
    waiting = assembly(expected_uploads=1, steps={"hashed": {"use": ":original", "robot": "/file/hash"}})
    board.admit("key", waiting.id)
    board.open(waiting)
    tus = [TusUpload(n * 32, 3, {"filename": f"{n}.txt"}, waiting.id, 0.0, url=f"http://emu/r/{n}") for n in "12"]
    for upload in tus:  # a client's retry: both begin before either ends
        listener.tus_upload_started(upload)
    for upload in tus:
        (tmp_path / upload.id).write_bytes(b"abc")
        upload.offset = 3
        listener.tus_upload_progressed(upload)
        listener.tus_upload_finished(upload, tmp_path / upload.id)
    assert runner.wait_idle(30)
    runner.close()
    assert runner.started == [waiting.id]
    doc = waiting.status.document
    assert doc["ok"] == "ASSEMBLY_COMPLETED" and doc["started_jobs"] == ["hashed:::original"]
