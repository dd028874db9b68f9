"""Assembly Notifications: delivery to a real receiver on loopback, retries, replays, listings, restart."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from transloadit_client.api.notifications import replay_assembly_notification_deprecated
from transloadit_client.models import NotificationReplay, ReplayNotificationUrlencodedForm

from tests.conftest import KEY, SECRET, LiveServer, jpeg_bytes, start_live_server
from tests.kits import KIT_KINDS, socket_kit
from transloadit_kit import NotificationSignatureError, Transloadit, TransloaditApiError, verify_notification

STEPS = {"small": {"use": ":original", "robot": "/image/resize", "width": 30}}
FAST_RETRIES = (0.05, 0.05, 0.05, 0.05, 0.05)


@dataclass
class Received:
    path: str
    content_type: str
    body: bytes


@dataclass
class Receiver:
    """A notify_url receiver on loopback that answers with the scripted codes, then 200."""

    url: str = ""
    script: list[int] = field(default_factory=list)
    requests: list[Received] = field(default_factory=list)
    arrived: threading.Condition = field(default_factory=threading.Condition)

    def wait_for(self, count: int, timeout: float = 20) -> list[Received]:
        with self.arrived:
            assert self.arrived.wait_for(lambda: len(self.requests) >= count, timeout), self.requests
            return list(self.requests)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server API
            body = self.rfile.read(int(self.headers["Content-Length"]))
            code = state.script.pop(0) if state.script else 200
            answer = b"thanks" if code == 200 else b"try again"
            self.send_response(code)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)
            with state.arrived:
                state.requests.append(Received(self.path, self.headers["Content-Type"], body))
                state.arrived.notify_all()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/transloadit"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    live = start_live_server(tmp_path / "data", notify_retry_delays=FAST_RETRIES)
    yield live
    live.stop()


@pytest.fixture
def tl(server: LiveServer, kit_kind: str) -> Iterator[Transloadit]:
    """The facade ``kit_kind`` names, on ``server``."""
    with socket_kit(kit_kind, KEY, SECRET, server.url) as kit:
        yield kit


def finished_status(tl: Transloadit, assembly_id: str, key: str, value: object, timeout: float = 20) -> dict:
    """Poll until the status field ``key`` equals ``value`` (notifications finish after the Assembly)."""
    deadline = time.monotonic() + timeout
    while True:
        status = tl.get_assembly(assembly_id).to_dict()
        if status.get(key) == value or time.monotonic() > deadline:
            return status
        time.sleep(0.05)


def run_assembly(tl: Transloadit, notify_url: str | None) -> dict:
    status = tl.create_assembly(
        steps=STEPS, files=[("photo.jpg", io.BytesIO(jpeg_bytes((90, 60))))], notify_url=notify_url, wait=True
    ).to_dict()
    assert status["ok"] == "ASSEMBLY_COMPLETED", status
    return status


@pytest.mark.parametrize("kit_kind", KIT_KINDS)
def test_delivered_signed_urlencoded_and_recorded(tl: Transloadit, receiver: Receiver) -> None:
    status = run_assembly(tl, receiver.url)
    (got,) = receiver.wait_for(1)
    assert got.path == "/hooks/transloadit"
    assert got.content_type == "application/x-www-form-urlencoded"

    delivered = verify_notification(got.body, SECRET, content_type=got.content_type)
    assert delivered["assembly_id"] == status["assembly_id"]
    assert delivered["ok"] == "ASSEMBLY_COMPLETED"
    assert delivered["results"]["small"][0]["meta"]["width"] == 30
    with pytest.raises(NotificationSignatureError):
        verify_notification(got.body, "not-the-secret", content_type=got.content_type)
    tampered = got.body.replace(b"ASSEMBLY_COMPLETED", b"ASSEMBLY_CANCELED")
    with pytest.raises(NotificationSignatureError):
        verify_notification(tampered, SECRET, content_type=got.content_type)

    after = finished_status(tl, status["assembly_id"], "notify_status", "successful")
    assert after["notify_status"] == "successful"
    assert after["notify_response_code"] == 200
    assert after["notify_response_data"] == "thanks"
    assert after["notify_error"] is None
    assert isinstance(after["notify_duration"], float) and after["notify_start"].endswith("GMT")
    assert after["notify_url"] == receiver.url

    listed = tl.list_notifications(status["assembly_id"]).to_dict()
    assert listed["count"] == 1
    (item,) = listed["items"]
    assert (item["status"], item["attempts"], item["response_code"], item["url"]) == (
        "successful",
        1,
        200,
        receiver.url,
    )
    assert item["replay"] is False
    assert tl.list_notifications().to_dict()["count"] == 1


@pytest.mark.parametrize("kit_kind", KIT_KINDS)
def test_retried_until_the_receiver_answers_200(tl: Transloadit, receiver: Receiver) -> None:
    receiver.script[:] = [500, 503]
    status = run_assembly(tl, receiver.url)
    got = receiver.wait_for(3)
    assert len({r.body for r in got}) == 1  # the same signed body every time
    after = finished_status(tl, status["assembly_id"], "notify_status", "successful")
    assert after["notify_response_code"] == 200
    (item,) = tl.list_notifications(status["assembly_id"]).to_dict()["items"]
    assert item["attempts"] == 3


def test_gives_up_after_five_retries(server: LiveServer, receiver: Receiver) -> None:
    tl = Transloadit(KEY, SECRET, service=server.url)
    receiver.script[:] = [500] * 10
    status = run_assembly(tl, receiver.url)
    after = finished_status(tl, status["assembly_id"], "notify_status", "failed")
    assert after["notify_status"] == "failed"
    assert after["notify_response_code"] == 500
    assert "500" in after["notify_error"]
    assert len(receiver.requests) == 6  # the first attempt and five retries
    failed = tl.list_notifications(type="failed").to_dict()
    assert failed["count"] == 1 and failed["items"][0]["attempts"] == 6
    assert tl.list_notifications(type="successful").to_dict()["count"] == 0


def test_unreachable_receiver_is_recorded_as_failed(server: LiveServer) -> None:
    tl = Transloadit(KEY, SECRET, service=server.url)
    status = run_assembly(tl, "http://127.0.0.1:9/nobody-listens")
    after = finished_status(tl, status["assembly_id"], "notify_status", "failed")
    assert after["notify_response_code"] is None and after["notify_error"]


@pytest.mark.parametrize("kit_kind", KIT_KINDS)
def test_replays_to_new_url_waiting_and_not(tl: Transloadit, receiver: Receiver) -> None:
    status = run_assembly(tl, None)
    assembly_id = status["assembly_id"]
    assert receiver.requests == []

    with pytest.raises(TransloaditApiError) as no_url:
        tl.replay_notification(assembly_id)
    assert no_url.value.code == "ASSEMBLY_NO_NOTIFY_URL"

    replayed = tl.replay_notification(assembly_id, notify_url=receiver.url)
    assert replayed.ok == "ASSEMBLY_NOTIFICATION_REPLAYED"
    assert replayed.assembly_id == assembly_id and replayed.notification_id
    (got,) = receiver.requests  # wait=True: delivered before the answer
    assert verify_notification(got.body, SECRET)["assembly_id"] == assembly_id
    assert tl.get_assembly(assembly_id).to_dict()["notify_url"] is None  # a replay keeps the status' URL

    replaying = tl.replay_notification(assembly_id, notify_url=receiver.url, wait=False)
    assert replaying.ok == "ASSEMBLY_NOTIFICATION_REPLAYING"
    receiver.wait_for(2)

    receiver.script[:] = [500] * 6
    with pytest.raises(TransloaditApiError) as failed:
        tl.replay_notification(assembly_id, notify_url=receiver.url)
    assert failed.value.code == "ASSEMBLY_NOTIFICATION_NOT_REPLAYED"
    assert failed.value.http_status == 502

    items = tl.list_notifications(assembly_id).to_dict()["items"]
    assert [i["status"] for i in items] == ["failed", "successful", "successful"]  # newest first
    assert all(i["replay"] for i in items)


def test_deprecated_replay_url_and_errors(server: LiveServer, receiver: Receiver) -> None:
    tl = Transloadit(KEY, SECRET, service=server.url)
    status = run_assembly(tl, receiver.url)
    receiver.wait_for(1)
    params, signature = tl.signed()
    response = replay_assembly_notification_deprecated.sync_detailed(
        status["assembly_id"], client=tl.client, body=ReplayNotificationUrlencodedForm(params, signature)
    )
    assert isinstance(response.parsed, NotificationReplay), response.content
    assert response.parsed.ok == "ASSEMBLY_NOTIFICATION_REPLAYED"
    assert len(receiver.wait_for(2)) == 2

    with pytest.raises(TransloaditApiError) as missing:
        tl.replay_notification("0" * 32, notify_url=receiver.url)
    assert (missing.value.code, missing.value.http_status) == ("ASSEMBLY_NOT_FOUND", 404)
    with pytest.raises(TransloaditApiError) as bad_url:
        tl.replay_notification(status["assembly_id"], notify_url="ftp://example.com/")
    assert bad_url.value.code == "ASSEMBLY_INVALID_NOTIFY_URL"

    params, signature = tl.signed(steps=STEPS)
    uploading = httpx.post(
        f"{server.url}/assemblies",
        data={"params": params, "signature": signature, "tus_num_expected_upload_files": "1"},
    ).json()
    assert uploading["ok"] == "ASSEMBLY_UPLOADING"
    with pytest.raises(TransloaditApiError) as unfinished:
        tl.replay_notification(uploading["assembly_id"], notify_url=receiver.url)
    assert (unfinished.value.code, unfinished.value.http_status) == ("ASSEMBLY_NOT_FINISHED", 409)


def test_multipart_when_configured(tmp_path: Path, receiver: Receiver) -> None:
    live = start_live_server(tmp_path / "data", notify_retry_delays=FAST_RETRIES, notify_encoding="multipart")
    try:
        tl = Transloadit(KEY, SECRET, service=live.url)
        status = run_assembly(tl, receiver.url)
        (got,) = receiver.wait_for(1)
        assert got.content_type.startswith("multipart/form-data; boundary=")
        delivered = verify_notification(got.body, SECRET, content_type=got.content_type)
        assert delivered["assembly_id"] == status["assembly_id"]
    finally:
        live.stop()


def test_delivery_cut_off_by_a_restart_resumes(tmp_path: Path, receiver: Receiver) -> None:
    data = tmp_path / "data"
    receiver.script[:] = [500]
    slow = start_live_server(data, notify_retry_delays=(30.0,))
    tl = Transloadit(KEY, SECRET, service=slow.url)
    status = run_assembly(tl, receiver.url)
    receiver.wait_for(1)  # the first attempt failed; the retry waits 30 s
    slow.stop()

    again = start_live_server(data, notify_retry_delays=FAST_RETRIES)
    try:
        tl = Transloadit(KEY, SECRET, service=again.url)
        got = receiver.wait_for(2)
        assert verify_notification(got[-1].body, SECRET)["assembly_id"] == status["assembly_id"]
        after = finished_status(tl, status["assembly_id"], "notify_status", "successful")
        assert after["notify_response_code"] == 200
    finally:
        again.stop()
