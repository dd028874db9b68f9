"""Vendor error codes of the Assembly API and its operations, each where the vendor raises it.

Each test makes the situation over HTTP against the in-process emulator and asserts the code the
response or the Assembly carries (issue 12, item 4). The comment beside each code says what it stands for.
"""

from __future__ import annotations

import base64
import io
import json
import shutil
import sqlite3
import threading
import time
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.conftest import KEY, SECRET, jpeg_bytes, make_settings
from tests.e2e.cdn_urls import signed_cdn_path, stored_path
from transloadit_emulator.app import create_app
from transloadit_emulator.core.clock import ManualClock
from transloadit_kit import sign

FUTURE = "2099/01/01 00:00:00+00:00"
UNKNOWN_ID = "0" * 32
STEPS = {"steps": {"thumb": {"robot": "/image/resize", "use": ":original", "width": 8}}}
PHOTO = {"photo": ("photo.jpg", jpeg_bytes((40, 30)), "image/jpeg")}


def signed_form(params: dict[str, Any], **fields: str) -> dict[str, str]:
    raw = json.dumps({"auth": {"key": KEY, "expires": FUTURE}, **params})
    return {"params": raw, "signature": sign(raw, SECRET), **fields}


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def client(tmp_path: Path, clock: ManualClock) -> Iterator[TestClient]:
    settings = make_settings(tmp_path / "data", public_base_url="http://testserver")
    with TestClient(create_app(settings, clock=clock), raise_server_exceptions=False) as c:
        yield c


