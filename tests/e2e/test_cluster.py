"""A real cluster on loopback: two API processes and two workers (``transloadit-emulator worker``),
state in PostgreSQL, jobs and events in Redis, files in S3 (moto). One cluster per module.

An Assembly created through API process A is streamed, read and cancelled through B (B restarting
meanwhile does not execute it a second time); a worker
killed with SIGKILL in the middle of a job loses nothing (another worker takes the job over and the
Assembly completes once); the running cap is exact across API processes.
"""

from __future__ import annotations

import hashlib
import http.server
import io
import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import boto3
import httpx
import pytest
import redis

from tests.cluster_processes import KEY, SECRET, Backends, Cluster, make_cluster
from tests.conftest import jpeg_bytes
from tests.e2e.test_live_status import read_events
from tests.services import PostgresCluster, RedisServer
from transloadit_kit import Transloadit
from transloadit_pytest.control import EmulatorControl

STEPS = {
    ":original": {"robot": "/upload/handle"},
    "small": {"use": ":original", "robot": "/image/resize", "width": 40},
}
RUNNING_CAP = 4


class SlowFile(http.server.ThreadingHTTPServer):
    """Serves ``/slow``: the first bytes at once, the rest when :attr:`go` is set."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _SlowHandler)
        self.go = threading.Event()
        self.requests = 0
        self.asked = threading.Event()
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/slow.txt"


class _SlowHandler(http.server.BaseHTTPRequestHandler):
    server: SlowFile

    def do_GET(self) -> None:
        self.server.requests += 1
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", "8")
        self.end_headers()
        self.wfile.write(b"abcd")
        self.wfile.flush()
        self.server.asked.set()
        self.server.go.wait(60)
        try:
            self.wfile.write(b"efgh")
        except OSError:
            pass

    def log_message(self, format: str, *args: Any) -> None:
        pass


class Receiver(http.server.ThreadingHTTPServer):
    """Counts the Notifications POSTed to it."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _ReceiverHandler)
        self.bodies: list[bytes] = []
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/notify"


class _ReceiverHandler(http.server.BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:
        self.server.bodies.append(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def cluster(
    tmp_path_factory: pytest.TempPathFactory,
    postgres_cluster: PostgresCluster,
    redis_server: RedisServer,
    s3_server: str,
) -> Iterator[Cluster]:
    with redis.Redis.from_url(redis_server.url()) as client:
        client.flushall()
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "AKIAEMULATORTEST")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "not-a-real-secret")
    bucket = f"cluster-{time.monotonic_ns()}"
    boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1").create_bucket(Bucket=bucket)
    backends = Backends(postgres_cluster.new_database(), redis_server.url(), f"s3://{bucket}", s3_server)
    running = make_cluster(
        tmp_path_factory.mktemp("cluster"),
        backends,
        TRANSLOADIT_EMULATOR_ALLOW_PRIVATE_IMPORTS="true",
        TRANSLOADIT_EMULATOR_MAX_CONCURRENT_ASSEMBLIES=str(RUNNING_CAP),
        TRANSLOADIT_EMULATOR_QUEUE_VISIBILITY_SECONDS="2",
        TRANSLOADIT_EMULATOR_EXECUTION_LEASE_SECONDS="1",
    )
    try:
        running.start_api("api-a")
        running.start_api("api-b")
        running.start_worker("worker-1")
        running.start_worker("worker-2")
        yield running
    finally:
        running.stop_all()


def kit(url: str) -> Transloadit:
    return Transloadit(KEY, SECRET, service=url, max_retries=0)


def through(url: str, other_base: str) -> str:
    """The same path on another API process."""
    path = url.split("/", 3)[3]
    return f"{other_base}/{path}"


def wait_for(check: Any, timeout: float = 30) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("timed out")


