"""The live status stream (SSE at update_stream_url) and CORS, on a real socket."""

from __future__ import annotations

import io
import socket
import threading
import time
from typing import Any
from urllib.parse import urlsplit

import httpx
import orjson
import pytest
from transloadit_client.api.assemblies import stream_assembly_events

from tests.conftest import KEY, SECRET, LiveServer, jpeg_bytes
from tests.kits import KIT_KINDS, socket_kit
from transloadit_kit import Transloadit

STEPS = {
    ":original": {"robot": "/upload/handle"},
    "small": {"use": ":original", "robot": "/image/resize", "width": 40},
}


def read_events(url: str, out: list[tuple[str, Any]], connected: threading.Event) -> None:
    """Collect ``(event name, data)`` pairs from an SSE stream until the server closes it."""
    name, data = "message", ""
    with httpx.stream("GET", url, timeout=30) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            if line.startswith(":"):
                connected.set()
            elif line.startswith("event: "):
                name = line[len("event: ") :]
            elif line.startswith("data: "):
                data = line[len("data: ") :]
            elif line == "" and data:
                out.append((name, orjson.loads(data) if name != "message" else data))
                name, data = "message", ""


@pytest.mark.parametrize("kit_kind", KIT_KINDS)
def test_stream_follows_a_tus_upload_to_the_end(live_server: LiveServer, kit_kind: str) -> None:
    with socket_kit(kit_kind, KEY, SECRET, live_server.url) as tl:
        # An Assembly waiting for one upload: create it through the form field the SDKs send.
        params, signature = tl.signed(steps=STEPS)
        created = httpx.post(
            f"{live_server.url}/assemblies",
            data={"params": params, "signature": signature, "tus_num_expected_upload_files": "1"},
        ).json()
        assert created["ok"] == "ASSEMBLY_UPLOADING"
        assert created["update_stream_url"] == f"{live_server.url}/ws?assembly={created['assembly_id']}"

        events: list[tuple[str, Any]] = []
        connected = threading.Event()
        reader = threading.Thread(target=read_events, args=(created["update_stream_url"], events, connected))
        reader.start()
        assert connected.wait(10)
        tl.upload_file(created["assembly_ssl_url"], ("dot.jpg", io.BytesIO(jpeg_bytes((80, 60)))))
        reader.join(30)
        assert not reader.is_alive()

        names = [name if name != "message" else data for name, data in events]
        assert names[0] == "assembly_upload_finished"
        assert names.index("assembly_uploading_finished") < names.index("assembly_upload_meta_data_extracted")
        assert names.index("assembly_upload_meta_data_extracted") < names.index("assembly_result_finished")
        assert names[-1] == "assembly_finished"
        upload = events[0][1]
        assert upload["name"] == "dot.jpg" and upload["meta"]["width"] == 80
        step, result = next(data for name, data in events if name == "assembly_result_finished")
        assert step == "small" and result["meta"]["width"] == 40
        assert tl.get_assembly(created["assembly_id"]).ok == "ASSEMBLY_COMPLETED"


def test_late_listener_gets_the_whole_story_and_unknown_ids_404(live_server: LiveServer) -> None:
    tl = Transloadit(KEY, SECRET, service=live_server.url)
    done = tl.create_assembly(steps=STEPS, files=[("a.jpg", jpeg_bytes((50, 50)))], wait=True, timeout=30)
    assert done.ok == "ASSEMBLY_COMPLETED"
    events: list[tuple[str, Any]] = []
    read_events(str(done.update_stream_url), events, threading.Event())
    names = [name if name != "message" else data for name, data in events]
    assert names == [
        "assembly_upload_finished",
        "assembly_uploading_finished",
        "assembly_upload_meta_data_extracted",
        "assembly_result_finished",
        "assembly_finished",
    ]
    missing = stream_assembly_events.sync_detailed(client=tl.client, assembly="0" * 32)
    assert missing.status_code == 404 and orjson.loads(missing.content)["error"] == "ASSEMBLY_NOT_FOUND"


def chunks_of(url: str, path: str) -> list[bytes]:
    """The chunks (chunked transfer encoding) of a GET's response body, as the server wrote them."""
    address = urlsplit(url)
    with socket.create_connection((address.hostname or "", address.port or 80), timeout=30) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        raw = b""
        while data := sock.recv(65536):
            raw += data
    head, _, body = raw.partition(b"\r\n\r\n")
    assert b"transfer-encoding: chunked" in head.lower()
    chunks = []
    while body:
        size_line, _, body = body.partition(b"\r\n")
        size = int(size_line, 16)
        chunks.append(body[:size])
        body = body[size + 2 :]
    return chunks


