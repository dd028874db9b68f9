"""Uppy 6 with @uppy/transloadit in headless Chromium against the emulator on a real socket.

``uppy/driver.mjs`` bundles a page (esbuild), serves it on its own loopback origin (so CORS is
exercised), and has Chromium upload a JPEG through the plugin with ``waitForEncoding``; the test
checks the ``transloadit:complete`` Assembly and the resized file the emulator made.
"""

from __future__ import annotations

import base64
import io
import shutil
from pathlib import Path
from typing import Any

import httpx
from PIL import Image

from tests.compat.runtimes import ensure_debian_packages, run_node_json
from tests.conftest import KEY, SECRET, LiveServer, jpeg_bytes
from transloadit_kit import Transloadit

PROJECT = Path(__file__).with_name("uppy")
STEPS = {
    ":original": {"robot": "/upload/handle"},
    "resize": {"use": ":original", "robot": "/image/resize", "width": 120, "height": 120, "result": True},
}


def chromium_path() -> str:
    ensure_debian_packages("chromium")
    found = shutil.which("chromium")
    assert found is not None, "chromium was installed but is not on PATH"
    return found


def upload_in_browser(server: LiveServer, photo: bytes) -> dict[str, Any]:
    browser = chromium_path()
    params, signature = Transloadit(KEY, SECRET, service=server.url).signed(steps=STEPS)
    config = {
        "chromium": browser,
        "service": server.url,
        "params": params,
        "signature": signature,
        "fileBase64": base64.b64encode(photo).decode(),
        "fileName": "browser.jpg",
    }
    return run_node_json(PROJECT, "driver.mjs", config)


def test_uppy_uploads_through_the_plugin_and_completes(live_server: LiveServer) -> None:
    outcome = upload_in_browser(live_server, jpeg_bytes((480, 320)))
    assert (outcome["successful"], outcome["failed"]) == (1, 0), outcome
    assembly = outcome["assembly"]
    assert assembly["ok"] == "ASSEMBLY_COMPLETED", assembly
    assert "uppy-transloadit" in assembly["transloadit_client"]
    (upload,) = assembly["uploads"]
    assert upload["name"] == "browser.jpg" and upload["is_tus_file"] is True
    (result,) = assembly["results"]["resize"]
    assert (result["meta"]["width"], result["meta"]["height"]) == (120, 80)
    image = Image.open(io.BytesIO(httpx.get(result["ssl_url"]).content))
    assert image.size == (120, 80)
    events = outcome["events"]
    for name in ("transloadit:assembly-created", "transloadit:upload", "transloadit:complete"):
        assert name in events, events
    assert "transloadit:assembly-error" not in events and "upload-error" not in events
