"""Concurrent and restarted work: the running-Assemblies cap under simultaneous creations, tus
progress after a restart, and Assemblies with many Steps (issue 17, #1, #6, #7)."""

from __future__ import annotations

import base64
import threading
from pathlib import Path

import httpx
import orjson

from tests.conftest import KEY, SECRET, LiveServer, jpeg_bytes, start_live_server
from transloadit_kit import Transloadit

RESIZE_STEPS = {
    ":original": {"robot": "/upload/handle"},
    "small": {"use": ":original", "robot": "/image/resize", "width": 64},
    "hashed": {"use": ":original", "robot": "/file/hash"},
}


def create_together(server: LiveServer, count: int, **form: str) -> list[httpx.Response]:
    """``count`` signed creations with a JPEG each, released at the same instant from threads."""
    tl = Transloadit(KEY, SECRET, service=server.url)
    photo = jpeg_bytes((1600, 1200))
    start = threading.Barrier(count)
    answers: list[httpx.Response] = []
    lock = threading.Lock()

    def create() -> None:
        params, signature = tl.signed(steps=RESIZE_STEPS)
        data = {"params": params, "signature": signature, **form}
        start.wait()
        answer = httpx.post(f"{server.url}/assemblies", data=data, files={"f": ("a.jpg", photo)}, timeout=60)
        with lock:
            answers.append(answer)

    threads = [threading.Thread(target=create) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(90)
    return answers


def test_the_running_cap_admits_exactly_its_size_under_simultaneous_creations(tmp_path: Path) -> None:
    # Each Assembly waits for one more (tus) upload, so it stays running: exactly the cap is admitted.
    server = start_live_server(tmp_path / "data", max_concurrent_assemblies=5)
    try:
        answers = create_together(server, 20, tus_num_expected_upload_files="1")
        codes = sorted(a.status_code for a in answers)
        assert codes == [200] * 5 + [429] * 15, [a.json() for a in answers]
        refused = [a.json() for a in answers if a.status_code == 429]
        assert {r["error"] for r in refused} == {"RATE_LIMIT_REACHED"}
        # A refusal reserves nothing: after canceling one, one more is admitted.
        admitted = [a.json()["assembly_id"] for a in answers if a.status_code == 200]
        tl = Transloadit(KEY, SECRET, service=server.url, max_retries=0)
        assert tl.cancel_assembly(admitted[0]).ok == "ASSEMBLY_CANCELED"
        again = create_together(server, 3, tus_num_expected_upload_files="1")
        assert sorted(a.status_code for a in again) == [200, 429, 429]
    finally:
        server.stop()


def test_a_refused_duplicate_id_does_not_count_as_running(tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "data", max_concurrent_assemblies=1)
    try:
        tl = Transloadit(KEY, SECRET, service=server.url, max_retries=0)
        params, signature = tl.signed(steps=RESIZE_STEPS)
        chosen = "ab" * 16
        form = {"params": params, "signature": signature}
        first = httpx.post(f"{server.url}/assemblies/{chosen}", data=form, files={"f": ("a.txt", b"x")})
        assert first.status_code == 200
        tl.wait_for_assembly(chosen, timeout=30)
        again = httpx.post(f"{server.url}/assemblies/{chosen}", data=form, files={"f": ("a.txt", b"x")})
        assert again.json()["error"] == "DO_NOT_REUSE_ASSEMBLY_IDS"
        assert tl.create_assembly(steps=RESIZE_STEPS, files=[("b.txt", b"y")], wait=True).ok == "ASSEMBLY_COMPLETED"
    finally:
        server.stop()


def _metadata(**values: str) -> str:
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in values.items())


