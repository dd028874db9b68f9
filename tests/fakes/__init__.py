"""Small fakes of SaaS APIs that have no local server (Dropbox, ...), started by the tests on loopback.

Each fake answers exactly the calls the emulator's client for that service makes, and checks what
the real API checks on them (the auth header, the paths, the argument encoding, the upload session
flow), answering failures in the real API's shape. What each one checks is listed in its module and
in docs/ARCHITECTURE.md ("Robots checked against our own fakes").
"""

from __future__ import annotations

import http.server
import json
import threading
from typing import Any


class FakeHandler(http.server.BaseHTTPRequestHandler):
    """A request handler with JSON helpers; ``self.server.fake`` is the fake's state."""

    protocol_version = "HTTP/1.1"

    def body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        self.send_bytes(status, json.dumps(payload).encode(), "application/json", headers)

    def send_bytes(self, status: int, body: bytes, mime: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", mime)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


class FakeServer:
    """A threaded HTTP server on 127.0.0.1 (a free port) serving ``handler`` with ``state``."""

    def __init__(self, handler: type[FakeHandler], state: Any) -> None:
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.fake = state  # type: ignore[attr-defined]
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> FakeServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
