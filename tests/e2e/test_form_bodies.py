"""Request bodies that end early or are malformed: refused as INVALID_FORM_DATA (REQUEST_PREMATURE_CLOSED
when the client went away mid-body), nothing of them kept.

In-process (ASGI, including a client that disconnects mid-part) and on a real loopback socket
(Content-Length bodies, chunked bodies, connections closed mid-part).
"""

from __future__ import annotations

import json
import socket
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.conftest import KEY, SECRET, LiveServer, make_settings, start_live_server
from transloadit_emulator.app import create_app
from transloadit_kit import sign

FUTURE = "2099/01/01 00:00:00+00:00"
B = "XXbound"
PARAMS = json.dumps({"auth": {"key": KEY, "expires": FUTURE}, "steps": {":original": {"robot": "/upload/handle"}}})
LIST_PARAMS = json.dumps({"auth": {"key": KEY, "expires": FUTURE}})


def field_part(name: str, value: str) -> bytes:
    return f'--{B}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()


def signed_head() -> bytes:
    """Complete params and signature parts, as the issue's reproduction sends them."""
    return field_part("params", PARAMS) + field_part("signature", sign(PARAMS, SECRET))


FILE_HEAD = f'--{B}\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\n'.encode()
COMPLETE = signed_head() + FILE_HEAD + b"\r\nhello\r\n" + f"--{B}--\r\n".encode()

#: Every place a multipart body can stop before its closing delimiter.
TRUNCATIONS = {
    "in file data": signed_head() + FILE_HEAD + b"\r\nhello",
    "after file data CRLF": signed_head() + FILE_HEAD + b"\r\nhello\r\n",
    "inside the closing delimiter": signed_head() + FILE_HEAD + b"\r\nhello\r\n--XXbo",
    "after the boundary, before --": signed_head() + FILE_HEAD + b"\r\nhello\r\n--XXbound",
    "inside part headers": signed_head() + FILE_HEAD[:40],
    "after part headers": signed_head() + FILE_HEAD,
    "after the last field part": signed_head(),
    "inside a field part": signed_head()[:30],
    "only the first boundary": f"--{B}\r\n".encode(),
}
MULTIPART = {"content-type": f"multipart/form-data; boundary={B}"}


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = make_settings(tmp_path / "data", public_base_url="http://testserver")
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


def assert_nothing_kept(data_dir: Path, list_assemblies: Any) -> None:
    files = data_dir / "files"
    assert not files.exists() or not any(files.iterdir()), list(files.rglob("*"))
    listing = list_assemblies({"params": LIST_PARAMS, "signature": sign(LIST_PARAMS, SECRET)})
    assert listing["count"] == 0, listing


def test_complete_body_is_accepted(client: TestClient) -> None:
    r = client.post("/assemblies", content=COMPLETE, headers=MULTIPART)
    assert r.status_code == 200, r.text
    assert [u["name"] for u in r.json()["uploads"]] == ["a.txt"]