def test_the_events_of_one_change_are_one_write(live_server: LiveServer) -> None:
    """A late listener's catch-up (the whole story) goes out with the opening comment as one
    chunk, then the stream ends."""
    tl = Transloadit(KEY, SECRET, service=live_server.url)
    done = tl.create_assembly(steps=STEPS, files=[("a.jpg", jpeg_bytes((50, 50)))], wait=True, timeout=30)
    chunks = chunks_of(live_server.url, f"/ws?assembly={done.assembly_id}")
    assert len(chunks) == 2 and chunks[1] == b""  # the events, then the closing empty chunk
    assert chunks[0].startswith(b": connected\n\n") and chunks[0].endswith(b"data: assembly_finished\n\n")
    assert chunks[0].count(b"data: ") == 5


def test_a_listener_that_goes_away_is_let_go(live_server: LiveServer) -> None:
    """An Assembly waiting for uploads may wait for ever: a listener that closes its connection
    stops following it at once, not at the Assembly's next event."""
    tl = Transloadit(KEY, SECRET, service=live_server.url)
    params, signature = tl.signed(steps=STEPS)
    form = {"params": params, "signature": signature, "tus_num_expected_upload_files": "1"}
    created = httpx.post(f"{live_server.url}/assemblies", data=form).json()
    hub = live_server.server.config.app.state.assemblies.board.events
    with httpx.stream("GET", created["update_stream_url"], timeout=30) as response:
        lines = response.iter_lines()  # kept: a dropped iterator closes the connection
        assert next(lines) == ": connected"
        assert hub.has_listeners(created["assembly_id"])
    deadline = time.monotonic() + 10
    while hub.has_listeners(created["assembly_id"]) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not hub.has_listeners(created["assembly_id"])


@pytest.mark.parametrize("kit_kind", KIT_KINDS)
def test_failed_assembly_ends_the_stream_with_assembly_error(live_server: LiveServer, kit_kind: str) -> None:
    with socket_kit(kit_kind, KEY, SECRET, live_server.url) as tl:
        done = tl.create_assembly(
            steps={"r": {"use": ":original", "robot": "/image/resize", "width": 10}},
            files=[("not-an-image.jpg", b"plain text, not a JPEG")],
            wait=True,
            timeout=30,
        )
        assert done.error
        events: list[tuple[str, Any]] = []
        read_events(str(done.update_stream_url), events, threading.Event())
        name, data = events[-1]
        assert name == "assembly_error" and data["error"] == done.error


@pytest.mark.parametrize("kit_kind", KIT_KINDS)
def test_wait_for_assembly_follows_the_stream(live_server: LiveServer, kit_kind: str) -> None:
    with socket_kit(kit_kind, KEY, SECRET, live_server.url) as tl:
        status = tl.create_assembly(steps=STEPS, files=[("b.jpg", jpeg_bytes((64, 64)))])
        polls: list[str] = []
        # A long poll interval: if waiting relied on polling, this would take a minute.
        done = tl.wait_for_assembly(status, timeout=20, poll_interval=60, on_poll=lambda s: polls.append(str(s.ok)))
        assert done.ok == "ASSEMBLY_COMPLETED" and polls == []


@pytest.mark.parametrize("kit_kind", KIT_KINDS)
def test_wait_falls_back_to_polling_without_a_stream(live_server: LiveServer, kit_kind: str) -> None:
    with socket_kit(kit_kind, KEY, SECRET, live_server.url) as tl:
        status = tl.create_assembly(steps=STEPS, files=[("c.jpg", jpeg_bytes((64, 64)))])
        status.update_stream_url = f"{live_server.url}/no-such-stream"
        done = tl.wait_for_assembly(status, timeout=20, poll_interval=0.05)
        assert done.ok == "ASSEMBLY_COMPLETED"


def test_cors_preflight_and_exposed_tus_headers(live_server: LiveServer) -> None:
    origin = "http://127.0.0.1:9"
    preflight = httpx.options(
        f"{live_server.url}/resumable/files/",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "tus-resumable,upload-length,upload-metadata",
        },
    )
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["access-control-allow-methods"]
    assert "upload-metadata" in preflight.headers["access-control-allow-headers"].lower()
    created = httpx.post(
        f"{live_server.url}/resumable/files/",
        headers={"Origin": origin, "Tus-Resumable": "1.0.0", "Upload-Length": "1"},
    )
    assert created.status_code == 201
    assert created.headers["access-control-allow-origin"] == "*"
    exposed = created.headers["access-control-expose-headers"].lower()
    assert "location" in exposed and "upload-offset" in exposed
    # Plain OPTIONS (no preflight headers) is still tus discovery.
    assert httpx.options(f"{live_server.url}/resumable/files/").headers["tus-version"] == "1.0.0"
    # Without an Origin (an SDK, not a page) there is nothing to allow: no CORS headers at all.
    plain = httpx.post(f"{live_server.url}/resumable/files/", headers={"Tus-Resumable": "1.0.0", "Upload-Length": "1"})
    assert plain.status_code == 201 and not any(h.startswith("access-control-") for h in plain.headers)