def assembly(client: TestClient, params: dict[str, Any], **fields: str) -> dict[str, Any]:
    files = (
        {"photo": ("photo.jpg", jpeg_bytes((40, 30)), "image/jpeg")}
        if "tus_num_expected_upload_files" not in fields
        else None
    )
    answer = client.post("/assemblies", data=signed_form(params, **fields), files=files)
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def finished(client: TestClient, assembly_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + 30
    while True:
        status = dict(client.get(f"/assemblies/{assembly_id}").json())
        if status.get("error") or status.get("ok") in ("ASSEMBLY_COMPLETED", "ASSEMBLY_CANCELED"):
            return status
        assert time.monotonic() < deadline, status
        time.sleep(0.05)


# A ``%`` that begins no two-hex-digit escape: the query or body cannot be decoded as the client meant.
BAD_ENCODINGS = [
    ("GET", "/assemblies?params=%7B%zz&signature=x", None, "INVALID_URL_ENCODING"),  # routed list
    ("GET", f"/assemblies/{UNKNOWN_ID}?params=%E", None, "INVALID_URL_ENCODING"),  # status read fast path
    ("POST", "/assemblies", b"params=%7B%22auth%22%3A%G1&signature=x", "INVALID_URL_ENCODING"),  # urlencoded body
    ("GET", "/templates?params=%&signature=x", None, "INVALID_URL_ENCODING"),  # a bare % at the end
]


@pytest.mark.parametrize(("method", "url", "body", "code"), BAD_ENCODINGS)
def test_malformed_percent_escapes(client: TestClient, method: str, url: str, body: bytes | None, code: str) -> None:
    headers = {"content-type": "application/x-www-form-urlencoded"} if body is not None else {}
    answer = client.request(method, url, content=body, headers=headers)
    assert (answer.status_code, answer.json()["error"]) == (400, code), answer.text


def test_well_formed_escapes_still_pass(client: TestClient) -> None:
    form = signed_form({"steps": {":original": {"robot": "/upload/handle"}}})
    answer = client.get("/assemblies", params={"params": form["params"], "signature": form["signature"]})
    assert answer.status_code == 200, answer.text


def test_replay_reparsing_an_assembly_without_template(client: TestClient) -> None:
    done = assembly(client, {"steps": {"thumb": {"robot": "/image/resize", "use": ":original", "width": 8}}})
    assert finished(client, done["assembly_id"])["ok"] == "ASSEMBLY_COMPLETED"
    answer = client.post(f"/assemblies/{done['assembly_id']}/replay", data=signed_form({"reparse_template": 1}))
    # reparse_template asks for the Template again, and this Assembly ran from its own Steps.
    assert (answer.status_code, answer.json()["error"]) == (400, "NO_TEMPLATE_ID"), answer.text


def test_uploads_that_outlive_eight_hours_expire_the_assembly(client: TestClient, clock: ManualClock) -> None:
    waiting = assembly(client, {"steps": {":original": {"robot": "/upload/handle"}}}, tus_num_expected_upload_files="1")
    assert waiting["ok"] == "ASSEMBLY_UPLOADING"
    clock.advance(8 * 3600 + 1)
    # The vendor's Assemblies must have their uploads within 8 hours, else they expire.
    status = finished(client, waiting["assembly_id"])
    assert (status.get("error"), status.get("ok")) == ("ASSEMBLY_EXPIRED", None), status


def test_smart_cdn_template_without_result_step(client: TestClient) -> None:
    upload = assembly(client, {"steps": {":original": {"robot": "/upload/handle"}}})
    stored = stored_path(finished(client, upload["assembly_id"])["uploads"][0]["url"])
    template = {"steps": {":original": {"robot": "/upload/handle", "result": False}}}
    created = client.post("/templates", data=signed_form({"name": "no-results", "template": template}))
    assert created.status_code == 200, created.text
    answer = client.get(signed_cdn_path("no-results", stored))
    # No /file/serve Step and no Step with results: nothing the CDN could serve.
    assert (answer.status_code, answer.json()["error"]) == (400, "NO_RESULT_STEP_FOUND"), answer.text


class ExhaustedIds:
    """An id source that fails: a bug in the embedding code, not a client mistake."""

    def new_id(self) -> str:
        raise RuntimeError("no ids left")


def test_a_bug_answers_server_500_without_a_traceback(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data", public_base_url="http://testserver")
    with TestClient(create_app(settings, ids=ExhaustedIds()), raise_server_exceptions=False) as c:
        form = signed_form({"steps": {":original": {"robot": "/upload/handle"}}})
        answer = c.post("/assemblies", data=form)
    # An unexpected exception inside the emulator: its own fault, logged, never shown.
    assert (answer.status_code, answer.json()["error"]) == (500, "SERVER_500"), answer.text
    assert "Traceback" not in answer.text and "no ids left" not in answer.text


# --- the emulator's own disk and database failing -----------------------------------------------


def break_table(data_dir: Path, table: str) -> None:
    """Move a table of the emulator's SQLite file away, as a damaged or foreign-edited database would."""
    with sqlite3.connect(data_dir / "state.sqlite3") as db:
        db.execute(f"ALTER TABLE {table} RENAME TO {table}_gone")


def test_assembly_that_cannot_be_stored_on_disk(client: TestClient, tmp_path: Path) -> None:
    break_files(tmp_path / "data")  # the blob store cannot make the upload's directory
    answer = client.post("/assemblies", data=signed_form(STEPS), files=PHOTO)
    # The request was fine; the emulator's own storage failed, so the Assembly was never made.
    assert (answer.status_code, answer.json()["error"]) == (500, "ASSEMBLY_COULD_NOT_BE_CREATED"), answer.text
    listed = client.get("/assemblies", params=signed_form({}))
    assert listed.json()["count"] == 0


def refuse_new_assemblies(data_dir: Path) -> None:
    """The database still reads Assemblies but refuses new ones, as a full or read-only disk would."""
    with sqlite3.connect(data_dir / "state.sqlite3") as db:
        db.execute("CREATE TRIGGER refuse BEFORE INSERT ON assemblies BEGIN SELECT RAISE(ABORT, 'disk full'); END")


def running_assemblies(client: TestClient) -> int:
    slots = client.get("/queues/job_slots", params=signed_form({})).json()
    return int(slots["rate_limits"]["running_assemblies"]["used"])


@pytest.mark.parametrize("failure", ["table gone", "writes refused"])
def test_assembly_that_cannot_be_stored_in_the_database(client: TestClient, tmp_path: Path, failure: str) -> None:
    if failure == "table gone":
        break_table(tmp_path / "data", "assemblies")
    else:
        refuse_new_assemblies(tmp_path / "data")
    answer = client.post("/assemblies", data=signed_form(STEPS), files=PHOTO)
    # The database refuses the new Assembly's row: ASSEMBLY_COULD_NOT_BE_CREATED, not a 500 bug.
    assert (answer.status_code, answer.json()["error"]) == (500, "ASSEMBLY_COULD_NOT_BE_CREATED"), answer.text
    assert running_assemblies(client) == 0  # it holds no place under the running cap


def test_a_replay_that_cannot_be_stored(client: TestClient, tmp_path: Path) -> None:
    done = assembly(client, STEPS)
    assert finished(client, done["assembly_id"])["ok"] == "ASSEMBLY_COMPLETED"
    refuse_new_assemblies(tmp_path / "data")
    answer = client.post(f"/assemblies/{done['assembly_id']}/replay", data=signed_form({}))
    # The parent was found and may be replayed, but the replay's own row cannot be written.
    assert (answer.status_code, answer.json()["error"]) == (500, "ASSEMBLY_NOT_REPLAYED"), answer.text
    assert running_assemblies(client) == 0


def test_templates_and_auth_keys_on_a_failing_database(client: TestClient, tmp_path: Path) -> None:
    template = {"steps": {":original": {"robot": "/upload/handle"}}}
    created = client.post("/templates", data=signed_form({"name": "kept-template", "template": template}))
    assert created.status_code == 200, created.text
    made = client.post("/auth_keys", data=signed_form({"scopes": ["assemblies:read"]}))
    assert made.status_code == 200, made.text
    key, secret = made.json()["auth_key"]["key"], made.json()["auth_key"]["secret"]
    break_table(tmp_path / "data", "records")
    # A Template is read from the database: its failure is the vendor's Template database error.
    answer = client.post("/assemblies", data=signed_form({"template_id": created.json()["id"]}), files=PHOTO)
    assert (answer.status_code, answer.json()["error"]) == (500, "TEMPLATE_DB_ERROR"), answer.text
    # The secret of an Auth Key made through the API is kept in the database.
    shown = client.post(f"/auth_keys/show_secret/{made.json()['auth_key']['id']}", data=signed_form({}))
    assert (shown.status_code, shown.json()["error"]) == (500, "AUTH_SECRET_NOT_RETRIEVED"), shown.text
    # An Auth Key made through the API is looked up in the database to find its account.
    raw = json.dumps({"auth": {"key": key, "expires": FUTURE}})
    answer = client.get("/assemblies", params={"params": raw, "signature": sign(raw, secret)})
    assert (answer.status_code, answer.json()["error"]) == (500, "GET_ACCOUNT_DB_ERROR"), answer.text


# A finished Assembly's stored status, damaged while the emulator was stopped, read after a restart.
DAMAGED_STATUSES = [
    (b'{"ok": "ASSEMBLY_COMPL', "ASSEMBLY_STATUS_PARSE_ERROR"),  # cut short: no JSON any more
    (b'["ASSEMBLY_COMPLETED"]', "INVALID_ASSEMBLY_STATUS"),  # JSON, but no Assembly Status
    (b'{"ok": "ASSEMBLY_COMPLETED", "assembly_id": "another"}', "INVALID_ASSEMBLY_STATUS"),  # another's
]


@pytest.mark.parametrize(("stored", "code"), DAMAGED_STATUSES)
def test_a_damaged_stored_status(tmp_path: Path, stored: bytes, code: str) -> None:
    settings = make_settings(tmp_path / "data", public_base_url="http://testserver")
    with TestClient(create_app(settings), raise_server_exceptions=False) as first:
        done = assembly(first, STEPS)
        assert finished(first, done["assembly_id"])["ok"] == "ASSEMBLY_COMPLETED"
    with sqlite3.connect(tmp_path / "data" / "state.sqlite3") as db:
        db.execute("UPDATE assemblies SET status = ? WHERE id = ?", (stored, done["assembly_id"]))
    with TestClient(create_app(settings), raise_server_exceptions=False) as second:
        answer = second.get(f"/assemblies/{done['assembly_id']}")
    assert (answer.status_code, answer.json()["error"]) == (500, code), answer.text


# A read or write the database cannot do, on each operation that has its own code for it.
DB_FAILURES = [
    ("GET", "/assembly_stats", {"region": "us-east-1"}, "assemblies", "ASSEMBLY_STATS_ERROR"),
    ("GET", "/priority_job_slot_stats", {"region": "us-east-1"}, "assemblies", "PRIORITY_JOB_SLOT_STATS_ERROR"),
    ("GET", "/assembly_notifications", {}, "records", "ASSEMBLY_NOTIFICATIONS_LIST_ERROR"),
]


@pytest.mark.parametrize(("method", "path", "params", "table", "code"), DB_FAILURES)
def test_reads_on_a_failing_database(
    client: TestClient, tmp_path: Path, method: str, path: str, params: dict[str, Any], table: str, code: str
) -> None:
    break_table(tmp_path / "data", table)
    answer = client.request(method, path, params=signed_form(params))
    assert (answer.status_code, answer.json()["error"]) == (500, code), answer.text


def test_a_notification_replay_that_cannot_be_recorded(client: TestClient, tmp_path: Path) -> None:
    done = assembly(client, STEPS)
    assert finished(client, done["assembly_id"])["ok"] == "ASSEMBLY_COMPLETED"
    break_table(tmp_path / "data", "records")
    replay = signed_form({"notify_url": "http://127.0.0.1:9/never-called"})
    answer = client.post(f"/assembly_notifications/{done['assembly_id']}/replay", data=replay)
    # Each delivery is recorded before it is sent: one that cannot be recorded is not sent.
    assert (answer.status_code, answer.json()["error"]) == (500, "ASSEMBLY_NOTIFICATION_NOT_PERSISTED"), answer.text


def break_files(data_dir: Path) -> None:
    """The blob store's directory becomes a plain file: nothing can be stored in it any more."""
    files = data_dir / "files"
    shutil.rmtree(files, ignore_errors=True)
    files.write_bytes(b"not a directory")


def test_a_tus_upload_the_assembly_cannot_keep(client: TestClient, tmp_path: Path) -> None:
    waiting = assembly(client, {"steps": {":original": {"robot": "/upload/handle"}}}, tus_num_expected_upload_files="1")
    break_files(tmp_path / "data")
    data = jpeg_bytes((30, 20))
    meta = ",".join(
        f"{k} {base64.b64encode(v.encode()).decode()}"
        for k, v in {"assembly_url": waiting["assembly_ssl_url"], "filename": "a.jpg"}.items()
    )
    tus = {"Tus-Resumable": "1.0.0"}
    created = client.post(
        "/resumable/files/", headers={**tus, "Upload-Length": str(len(data)), "Upload-Metadata": meta}
    )
    assert created.status_code == 201, created.text
    uid = created.headers["location"].rsplit("/", 1)[-1]
    client.patch(
        f"/resumable/files/{uid}",
        content=data,
        headers={**tus, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"},
    )
    # The upload arrived whole, but where the Assembly keeps its files refused it.
    status = finished(client, waiting["assembly_id"])
    assert status.get("error") == "TRANSIENT_STORAGE_SERVICE_ERROR", status


def test_a_result_the_assembly_cannot_keep(client: TestClient, tmp_path: Path) -> None:
    release = threading.Event()

    class HeldImage(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            release.wait(30)  # until the test has broken the store
            body = jpeg_bytes((20, 20))
            self.send_response(200)
            self.send_header("Content-Type", "image/jpeg")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), HeldImage)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/held.jpg"
        running = assembly(client, {"steps": {"imported": {"robot": "/http/import", "url": url}}})
        break_files(tmp_path / "data")
        release.set()
        # The import fetched its file, but the store that keeps results while the Assembly runs failed.
        status = finished(client, running["assembly_id"])
    finally:
        server.shutdown()
        server.server_close()
    assert (status.get("error"), status.get("step")) == ("TRANSIENT_STORAGE_SERVICE_ERROR", "imported"), status


def test_running_assemblies_that_cannot_be_counted(tmp_path: Path, postgres_url: str) -> None:
    import psycopg

    settings = make_settings(tmp_path / "data", public_base_url="http://testserver", database_url=postgres_url)
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        assert running_assemblies(c) == 0
        with psycopg.connect(postgres_url, autocommit=True) as db:
            db.execute("ALTER TABLE assembly_leases RENAME TO assembly_leases_gone")
        # The running cap is counted in PostgreSQL, shared by every process: it does not answer.
        answer = c.post("/assemblies", data=signed_form(STEPS), files=PHOTO)
        assert (answer.status_code, answer.json()["error"]) == (500, "CANNOT_FETCH_ACTIVE_ASSEMBLIES"), answer.text
        slots = c.get("/queues/job_slots", params=signed_form({}))
        assert (slots.status_code, slots.json()["error"]) == (500, "CANNOT_FETCH_ACTIVE_ASSEMBLIES"), slots.text


# Robots the vendor's codes give no validation code of their own: an invalid Step of theirs
# fails with the vendor's generic robot validation code.
GENERIC_VALIDATION = [
    ({":original": {"robot": "/upload/handle", "result": "yes"}}, "ROBOT_VALIDATION_BASE_ERROR"),
    ({"d": {"robot": "/tlcdn/deliver", "use": ":original", "queue": "now"}}, "ROBOT_VALIDATION_BASE_ERROR"),
    ({"j": {"robot": "/assembly/savejson", "force_accept": 3}}, "ROBOT_VALIDATION_BASE_ERROR"),
    ({"m": {"robot": "/meta/read", "use": ":original", "output_meta": 7}}, "ROBOT_VALIDATION_BASE_ERROR"),
    ({"r": {"robot": "/image/resize", "use": ":original", "result": "yes"}}, "IMAGE_RESIZE_VALIDATION"),  # its own
]


@pytest.mark.parametrize(("steps", "code"), GENERIC_VALIDATION)
def test_robots_without_a_validation_code_of_their_own(client: TestClient, steps: dict[str, Any], code: str) -> None:
    answer = client.post("/assemblies", data=signed_form({"steps": steps}), files=PHOTO)
    assert (answer.status_code, answer.json()["error"]) == (400, code), answer.text


def test_an_assembly_whose_results_outgrow_its_memory(tmp_path: Path) -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        for i in range(40):
            z.writestr(f"note-{i:02}.txt", f"note {i}\n")
    settings = make_settings(tmp_path / "data", public_base_url="http://testserver", assembly_memory_bytes=16_000)
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        small = assembly(c, STEPS)  # one result record fits
        assert finished(c, small["assembly_id"])["ok"] == "ASSEMBLY_COMPLETED"
        steps = {"steps": {"unzipped": {"robot": "/file/decompress", "use": ":original"}}}
        files = {"archive": ("notes.zip", archive.getvalue(), "application/zip")}
        answer = c.post("/assemblies", data=signed_form(steps), files=files)
        assert answer.status_code == 200, answer.text
        # Forty result records pass the Assembly's memory (the vendor's 8 MB, here made small).
        status = finished(c, answer.json()["assembly_id"])
    assert (status.get("error"), status.get("step")) == ("ASSEMBLY_MEMORY_LIMIT_EXCEEDED", "unzipped"), status


def test_an_assembly_whose_job_the_queue_refuses(tmp_path: Path, postgres_url: str, redis_url: str) -> None:
    import redis

    settings = make_settings(
        tmp_path / "data", public_base_url="http://testserver", database_url=postgres_url, queue_url=redis_url
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as c, redis.Redis.from_url(redis_url) as r:
        r.config_set("maxmemory-policy", "noeviction")
        r.config_set("maxmemory", "1")  # Redis out of memory: it refuses every new job
        try:
            answer = c.post("/assemblies", data=signed_form(STEPS), files=PHOTO)
        finally:
            r.config_set("maxmemory", "0")
        # No worker could ever run it: the Assembly fails at once, and its creator is told.
        assert answer.status_code == 200, answer.text
        created = answer.json()
        assert (created.get("error"), created.get("ok")) == ("ASSEMBLY_JOB_ENQUEUE_ERROR", None), created
        status = c.get(f"/assemblies/{created['assembly_id']}").json()
        assert status.get("error") == "ASSEMBLY_JOB_ENQUEUE_ERROR", status
        assert running_assemblies(c) == 0


def test_job_slot_counts_that_cannot_be_read(tmp_path: Path, postgres_url: str) -> None:
    from tests.conftest import free_port
    from tests.services import start_redis

    private = start_redis(free_port())  # a Redis of this test's own, to stop
    try:
        settings = make_settings(
            tmp_path / "data", public_base_url="http://testserver", database_url=postgres_url, queue_url=private.url()
        )
        with TestClient(create_app(settings), raise_server_exceptions=False) as c:
            assert c.get("/queues/job_slots", params=signed_form({})).status_code == 200
            private.stop()
            # A cluster counts job slots in Redis; with Redis gone the counts cannot be read.
            answer = c.get("/queues/job_slots", params=signed_form({}))
            assert (answer.status_code, answer.json()["error"]) == (500, "SLOT_COUNTS_ERROR"), answer.text
    finally:
        private.stop()


def test_a_job_whose_slots_cannot_be_counted(tmp_path: Path, postgres_url: str, redis_url: str) -> None:
    import redis

    from transloadit_emulator.app import build_graph
    from transloadit_emulator.core.clock import SystemClock, UuidIds
    from transloadit_emulator.robots.registry import default_registry

    settings = make_settings(
        tmp_path / "data", public_base_url="http://testserver", database_url=postgres_url, queue_url=redis_url
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as c, redis.Redis.from_url(redis_url) as r:
        queued = assembly(c, STEPS)  # on the queue, for a worker
        worker = build_graph(settings, default_registry(), SystemClock(), UuidIds(), role="worker")
        r.config_set("maxmemory-policy", "noeviction")
        r.config_set("maxmemory", "1")  # Redis out of memory: it refuses the job's slot claim
        try:
            assert worker.assemblies.runner.run_here(queued["assembly_id"])  # what the worker's task runs
        finally:
            r.config_set("maxmemory", "0")
            worker.close()
        # A cluster's worker claims job slots in Redis: refused, the Assembly fails with the vendor's code.
        status = c.get(f"/assemblies/{queued['assembly_id']}").json()
        assert (status.get("error"), status.get("ok")) == ("SLOT_COUNT_ERROR", None), status
