"""The dashboard in headless Chromium against the emulator on a real socket.

``dashboard/driver.mjs`` has Debian's Chromium (driven by playwright-core, pinned in
``dashboard/package.json``) open ``/`` as a browser does, land on ``/dashboard``, sign in with the key
and secret, and walk every page: an Assembly waiting for its tus upload moves from uploading to
completed in the live list, its result image renders, a Notification is replayed, a Template's Steps
are validated as they are typed, gauges and masked credentials show, the control plane loads. Each
page is written as a screenshot under ``reports/dashboard/``. No page may log a console message of
type error or warning, nor request anything from another origin.

Needs Node (npm) and Debian's ``chromium``, installed on demand as for the Uppy test;
``TRANSLOADIT_SKIP_COMPAT=dashboard`` skips it on purpose (tests/compat/runtimes.py).
"""

from __future__ import annotations

import base64
import io
import json
import math
import shutil
import struct
import threading
import wave
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from PIL import Image

from tests.compat.runtimes import ensure_debian_packages, run_node_json, runtime_missing, skip_if_asked
from tests.conftest import KEY, SECRET, LiveServer, jpeg_bytes, start_live_server
from transloadit_emulator.spec import load_spec
from transloadit_kit import Transloadit

pytestmark = pytest.mark.socket

PROJECT = Path(__file__).with_name("dashboard")
SHOTS = Path(__file__).resolve().parents[2] / "reports" / "dashboard"
STEPS = {
    ":original": {"robot": "/upload/handle"},
    "resize": {"use": ":original", "robot": "/image/resize", "width": 160, "height": 120, "result": True},
}
MEDIA_STEPS = {
    ":original": {"robot": "/upload/handle", "result": True},
    "waveform": {"use": ":original", "robot": "/audio/waveform", "format": "json", "result": True},
    "preview": {"use": ":original", "robot": "/file/preview", "result": True},
}
CREDENTIAL_SECRET = "wJalrXUtnFEMI-very-secret"


def wav_bytes() -> bytes:
    """One second of a tone, 8 kHz mono."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(i / 8))) for i in range(8000)))
    return buf.getvalue()


def pdf_bytes() -> bytes:
    """A one-page PDF (Pillow writes it)."""
    buf = io.BytesIO()
    Image.new("RGB", (300, 400), (40, 90, 160)).save(buf, "PDF")
    return buf.getvalue()


@pytest.fixture(scope="module")
def chromium() -> str:
    """Debian's Chromium (installed on demand); the test fails where it cannot be installed."""
    skip_if_asked(PROJECT.name)
    ensure_debian_packages(PROJECT.name, "chromium")
    found = shutil.which("chromium")
    if found is None:
        runtime_missing(PROJECT.name, "the chromium package is installed but no chromium is on PATH")
    return found