def test_a_tus_upload_resumed_after_a_restart_counts_in_its_progress(tmp_path: Path) -> None:
    size, first_part = 3 * 1024 * 1024, 1024 * 1024
    body = bytes(range(256)) * (size // 256)
    data_dir = tmp_path / "data"
    server = start_live_server(data_dir)
    port = server.settings.port
    try:
        tl = Transloadit(KEY, SECRET, service=server.url)
        params, signature = tl.signed(steps={"hashed": {"use": ":original", "robot": "/file/hash"}})
        form = {"params": params, "signature": signature, "tus_num_expected_upload_files": "1"}
        created = httpx.post(f"{server.url}/assemblies", data=form).json()
        meta = _metadata(assembly_url=created["assembly_ssl_url"], filename="big.bin", fieldname="file")
        head = {"Tus-Resumable": "1.0.0"}
        made = httpx.post(
            f"{server.url}/resumable/files/", headers={**head, "Upload-Length": str(size), "Upload-Metadata": meta}
        )
        location = made.headers["location"]
        patch = {**head, "Content-Type": "application/offset+octet-stream"}
        sent = httpx.patch(location, headers={**patch, "Upload-Offset": "0"}, content=body[:first_part])
        assert sent.status_code == 204
        halfway = tl.get_assembly(created["assembly_id"]).to_dict()
        assert (halfway["bytes_received"], halfway["bytes_expected"]) == (first_part, size)
    finally:
        server.stop()

    server = start_live_server(data_dir, port=port)
    try:
        tl = Transloadit(KEY, SECRET, service=server.url)
        rest = httpx.patch(location, headers={**patch, "Upload-Offset": str(first_part)}, content=body[first_part:])
        assert rest.status_code == 204
        done = tl.wait_for_assembly(created["assembly_id"], timeout=30).to_dict()
        assert done["ok"] == "ASSEMBLY_COMPLETED", done
        assert (done["bytes_received"], done["bytes_expected"]) == (size, size)
        (entry,) = done["tus_uploads"]
        assert entry["finished"] is True and entry["offset"] == size
        assert done["uploads"][0]["size"] == size
    finally:
        server.stop()


def test_progress_before_a_restart_is_kept_for_an_upload_that_is_only_read_after_it(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    server = start_live_server(data_dir)
    port = server.settings.port
    try:
        tl = Transloadit(KEY, SECRET, service=server.url)
        params, signature = tl.signed(steps={"hashed": {"use": ":original", "robot": "/file/hash"}})
        form = {"params": params, "signature": signature, "tus_num_expected_upload_files": "2"}
        created = httpx.post(f"{server.url}/assemblies", data=form).json()
        meta = _metadata(assembly_url=created["assembly_ssl_url"], filename="a.bin")
        head = {"Tus-Resumable": "1.0.0"}
        made = httpx.post(
            f"{server.url}/resumable/files/", headers={**head, "Upload-Length": "10", "Upload-Metadata": meta}
        )
        patch = {**head, "Content-Type": "application/offset+octet-stream", "Upload-Offset": "0"}
        assert httpx.patch(made.headers["location"], headers=patch, content=b"01234").status_code == 204
    finally:
        server.stop()
    server = start_live_server(data_dir, port=port)
    try:
        status = orjson.loads(httpx.get(created["assembly_ssl_url"]).content)
        assert (status["bytes_received"], status["bytes_expected"], status["started_tus_uploads"]) == (5, 10, 1)
    finally:
        server.stop()


def test_an_uploading_assembly_canceled_after_a_restart_takes_no_more_files(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    server = start_live_server(data_dir)
    port = server.settings.port
    try:
        tl = Transloadit(KEY, SECRET, service=server.url)
        params, signature = tl.signed(steps={"hashed": {"use": ":original", "robot": "/file/hash"}})
        form = {"params": params, "signature": signature, "tus_num_expected_upload_files": "1"}
        created = httpx.post(f"{server.url}/assemblies", data=form).json()
        meta = _metadata(assembly_url=created["assembly_ssl_url"], filename="a.bin")
        head = {"Tus-Resumable": "1.0.0"}
        made = httpx.post(
            f"{server.url}/resumable/files/", headers={**head, "Upload-Length": "4", "Upload-Metadata": meta}
        )
    finally:
        server.stop()
    server = start_live_server(data_dir, port=port)
    try:
        tl = Transloadit(KEY, SECRET, service=server.url)
        assert tl.cancel_assembly(created["assembly_id"]).ok == "ASSEMBLY_CANCELED"
        patch = {**head, "Content-Type": "application/offset+octet-stream", "Upload-Offset": "0"}
        assert httpx.patch(made.headers["location"], headers=patch, content=b"abcd").status_code == 204
        after = tl.get_assembly(created["assembly_id"]).to_dict()
        assert after["ok"] == "ASSEMBLY_CANCELED" and after["uploads"] == [] and after["results"] == {}
    finally:
        server.stop()


def test_assemblies_waiting_for_uploads_count_as_running_after_a_restart(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    server = start_live_server(data_dir, max_concurrent_assemblies=1)
    port = server.settings.port
    try:
        assert [a.status_code for a in create_together(server, 1, tus_num_expected_upload_files="1")] == [200]
    finally:
        server.stop()
    server = start_live_server(data_dir, port=port, max_concurrent_assemblies=1)
    try:
        refused = create_together(server, 1, tus_num_expected_upload_files="1")
        assert [(a.status_code, a.json()["error"]) for a in refused] == [(429, "RATE_LIMIT_REACHED")]
    finally:
        server.stop()