def test_created_through_a_streamed_and_read_through_b(cluster: Cluster) -> None:
    a, b = cluster.api_urls
    tl = kit(a)
    params, signature = tl.signed(steps=STEPS)
    created = httpx.post(
        f"{a}/assemblies", data={"params": params, "signature": signature, "tus_num_expected_upload_files": "1"}
    ).json()
    assert created["ok"] == "ASSEMBLY_UPLOADING"
    events: list[tuple[str, Any]] = []
    connected = threading.Event()
    stream = through(created["update_stream_url"], b)
    reader = threading.Thread(target=read_events, args=(stream, events, connected))
    reader.start()
    assert connected.wait(10)
    tl.upload_file(created["assembly_ssl_url"], ("dot.jpg", io.BytesIO(jpeg_bytes((80, 60)))))
    reader.join(60)
    assert not reader.is_alive()
    names = [name if name != "message" else data for name, data in events]
    assert names[0] == "assembly_upload_finished" and names[-1] == "assembly_finished", names
    assert "assembly_result_finished" in names
    done = kit(b).get_assembly(created["assembly_id"])
    assert done.ok == "ASSEMBLY_COMPLETED"
    small = done.results["small"][0]  # type: ignore[index]
    body = httpx.get(through(str(small.ssl_url), b)).content  # streamed from the bucket by B
    assert hashlib.md5(body).hexdigest() == small.md5hash and small.meta.width == 40  # type: ignore[union-attr]


def test_an_assembly_executing_on_a_worker_is_cancelled_through_b(cluster: Cluster) -> None:
    a, b = cluster.api_urls
    slow, receiver = SlowFile(), Receiver()
    try:
        steps = {"imported": {"robot": "/http/import", "url": slow.url}}
        created = kit(a).create_assembly(steps=steps, notify_url=receiver.url)
        assert slow.asked.wait(30)  # a worker is in the middle of the import
        # B restarts meanwhile: it queues the executing Assembly again, whose lease a worker holds.
        cluster.stop("api-b")
        cluster.start_api("api-b", port=int(b.rsplit(":", 1)[1]))
        assert kit(b).cancel_assembly(str(created.assembly_id)).ok == "ASSEMBLY_CANCELED"
        slow.go.set()  # the worker's import ends: it must not complete the Assembly now
        wait_for(lambda: not _lease_holder(cluster, str(created.assembly_id)))
        assert kit(a).get_assembly(str(created.assembly_id)).ok == "ASSEMBLY_CANCELED"
        assert slow.requests == 1  # executed once, not again for B's resume
        wait_for(lambda: receiver.bodies)
        assert kit(a).get_assembly(str(created.assembly_id)).notify_status == "successful"
        assert len(receiver.bodies) == 1  # B's cancel notified; the worker that stopped did not
    finally:
        slow.go.set()
        slow.shutdown()
        receiver.shutdown()


def test_a_worker_killed_mid_job_loses_nothing(cluster: Cluster) -> None:
    a, b = cluster.api_urls
    slow, receiver = SlowFile(), Receiver()
    try:
        steps = {"imported": {"robot": "/http/import", "url": slow.url}}
        created = kit(a).create_assembly(steps=steps, notify_url=receiver.url)
        assembly_id = str(created.assembly_id)
        assert slow.asked.wait(30)
        holder = wait_for(lambda: _lease_holder(cluster, assembly_id))
        victim = next(n for n, p in cluster.processes.items() if n.startswith("worker") and f":{p.pid}:" in holder)
        cluster.stop(victim, signal.SIGKILL)
        slow.go.set()  # the next try of the import gets the whole file at once
        done = kit(b).wait_for_assembly(assembly_id, timeout=60)
        assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
        assert slow.requests == 2  # once on the killed worker, once on the other
        assert len(done.results["imported"]) == 1  # type: ignore[index]
        wait_for(lambda: kit(a).get_assembly(assembly_id).notify_status == "successful")
        assert len(receiver.bodies) == 1  # one Notification, from the worker that completed it
        cluster.start_worker(victim)
    finally:
        slow.go.set()
        slow.shutdown()
        receiver.shutdown()


