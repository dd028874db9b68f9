"""/http/request against an endpoint started here on loopback, and /progress/simulate."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.conftest import KEY, SECRET, jpeg_bytes, make_settings
from tests.e2e.av_media import post
from tests.e2e.results import fetch
from transloadit_emulator.app import create_app
from transloadit_kit import Transloadit

_SEEN: list[dict[str, Any]] = []


class _App(BaseHTTPRequestHandler):
    """``/keep`` passes on the input named in the payload and adds ``/extra.txt``."""

    def _answer(self, status: int, body: bytes, kind: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path == "/extra.txt":
            self._answer(200, b"extra", "text/plain")
        else:
            _SEEN.append({"method": "GET", "path": self.path, "auth": self.headers.get("Authorization")})
            self._answer(200, b"")

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        _SEEN.append({"method": "POST", "path": self.path, "type": self.headers["Content-Type"], "body": body})
        if self.path == "/keep":
            files = json.loads(body)["files"]
            port = self.server.server_address[1]
            answer = {"files": [{"path": files[0]["path"]}, {"url": f"http://127.0.0.1:{port}/extra.txt"}]}
            self._answer(200, json.dumps(answer).encode())
        elif self.path == "/broken":
            self._answer(500, b"no")
        else:
            self._answer(200, b"[]")

    def log_message(self, *args: Any) -> None:
        return None


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _App)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_http_request_payloads_and_answers(kit: Transloadit, test_client: TestClient, endpoint: str) -> None:
    _SEEN.clear()
    steps: dict[str, Any] = {
        "kept": {"use": ":original", "robot": "/http/request", "url": f"{endpoint}/keep", "payload": "metadata"},
        "sent": {"use": ":original", "robot": "/http/request", "url": f"{endpoint}/upload", "payload": "files"},
        "asked": {"use": [], "robot": "/http/request", "url": f"{endpoint}/ping", "method": "GET",
                  "headers": ["Authorization: Bearer t"]},
    }  # fmt: skip
    params, signature = kit.signed(steps=steps, fields={"order": 7})
    response = test_client.post(
        "/assemblies",
        data={"params": params, "signature": signature},
        files=[("a", ("a.jpg", jpeg_bytes((20, 10)))), ("b", ("b.txt", b"bee"))],
    )
    done = kit.wait_for_assembly(response.json()["assembly_id"], timeout=60).to_dict()
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    kept = done["results"]["kept"]
    assert [f["name"] for f in kept] == ["a.jpg", "extra.txt"]
    assert kept[0]["id"] == done["uploads"][0]["id"]  # the input itself, passed on
    assert fetch(test_client, kept[1]) == b"extra"
    by_path = {s["path"]: s for s in _SEEN}
    metadata = json.loads(by_path["/keep"]["body"])
    assert metadata["assembly"]["id"] == done["assembly_id"] and metadata["fields"] == {"order": 7}
    assert [f["path"] for f in metadata["files"]] == [":original/a.jpg", ":original/b.txt"]
    assert metadata["file"]["name"] == "a.jpg"
    upload = by_path["/upload"]
    assert upload["type"].startswith("multipart/form-data") and upload["body"].count(b'name="files[]"') == 2
    assert b'name="payload"' in upload["body"] and b"bee" in upload["body"]
    assert by_path["/ping"] == {"method": "GET", "path": "/ping", "auth": "Bearer t"}
    failed = post(kit, test_client, {"x": {"robot": "/http/request", "url": f"{endpoint}/broken"}}, [])
    assert failed["error"] == "HTTP_REQUEST_FAILURE" and "500" in failed["message"], failed


def test_http_request_follows_the_import_address_rules(tmp_path: Path, endpoint: str) -> None:
    strict = make_settings(tmp_path / "strict", public_base_url="http://testserver", allow_private_imports=False)
    with TestClient(create_app(strict), raise_server_exceptions=False) as client:
        kit = Transloadit(KEY, SECRET, service="http://testserver", httpx_client=client)
        done = post(kit, client, {"x": {"robot": "/http/request", "url": f"{endpoint}/ping"}}, [])
        assert done["error"] == "HTTP_REQUEST_ACCESS_DENIED", done


def test_progress_simulate(kit: Transloadit, test_client: TestClient) -> None:
    steps = {"sim": {"robot": "/progress/simulate", "duration": 0.2, "output_files": 2, "emit_progress": True,
                     "predict_output": False}}  # fmt: skip
    done = post(kit, test_client, steps, [])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    assert [f["name"] for f in done["results"]["sim"]] == ["simulated-1.txt", "simulated-2.txt"]
