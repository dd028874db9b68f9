"""Slow and oversized clients on a real socket: cut off by the header timeout, the body idle
timeout and the header caps, while a normal client is served all along."""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from tests.conftest import KEY, SECRET, LiveServer, start_live_server
from transloadit_emulator.cli import build_parser, settings_from_args
from transloadit_emulator.settings import settings_from_env
from transloadit_kit import Transloadit, sign

pytestmark = pytest.mark.socket

#: Short limits, so the test waits little; each client below stays within or beyond them by far.
LIMITS = {"header_timeout": 1.0, "body_idle_timeout": 1.0, "max_header_count": 20, "max_header_bytes": 4096}


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    server = start_live_server(tmp_path / "live", **LIMITS)
    try:
        yield server
    finally:
        server.stop()


def connect(server: LiveServer) -> socket.socket:
    return socket.create_connection(("127.0.0.1", server.settings.port), timeout=15)


def read_until_closed(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (the socket timeout bounds it)."""
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def normal_client_is_served(server: LiveServer) -> None:
    assert httpx.get(f"{server.url}/_emulator/health", timeout=10).status_code == 200


def test_silent_client_is_disconnected(live: LiveServer) -> None:
    with connect(live) as sock:
        normal_client_is_served(live)
        assert read_until_closed(sock).startswith(b"HTTP/1.1 408")


def test_slow_loris_dribbling_headers_is_disconnected(live: LiveServer) -> None:
    """A header byte every 0.1 s is never idle, but the head as a whole takes too long."""
    with connect(live) as sock:
        sock.sendall(b"GET /_emulator/health HTTP/1.1\r\nHost: x\r\n")
        closed_after = None
        for sent in range(200):  # 20 s of dribbling at most
            try:
                sock.sendall(b"X-Slow-%d: y\r\n" % sent)
            except OSError:  # the server closed the connection
                closed_after = sent
                break
            normal_client_is_served(live)
            sock.settimeout(0.1)
            try:
                answer = sock.recv(65536)
            except TimeoutError:
                continue
            finally:
                sock.settimeout(15)
            assert answer.startswith(b"HTTP/1.1 408") or answer == b"", answer
            closed_after = sent
            break
        assert closed_after is not None, "the slow client was never disconnected"


def test_body_that_stops_arriving_is_cut_and_nothing_kept(live: LiveServer, tmp_path: Path) -> None:
    raw = json.dumps(
        {"auth": {"key": KEY, "expires": "2099/01/01 00:00:00+00:00"}, "steps": {"h": {"robot": "/file/hash"}}}
    )
    body = (
        b'--B\r\nContent-Disposition: form-data; name="params"\r\n\r\n' + raw.encode() + b"\r\n"
        b'--B\r\nContent-Disposition: form-data; name="signature"\r\n\r\n' + sign(raw, SECRET).encode() + b"\r\n"
        b'--B\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\n\r\nhel'
    )
    head = (
        "POST /assemblies HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=B\r\n"
        f"Content-Length: {len(body) + 1000}\r\n\r\n"
    ).encode()
    with connect(live) as sock:
        sock.sendall(head + body)
        normal_client_is_served(live)
        assert b"200 OK" not in read_until_closed(sock)
    files = tmp_path / "live" / "files"
    assert not files.exists() or not any(files.iterdir())


def test_slow_but_steady_body_is_served(live: LiveServer) -> None:
    """Chunks 0.3 s apart: longer in all than the idle timeout, never idle that long."""
    raw = json.dumps(
        {"auth": {"key": KEY, "expires": "2099/01/01 00:00:00+00:00"}, "steps": {"h": {"robot": "/file/hash"}}}
    )
    body = f"params={raw}&signature={sign(raw, SECRET)}".replace("+", "%2B").encode()
    head = (
        "POST /assemblies HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
        f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    with connect(live) as sock:
        sock.sendall(head)
        pieces = [body[i : i + len(body) // 6 + 1] for i in range(0, len(body), len(body) // 6 + 1)]
        for piece in pieces:
            time.sleep(0.3)
            sock.sendall(piece)
        answer = read_until_closed(sock)
    assert answer.startswith(b"HTTP/1.1 200"), answer[:300]


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({f"X-H{i}": "v" for i in range(21)}, 431),  # one field too many
        ({"X-Big": "v" * 5000}, 431),  # too many bytes
        ({f"X-H{i}": "v" for i in range(15)}, 200),  # within both caps
    ],
    ids=["count", "bytes", "within"],
)
def test_header_caps(live: LiveServer, headers: dict[str, str], status: int) -> None:
    lines = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    with connect(live) as sock:
        sock.sendall(f"GET /_emulator/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n{lines}\r\n".encode())
        answer = read_until_closed(sock)
    assert answer.startswith(f"HTTP/1.1 {status}".encode()), answer[:200]
    normal_client_is_served(live)


def test_long_signed_query_within_the_cap_is_served(live: LiveServer) -> None:
    raw = json.dumps({"auth": {"key": KEY, "expires": "2099/01/01 00:00:00+00:00"}, "keywords": ["k" * 3000]})
    r = httpx.get(f"{live.url}/assemblies", params={"params": raw, "signature": sign(raw, SECRET)}, timeout=10)
    assert r.status_code == 200, r.text


def test_limits_from_flags_and_environment() -> None:
    env = {
        "TRANSLOADIT_EMULATOR_HEADER_TIMEOUT": "7.5",
        "TRANSLOADIT_EMULATOR_BODY_IDLE_TIMEOUT": "9",
        "TRANSLOADIT_EMULATOR_MAX_HEADER_COUNT": "50",
        "TRANSLOADIT_EMULATOR_MAX_HEADER_BYTES": "2048",
    }
    from_env = settings_from_env(env)
    assert (from_env.header_timeout, from_env.body_idle_timeout) == (7.5, 9.0)
    assert (from_env.max_header_count, from_env.max_header_bytes) == (50, 2048)
    defaults = settings_from_env({})
    assert (defaults.header_timeout, defaults.body_idle_timeout, defaults.max_header_count) == (30.0, 60.0, 100)
    args = build_parser().parse_args(["serve", "--header-timeout", "3", "--max-header-bytes", "1000"])
    from_flags = settings_from_args(args)
    assert (from_flags.header_timeout, from_flags.max_header_bytes) == (3.0, 1000)


def test_a_response_is_one_write(live: LiveServer) -> None:
    """Head and body of a response leave in one write (one segment on loopback), and a kept-alive
    connection gets each of its responses whole."""
    with connect(live) as sock:
        for _ in range(3):
            sock.sendall(b"GET /_emulator/health HTTP/1.1\r\nHost: x\r\n\r\n")
            first = sock.recv(65536)
            head, _, body = first.partition(b"\r\n\r\n")
            assert head.startswith(b"HTTP/1.1 200")
            lines = head.lower().split(b"\r\n")
            (length,) = [int(line.split(b":")[1]) for line in lines if line.startswith(b"content-length:")]
            assert length > 0 and len(body) == length


def test_a_large_download_to_a_slow_reader_arrives_whole_and_in_order(live: LiveServer) -> None:
    """Writes the kernel cannot take at once (a reader that lags) are queued in order behind the
    part it took; the next response on the kept-alive connection follows the whole body."""
    data = os.urandom(6 * 1024 * 1024)
    tl = Transloadit(KEY, SECRET, service=live.url)
    done = tl.create_assembly(steps={":original": {"robot": "/upload/handle"}}, files=[("big.bin", data)], wait=True)
    path = urlsplit(str(done.to_dict()["uploads"][0]["url"])).path
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16384)
        sock.settimeout(15)
        sock.connect(("127.0.0.1", live.settings.port))
        request = f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
        sock.sendall(request + b"GET /_emulator/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        received = bytearray()
        while chunk := sock.recv(65536):
            received += chunk
            if len(received) < 256 * 1024:
                time.sleep(0.01)  # lag at first, while the server has most of the body to write
    head, _, rest = bytes(received).partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200") and rest[: len(data)] == data
    assert rest[len(data) :].startswith(b"HTTP/1.1 200")