def test_the_running_cap_is_exact_across_api_processes(cluster: Cluster) -> None:
    urls = cluster.api_urls
    start = threading.Barrier(12)
    answers: list[httpx.Response] = []
    lock = threading.Lock()

    def create(n: int) -> None:
        params, signature = kit(urls[n % 2]).signed(steps=STEPS)
        data = {"params": params, "signature": signature, "tus_num_expected_upload_files": "1"}
        start.wait()
        answer = httpx.post(f"{urls[n % 2]}/assemblies", data=data, timeout=60)
        with lock:
            answers.append(answer)

    threads = [threading.Thread(target=create, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(a.status_code for a in answers) == [200] * RUNNING_CAP + [429] * (12 - RUNNING_CAP)
    for answer in answers:  # free the places for whoever runs next
        if answer.status_code == 200:
            kit(urls[1]).cancel_assembly(answer.json()["assembly_id"])


def _lease_holder(cluster: Cluster, assembly_id: str) -> str | None:
    with redis.Redis.from_url(cluster.backends.queue_url, decode_responses=True) as client:
        value = client.get(f"transloadit_emulator:executing:{assembly_id}")
    return str(value) if value else None


def test_the_official_python_sdk_against_the_cluster(cluster: Cluster, tmp_path: Path) -> None:
    from transloadit.client import Transloadit as OfficialClient

    a, b = cluster.api_urls
    photo = tmp_path / "chameleon.jpg"
    photo.write_bytes(jpeg_bytes((800, 600)))
    tl = OfficialClient(KEY, SECRET, service=a)
    for resumable in (False, True):  # multipart, then the SDK's default tus upload
        assembly = tl.new_assembly()
        assembly.add_file(open(photo, "rb"))
        assembly.add_step("resize", "/image/resize", {"width": 128, "height": 128, "use": ":original"})
        status = assembly.create(wait=True, resumable=resumable).data
        assert status["ok"] == "ASSEMBLY_COMPLETED", status
        result = status["results"]["resize"][0]
        assert (result["meta"]["width"], result["meta"]["height"]) == (128, 96)
        body = httpx.get(through(result["ssl_url"], b)).content
        assert hashlib.md5(body).hexdigest() == result["md5hash"]
        other = OfficialClient(KEY, SECRET, service=b)
        assert other.get_assembly(assembly_id=status["assembly_id"]).data["ok"] == "ASSEMBLY_COMPLETED"


# -- races, lost leases and the shared control plane ------------------------------------------


def control(url: str) -> EmulatorControl:
    return EmulatorControl(kit(url), receiver_url="")


def _ok(body: bytes) -> str:
    """The ``ok`` of the status a Notification carries (a form with the ``transloadit`` field)."""
    return str(json.loads(parse_qs(body.decode())["transloadit"][0]).get("ok"))


def test_a_cancel_written_while_a_worker_completes_wins(cluster: Cluster) -> None:
    """The worker pauses just before writing its completion (an ``ending`` fault, armed through A,
    acts on the worker); B cancels meanwhile. The completion is dropped: canceled, notified once."""
    a, b = cluster.api_urls
    receiver = Receiver()
    try:
        control(a).faults.add("ending", ending="ASSEMBLY_COMPLETED", delay=4)
        created = kit(a).create_assembly(
            steps=STEPS, files=[("dot.jpg", jpeg_bytes((80, 60)))], notify_url=receiver.url
        )
        assembly_id = str(created.assembly_id)
        wait_for(lambda: not control(b).faults.list())  # taken: the worker waits before its final write
        assert kit(b).cancel_assembly(assembly_id).ok == "ASSEMBLY_CANCELED"
        wait_for(lambda: not _lease_holder(cluster, assembly_id))  # the worker's execution ended
        assert kit(a).get_assembly(assembly_id).ok == "ASSEMBLY_CANCELED"
        wait_for(lambda: kit(a).get_assembly(assembly_id).notify_status == "successful")
        assert [_ok(body) for body in receiver.bodies] == ["ASSEMBLY_CANCELED"]
    finally:
        control(a).faults.clear()
        receiver.shutdown()


def test_a_cancel_that_read_the_assembly_busy_loses_to_the_completion(cluster: Cluster) -> None:
    """B reads the executing Assembly and pauses before writing its cancel; the worker completes
    meanwhile. The cancel is dropped and answers with the completion; one Notification."""
    a, b = cluster.api_urls
    slow, receiver = SlowFile(), Receiver()
    answers: list[str] = []
    try:
        control(a).faults.add("ending", ending="ASSEMBLY_CANCELED", delay=6)
        steps = {"imported": {"robot": "/http/import", "url": slow.url}}
        assembly_id = str(kit(a).create_assembly(steps=steps, notify_url=receiver.url).assembly_id)
        assert slow.asked.wait(30)
        canceling = threading.Thread(target=lambda: answers.append(str(kit(b).cancel_assembly(assembly_id).ok)))
        canceling.start()
        wait_for(lambda: not control(a).faults.list())  # B holds its cancel, the Assembly read busy
        slow.go.set()
        wait_for(lambda: kit(a).get_assembly(assembly_id).ok == "ASSEMBLY_COMPLETED")
        canceling.join(30)
        assert answers == ["ASSEMBLY_COMPLETED"]
        assert kit(b).get_assembly(assembly_id).ok == "ASSEMBLY_COMPLETED"
        wait_for(lambda: kit(a).get_assembly(assembly_id).notify_status == "successful")
        assert [_ok(body) for body in receiver.bodies] == ["ASSEMBLY_COMPLETED"]
    finally:
        slow.go.set()
        control(a).faults.clear()
        slow.shutdown()
        receiver.shutdown()


class GatedFiles(http.server.ThreadingHTTPServer):
    """Serves 8 bytes per request, the last 4 naming the request (``#1``..), once its gate opens."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _GatedHandler)
        self.gates = [threading.Event() for _ in range(4)]
        self.arrived = [threading.Event() for _ in range(4)]
        self.requests = 0
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/gated.txt"


class _GatedHandler(http.server.BaseHTTPRequestHandler):
    server: GatedFiles

    def do_GET(self) -> None:
        n = self.server.requests
        self.server.requests += 1
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", "8")
        self.end_headers()
        self.wfile.write(b"file")
        self.wfile.flush()
        self.server.arrived[n].set()
        self.server.gates[n].wait(60)
        try:
            self.wfile.write(f"#{n + 1:<3}".encode())
        except OSError:
            pass

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_a_worker_that_lost_its_lease_stops_and_the_taker_completes_once(cluster: Cluster) -> None:
    """The lease of the worker executing an Assembly is taken from it in Redis (as when it stalled
    past its expiry) and the job handed out again: the first worker stops (its import, finishing
    first, is never registered), the taker's result is the one, and the Assembly ends once."""
    from transloadit_emulator.cluster.queue import dispatcher, make_celery

    a, b = cluster.api_urls
    files, receiver = GatedFiles(), Receiver()
    try:
        steps = {"imported": {"robot": "/http/import", "url": files.url}}
        assembly_id = str(kit(a).create_assembly(steps=steps, notify_url=receiver.url).assembly_id)
        assert files.arrived[0].wait(30)
        first = wait_for(lambda: _lease_holder(cluster, assembly_id))
        key = f"transloadit_emulator:executing:{assembly_id}"
        with redis.Redis.from_url(cluster.backends.queue_url, decode_responses=True) as client:
            client.set(key, "stolen", px=60_000)
            log = next(cluster.root / f"{n}.log" for n, p in cluster.processes.items() if f":{p.pid}:" in first)
            wait_for(lambda: "lost the execution lease" in log.read_text(errors="replace"))
            client.delete(key)
        dispatcher(make_celery(cluster.backends.queue_url, visibility_timeout_s=2))(assembly_id)  # a redelivery
        assert files.arrived[1].wait(30)  # the taker imports
        files.gates[0].set()  # the first worker's import ends first: it must register nothing
        wait_for(lambda: "without a write: its lease was lost" in log.read_text(errors="replace"))
        files.gates[1].set()
        done = kit(b).wait_for_assembly(assembly_id, timeout=60)
        assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
        imported = done.results["imported"]  # type: ignore[index]
        assert len(imported) == 1 and httpx.get(through(str(imported[0].ssl_url), b)).content == b"file#2  "
        wait_for(lambda: kit(a).get_assembly(assembly_id).notify_status == "successful")
        assert [_ok(body) for body in receiver.bodies] == ["ASSEMBLY_COMPLETED"]
    finally:
        for gate in files.gates:
            gate.set()
        files.shutdown()
        receiver.shutdown()


def test_a_fault_armed_through_a_fails_a_step_on_a_worker(cluster: Cluster) -> None:
    a, b = cluster.api_urls
    try:
        control(a).faults.fail_jobs(robot="/image/resize", error="DISK_FULL", message="No space left")
        assert [f["robot"] for f in control(b).faults.list()] == ["/image/resize"]  # one list, seen by B
        done = kit(b).create_assembly(steps=STEPS, files=[("dot.jpg", jpeg_bytes((80, 60)))], wait=True, timeout=60)
        assert (done.error, done.message) == ("DISK_FULL", "No space left")
        assert control(a).faults.list() == []  # used up on the worker
    finally:
        control(a).faults.clear()


def test_the_clock_and_accounts_set_through_a_reach_b_and_the_workers(cluster: Cluster) -> None:
    a, b = cluster.api_urls
    frozen = float(int(time.time()))
    try:
        control(a).clock.freeze(frozen)
        wait_for(lambda: control(b).clock.now() == frozen)
        done = kit(b).create_assembly(steps=STEPS, files=[("dot.jpg", jpeg_bytes((80, 60)))], wait=True, timeout=60)
        stamp = time.strftime("%Y/%m/%d %H:%M:%S GMT", time.gmtime(frozen))
        assert done.ok == "ASSEMBLY_COMPLETED" and done.last_job_completed == stamp  # written on a worker
        control(a).add_account("added-in-a", "its-secret")
        added = Transloadit("added-in-a", "its-secret", service=b, max_retries=0)
        wait_for(lambda: _answers(added))
        control(a).remove_account("added-in-a")
        wait_for(lambda: not _answers(added))
    finally:
        control(a).clock.reset()


def _answers(tl: Transloadit) -> bool:
    try:
        tl.list_assemblies()
    except Exception:
        return False
    return True


def test_a_tus_upload_created_on_a_is_resumed_and_finished_on_b(cluster: Cluster) -> None:
    """The upload's description is a PostgreSQL record and its parts S3 objects: B's HEAD sees the
    bytes A took, B takes the rest, and the Assembly (created on A) gets the whole file with its md5."""
    a, b = cluster.api_urls
    photo = jpeg_bytes((320, 240))
    params, signature = kit(a).signed(steps=STEPS)
    form = {"params": params, "signature": signature, "tus_num_expected_upload_files": "1"}
    created = httpx.post(f"{a}/assemblies", data=form).json()
    assembly_id = created["assembly_id"]
    upload_url = kit(a).start_upload(created["assembly_ssl_url"], len(photo), filename="photo.jpg")
    half = len(photo) // 2
    headers = {"Tus-Resumable": "1.0.0", "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"}
    assert httpx.patch(upload_url, content=photo[:half], headers=headers).status_code == 204
    assert kit(a).get_assembly(assembly_id).ok == "ASSEMBLY_UPLOADING"  # A holds it while it uploads
    kit(b).send_upload(through(upload_url, b), ("photo.jpg", io.BytesIO(photo)))  # HEAD, then the rest
    done = kit(a).wait_for_assembly(assembly_id, timeout=60)  # read through A, which held it uploading
    assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
    upload = done.uploads[0]  # type: ignore[index]
    assert (upload.size, upload.md5hash) == (len(photo), hashlib.md5(photo).hexdigest())
    assert done.results["small"][0].meta.width == 40  # type: ignore[index,union-attr]
    original = httpx.get(through(str(upload.ssl_url), a)).content
    assert hashlib.md5(original).hexdigest() == upload.md5hash


def test_uploads_of_one_assembly_finishing_at_once_on_a_and_b_all_count(cluster: Cluster) -> None:
    """Three tus uploads per Assembly, sent at once through A and B alternately (Uppy's parallel
    uploads behind a round-robin balancer): each is recorded, none overwritten by another
    process's copy, and every Assembly runs once with all of them."""
    urls = cluster.api_urls
    photos = [jpeg_bytes((60 + n, 40)) for n in range(3)]
    created = []
    for _ in range(3):
        params, signature = kit(urls[0]).signed(steps=STEPS)
        form = {"params": params, "signature": signature, "tus_num_expected_upload_files": "3"}
        created.append(httpx.post(f"{urls[0]}/assemblies", data=form).json())
    start = threading.Barrier(9)
    errors: list[BaseException] = []

    def upload(n: int) -> None:
        status, photo = created[n // 3], photos[n % 3]
        try:
            through_url = through(status["assembly_ssl_url"], urls[n % 2])
            url = kit(urls[n % 2]).start_upload(through_url, len(photo), filename=f"p{n % 3}.jpg")
            start.wait(30)
            kit(urls[n % 2]).send_upload(url, (f"p{n % 3}.jpg", io.BytesIO(photo)))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=upload, args=(n,)) for n in range(9)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors
    for status in created:
        done = kit(urls[1]).wait_for_assembly(status["assembly_id"], timeout=60)
        assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
        assert sorted(u.name for u in done.uploads) == ["p0.jpg", "p1.jpg", "p2.jpg"]  # type: ignore[union-attr]
        assert len(done.results["small"]) == 3  # type: ignore[index]