@pytest.mark.parametrize("body", list(TRUNCATIONS.values()), ids=list(TRUNCATIONS))
def test_truncated_multipart_is_refused_and_nothing_kept(
    client: TestClient, tmp_path: Path, body: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    r = client.post("/assemblies", content=body, headers=MULTIPART)
    assert (r.status_code, r.json()["error"]) == (400, "INVALID_FORM_DATA"), r.text
    assert_nothing_kept(tmp_path / "data", lambda q: client.get("/assemblies", params=q).json())
    assert not any(spool.iterdir())


def test_truncated_large_file_part_leaves_no_spooled_file(
    client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file part past the 1 MiB spool goes to a temporary file: it is removed, not left behind."""
    spool = tmp_path / "spool"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    body = signed_head() + FILE_HEAD + b"\r\n" + b"x" * (3 * 1024 * 1024)
    r = client.post("/assemblies", content=body, headers=MULTIPART)
    assert r.json()["error"] == "INVALID_FORM_DATA"
    assert not any(spool.iterdir())


@pytest.mark.parametrize("path", ["/assemblies/" + "a" * 32 + "/replay", "/templates", "/token"])
def test_truncated_multipart_refused_on_every_form_endpoint(client: TestClient, path: str) -> None:
    r = client.post(path, content=signed_head(), headers=MULTIPART)
    assert (r.status_code, r.json()["error"]) == (400, "INVALID_FORM_DATA"), r.text


def test_an_empty_body_is_an_empty_form(client: TestClient) -> None:
    """No part began, so none was cut: read as a form without fields, as before."""
    r = client.post("/assemblies", content=b"", headers=MULTIPART)
    assert (r.status_code, r.json()["error"]) == (400, "NO_PARAMS_FIELD"), r.text


def test_epilogue_after_the_closing_delimiter_is_fine(client: TestClient) -> None:
    r = client.post("/assemblies", content=COMPLETE + b"\r\nepilogue", headers=MULTIPART)
    assert r.status_code == 200, r.text


def asgi_disconnect_mid_part(app: Any, body: bytes, content_type: str) -> list[dict[str, Any]]:
    """Drive the ASGI app directly: half the body, then the client goes away."""
    import anyio

    messages = [
        {"type": "http.request", "body": body[: len(body) // 2], "more_body": True},
        {"type": "http.disconnect"},
    ]
    sent: list[dict[str, Any]] = []
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/assemblies",
        "raw_path": b"/assemblies",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())],
        "client": ("127.0.0.1", 5000),
        "server": ("testserver", 80),
    }

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    anyio.run(app, scope, receive, send)
    return sent


@pytest.mark.parametrize("kind", ["multipart", "urlencoded"])
def test_client_disconnect_mid_body_in_process(client: TestClient, tmp_path: Path, kind: str) -> None:
    if kind == "multipart":
        body, ctype = COMPLETE, MULTIPART["content-type"]
    else:
        from urllib.parse import urlencode

        body = urlencode({"params": PARAMS, "signature": sign(PARAMS, SECRET)}).encode()
        ctype = "application/x-www-form-urlencoded"
    sent = asgi_disconnect_mid_part(client.app, body, ctype)
    start = next(m for m in sent if m["type"] == "http.response.start")
    assert start["status"] == 400
    # The client went away before its body ended: the vendor's code for a request closed early.
    assert b"REQUEST_PREMATURE_CLOSED" in b"".join(m.get("body", b"") for m in sent)
    assert_nothing_kept(tmp_path / "data", lambda q: client.get("/assemblies", params=q).json())


# --- on a real socket ---------------------------------------------------------------------------


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    server = start_live_server(tmp_path / "live")
    try:
        yield server
    finally:
        server.stop()


def raw_request(server: LiveServer, head: bytes, body: bytes, *, hang_up: bool = False) -> bytes:
    """Send ``head`` + ``body`` on a fresh connection and read the answer, or hang up at once.

    A half-close (shutdown for writing) is a hang-up too: uvicorn ends the connection on EOF.
    """
    with socket.create_connection(("127.0.0.1", server.settings.port), timeout=30) as sock:
        sock.sendall(head + body)
        if hang_up:
            sock.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
        return b"".join(chunks)


def request_head(headers: dict[str, str]) -> bytes:
    lines = [
        "POST /assemblies HTTP/1.1",
        "Host: 127.0.0.1",
        "Connection: close",
        *[f"{k}: {v}" for k, v in headers.items()],
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def wait_connections_done(server: LiveServer) -> None:
    """Wait (bounded) until uvicorn has finished every connection, so what they did is visible."""
    deadline = time.monotonic() + 20
    while server.server.server_state.connections and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not server.server.server_state.connections


def live_listing(server: LiveServer) -> Any:
    import httpx

    return lambda q: httpx.get(f"{server.url}/assemblies", params=q).json()


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


@pytest.mark.socket
@pytest.mark.parametrize("name", ["in file data", "after file data CRLF", "inside part headers"])
def test_socket_truncated_multipart_with_exact_length(live: LiveServer, tmp_path: Path, name: str) -> None:
    body = TRUNCATIONS[name]
    answer = raw_request(live, request_head({**MULTIPART, "Content-Length": str(len(body))}), body)
    assert status_of(answer) == 400 and b"INVALID_FORM_DATA" in answer, answer
    wait_connections_done(live)
    assert_nothing_kept(tmp_path / "live", live_listing(live))


@pytest.mark.socket
def test_socket_chunked_body_without_closing_delimiter(live: LiveServer, tmp_path: Path) -> None:
    body = TRUNCATIONS["in file data"]
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in (body[:100], body[100:])) + b"0\r\n\r\n"
    answer = raw_request(live, request_head({**MULTIPART, "Transfer-Encoding": "chunked"}), chunked)
    assert status_of(answer) == 400 and b"INVALID_FORM_DATA" in answer, answer
    wait_connections_done(live)
    assert_nothing_kept(tmp_path / "live", live_listing(live))


@pytest.mark.socket
def test_socket_complete_chunked_body_is_accepted(live: LiveServer) -> None:
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in (COMPLETE[:100], COMPLETE[100:])) + b"0\r\n\r\n"
    answer = raw_request(live, request_head({**MULTIPART, "Transfer-Encoding": "chunked"}), chunked)
    assert status_of(answer) == 200, answer


@pytest.mark.socket
@pytest.mark.parametrize(
    ("framing", "body"),
    [
        ("content-length", COMPLETE[: len(COMPLETE) - 30]),  # declared length never arrives
        ("chunked", b"%x\r\n%s\r\n" % (len(COMPLETE) - 30, COMPLETE[:-30])),  # no last chunk
        ("chunked", b"%x\r\n%s" % (len(COMPLETE), COMPLETE[:-30])),  # a chunk cut short
    ],
    ids=["content-length", "chunked-no-last-chunk", "chunked-cut-chunk"],
)
def test_socket_client_hangs_up_mid_part(live: LiveServer, tmp_path: Path, framing: str, body: bytes) -> None:
    headers = {**MULTIPART}
    if framing == "chunked":
        headers["Transfer-Encoding"] = "chunked"
    else:
        headers["Content-Length"] = str(len(COMPLETE))
    answer = raw_request(live, request_head(headers), body, hang_up=True)
    assert answer == b"" or status_of(answer) == 400, answer
    wait_connections_done(live)
    assert_nothing_kept(tmp_path / "live", live_listing(live))


@pytest.mark.socket
def test_socket_malformed_chunk_size(live: LiveServer, tmp_path: Path) -> None:
    answer = raw_request(live, request_head({**MULTIPART, "Transfer-Encoding": "chunked"}), b"zz\r\nabc\r\n0\r\n\r\n")
    assert status_of(answer) == 400, answer
    wait_connections_done(live)
    assert_nothing_kept(tmp_path / "live", live_listing(live))


def test_a_form_read_twice_by_one_endpoint_is_parsed_once(client: TestClient) -> None:
    """Notification replay reads params/signature, then ``wait``, from the same multipart body."""
    body = signed_head() + field_part("wait", "false") + f"--{B}--\r\n".encode()
    r = client.post(f"/assembly_notifications/{'a' * 32}/replay", content=body, headers=MULTIPART)
    assert (r.status_code, r.json()["error"]) == (404, "ASSEMBLY_NOT_FOUND"), r.text


@pytest.mark.socket
def test_socket_urlencoded_body_cut_short_keeps_nothing(live: LiveServer, tmp_path: Path) -> None:
    """A urlencoded body has no delimiter: only its declared length tells it is cut."""
    from urllib.parse import urlencode

    body = urlencode({"params": PARAMS, "signature": sign(PARAMS, SECRET)}).encode()
    head = request_head({"Content-Type": "application/x-www-form-urlencoded", "Content-Length": str(len(body))})
    answer = raw_request(live, head, body[: len(body) // 2], hang_up=True)
    assert answer == b"" or status_of(answer) == 400, answer
    wait_connections_done(live)
    assert_nothing_kept(tmp_path / "live", live_listing(live))