@pytest.fixture
def receiver() -> Iterator[str]:
    """A notify_url on loopback that answers 200."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server API
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    server.shutdown()
    server.server_close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    live = start_live_server(tmp_path / "data")
    yield live
    live.stop()


def waiting_assembly(tl: Transloadit, server: LiveServer) -> dict[str, str]:
    """An Assembly that waits for one tus upload (the driver sends it once the page shows it)."""
    params, signature = tl.signed(steps=STEPS)
    form = {"params": params, "signature": signature, "tus_num_expected_upload_files": "1"}
    answer = httpx.post(f"{server.url}/assemblies", data=form, timeout=10).json()
    assert answer["ok"] == "ASSEMBLY_UPLOADING", answer
    return {key: answer[key] for key in ("assembly_id", "assembly_ssl_url", "tus_url")}


def test_every_page_in_chromium(server: LiveServer, chromium: str, receiver: str) -> None:
    tl = Transloadit(KEY, SECRET, service=server.url)
    photo = ("notified.jpg", jpeg_bytes((90, 60)))
    notified = tl.create_assembly(steps=STEPS, files=[photo], notify_url=receiver, wait=True)
    assert notified.ok == "ASSEMBLY_COMPLETED"
    media_files = [("tone.wav", wav_bytes()), ("doc.pdf", pdf_bytes())]
    media = tl.create_assembly(steps=MEDIA_STEPS, files=media_files, wait=True)
    assert media.ok == "ASSEMBLY_COMPLETED"
    tl.create_template("thumbnails", {"steps": STEPS})
    tl.create_credential("my-bucket", "s3", {"key": "AKIAEXAMPLE", "secret": CREDENTIAL_SECRET, "bucket": "b"})
    upload = waiting_assembly(tl, server)
    SHOTS.mkdir(parents=True, exist_ok=True)
    config = {
        "chromium": chromium,
        "service": server.url,
        "key": KEY,
        "secret": SECRET,
        "shots": str(SHOTS),
        "media_assembly_id": media.assembly_id,
        "upload": {**upload, "name": "live.jpg", "base64": base64.b64encode(jpeg_bytes((320, 240))).decode()},
    }
    report = run_node_json(PROJECT, "driver.mjs", config, timeout=240)

    # No page logged an error or a warning, and nothing was asked of another machine.
    assert [line for line in report["console"] if line.split(":")[0] in ("error", "warning", "pageerror")] == []
    assert [r for r in report["requests"] if r.startswith("OUTSIDE")] == []
    assert report["landed"] == f"{server.url}/dashboard"

    # The waiting Assembly went from uploading to completed on screen, followed over the event stream.
    assert report["seen"] == ["ASSEMBLY_UPLOADING", "ASSEMBLY_COMPLETED"]
    assert "GET /ws" in report["requests"]
    status = tl.get_assembly(upload["assembly_id"]).to_dict()
    assert status["ok"] == "ASSEMBLY_COMPLETED"
    (result,) = status["results"]["resize"]
    assert report["result_image"]["src"] == result["url"]
    assert (report["result_image"]["naturalWidth"], report["result_image"]["naturalHeight"]) == (160, 120)
    assert "Step resize" in report["timeline"] and "Upload live.jpg" in report["timeline"]

    # The other results as what they are: a player that read the WAV, the JSON parsed, the PDF's preview.
    assert report["audio_duration"] == pytest.approx(1.0, abs=0.05)
    assert json.loads(report["json_result"])["width"] == 256  # the waveform's peaks, pretty-printed
    (pdf_preview,) = [r for r in media.to_dict()["results"]["preview"] if r["name"] == "doc.png"]
    assert report["pdf_preview"]["src"] == pdf_preview["url"] and report["pdf_preview"]["naturalWidth"] > 0

    # Replay sent the Notification again; the list grew by the replayed delivery; the payload is the status.
    assert report["replay"] == "ASSEMBLY_NOTIFICATION_REPLAYED"
    assert report["notifications_after"] == report["notifications_before"] + 1
    assert json.loads(report["payload"])["assembly_id"] == notified.assembly_id

    # Template Steps validated against RobotStep as they were typed.
    assert "Valid" in report["template_valid"]
    assert "steps.resize.width" in report["template_invalid"] and "must be integer" in report["template_invalid"]
    assert "squash" in report["template_invalid"] and report["save_disabled"] is True

    # Gauges for job slots and rate limits; secrets masked.
    assert "Account job slots" in report["gauges"] and "Assemblies created / minute" in report["gauges"]
    assert CREDENTIAL_SECRET not in report["account_text"] and SECRET not in report["account_text"]
    assert "AKIAEXAMPLE" not in report["account_text"]
    assert "Reset" in report["panels"] and len(report["panels"]) == 6
    paths = load_spec()["paths"].values()
    operations = {op.get("operationId") for item in paths for op in item.values() if isinstance(op, dict)}
    if "addEmulatorFault" in operations:  # the control plane's switches work from the page
        assert report["fault_listed"] is True and report["clock_frozen"] is True
        assert report["requests_listed"] > 0 and report["outbox_listed"] > 0
    assert sorted(Path(p).name for p in report["shots"]) == [
        "01-signin.png",
        "02-assemblies-uploading.png",
        "03-assemblies-completed.png",
        "04-assembly.png",
        "05-results.png",
        "06-notifications.png",
        "07-templates.png",
        "08-account.png",
        "09-control.png",
    ]
