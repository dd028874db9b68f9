"""Where Notifications may go: loopback always, link-local and cloud metadata never, private
addresses only with allow_private_imports; checked on every connection, redirects included."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import KEY, SECRET, LiveServer, start_live_server
from tests.e2e.test_notifications import FAST_RETRIES
from transloadit_emulator.outbound.http_fetch import notify_address_allowed
from transloadit_kit import Transloadit

STEPS = {"h": {"robot": "/file/hash", "use": ":original"}}


@pytest.mark.parametrize(
    ("address", "private_allowed", "public_only"),
    [
        ("127.0.0.1", True, True),  # loopback: local receivers are the point
        ("127.8.9.10", True, True),
        ("::1", True, True),
        ("::ffff:127.0.0.1", True, True),
        ("169.254.169.254", False, False),  # cloud metadata (AWS, Azure, GCP, Oracle)
        ("::ffff:169.254.169.254", False, False),
        ("169.254.1.1", False, False),  # link-local
        ("fe80::1", False, False),
        ("fe80::1%eth0", False, False),
        ("fd00:ec2::254", False, False),  # AWS metadata over IPv6, though unique-local
        ("100.100.100.200", False, False),  # Alibaba metadata, though shared (CGNAT)
        ("10.0.0.5", True, False),  # private ranges follow allow_private_imports
        ("172.16.3.4", True, False),
        ("192.168.1.10", True, False),
        ("100.64.0.1", True, False),
        ("fd12:3456::1", True, False),
        ("192.0.2.2", True, False),
        ("0.0.0.0", False, False),  # unspecified, multicast: never a receiver
        ("224.0.0.1", False, False),
        ("8.8.8.8", True, True),  # public
        ("2606:4700::1111", True, True),
        ("not an address", False, False),
    ],
)
def test_notify_address_rule(address: str, private_allowed: bool, public_only: bool) -> None:
    assert notify_address_allowed(address, allow_private=True) is private_allowed
    assert notify_address_allowed(address, allow_private=False) is public_only


class _Receiver:
    """A receiver on ``host`` that answers 200, or redirects when ``redirect_to`` is set."""

    def __init__(self, host: str, redirect_to: str | None = None) -> None:
        self.hits = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the http.server API
                self.rfile.read(int(self.headers["Content-Length"]))
                owner.hits += 1
                if redirect_to:
                    self.send_response(307)
                    self.send_header("Location", redirect_to)
                else:
                    self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        server_class = type("Server", (ThreadingHTTPServer,), {"address_family": family})
        self.server = server_class((host, 0), Handler)
        shown = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown}:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _server(tmp_path: Path, allow_private: bool) -> LiveServer:
    return start_live_server(
        tmp_path / f"data-{allow_private}", notify_retry_delays=FAST_RETRIES, allow_private_imports=allow_private
    )


@pytest.fixture(params=[False, True], ids=["private-off", "private-on"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LiveServer]:
    live = _server(tmp_path, request.param)
    yield live
    live.stop()


def notify(server: LiveServer, url: str) -> dict[str, Any]:
    tl = Transloadit(KEY, SECRET, service=server.url)
    status = tl.create_assembly(steps=STEPS, files=[("a.txt", b"hi")], notify_url=url, wait=True).to_dict()
    assert status["ok"] == "ASSEMBLY_COMPLETED", status
    deadline = time.monotonic() + 20
    while (done := tl.get_assembly(status["assembly_id"]).to_dict()).get("notify_status") not in (
        "failed",
        "successful",
    ) and time.monotonic() < deadline:
        time.sleep(0.05)
    done["_items"] = tl.list_notifications(status["assembly_id"]).to_dict()["items"]
    return done


def assert_refused(done: dict[str, Any]) -> None:
    assert done["notify_status"] == "failed", done
    assert "Notifications may not reach" in done["notify_error"], done["notify_error"]
    assert done["_items"][0]["attempts"] == 1  # a refused address is not retried


@pytest.mark.parametrize(
    "url",
    ["http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/latest/meta-data/", "http://[fe80::1]/x"],
)
def test_metadata_and_link_local_are_always_refused(server: LiveServer, url: str) -> None:
    assert_refused(notify(server, url))


def test_loopback_receiver_is_always_served(server: LiveServer) -> None:
    receiver = _Receiver("127.0.0.1")
    try:
        done = notify(server, receiver.url)
        assert done["notify_status"] == "successful" and receiver.hits == 1, done
    finally:
        receiver.close()


def test_redirect_to_metadata_is_refused_at_connection(server: LiveServer) -> None:
    receiver = _Receiver("127.0.0.1", redirect_to="http://169.254.169.254/latest/meta-data/")
    try:
        done = notify(server, receiver.url)
        assert receiver.hits == 1
        assert_refused(done)
    finally:
        receiver.close()


def _own_private_address() -> str | None:
    """A non-loopback private address of this machine (the one its default route uses), if any."""
    for family, probe in ((socket.AF_INET, ("10.255.255.255", 1)), (socket.AF_INET6, ("fd00::ffff", 1))):
        with socket.socket(family, socket.SOCK_DGRAM) as s:
            try:
                s.connect(probe)
            except OSError:
                continue
            address = str(s.getsockname()[0])
        ip = ipaddress.ip_address(address)
        if not ip.is_loopback and not ip.is_link_local and notify_address_allowed(address, allow_private=True):
            if not notify_address_allowed(address, allow_private=False):
                return address
    return None


@pytest.mark.socket
def test_private_receiver_follows_allow_private_imports(tmp_path: Path) -> None:
    address = _own_private_address()
    if address is None:
        pytest.skip("this machine has no private (non-loopback) address to receive on")
    receiver = _Receiver(address)
    try:
        for allow in (False, True):
            live = _server(tmp_path, allow)
            try:
                done = notify(live, receiver.url)
            finally:
                live.stop()
            if allow:
                assert done["notify_status"] == "successful", done
            else:
                assert_refused(done)
        assert receiver.hits == 1
    finally:
        receiver.close()
