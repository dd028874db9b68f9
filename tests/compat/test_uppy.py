"""Uppy 6 with @uppy/transloadit in headless Chromium against the emulator on a real socket.

``uppy/driver.mjs`` bundles ``uppy/page.js`` (esbuild), serves it on its own loopback origin (so
every call to the emulator is cross-origin and CORS is exercised), and has Debian's Chromium, driven
by playwright-core, upload JPEGs through the plugin with ``waitForEncoding``. The page reports the
``transloadit:complete`` Assembly, the Uppy events that fired and what arrived over the
Server-Sent Events stream; the driver adds every request the page made to the emulator. The tests
check those and the resized files the emulator made.

Needs Node (npm) and Debian's ``chromium``; both are installed on demand, and the tests fail where
that is impossible; ``TRANSLOADIT_SKIP_COMPAT=uppy`` skips them on purpose (tests/compat/runtimes.py).
"""

from __future__ import annotations

import base64
import io
import json
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from tests.compat.runtimes import ensure_debian_packages, run_node_json, runtime_missing, skip_if_asked
from tests.conftest import KEY, SECRET, LiveServer, jpeg_bytes
from transloadit_kit import Transloadit

pytestmark = [pytest.mark.compat, pytest.mark.socket]

PROJECT = Path(__file__).with_name("uppy")
STEPS = {
    ":original": {"robot": "/upload/handle"},
    "resize": {"use": ":original", "robot": "/image/resize", "width": 120, "height": 120, "result": True},
}


@pytest.fixture(scope="module")
def chromium() -> str:
    """Debian's Chromium (installed on demand); the tests fail where it cannot be installed."""
    skip_if_asked(PROJECT.name)
    ensure_debian_packages(PROJECT.name, "chromium")
    found = shutil.which("chromium")
    if found is None:
        runtime_missing(PROJECT.name, "the chromium package is installed but no chromium is on PATH")
    return found


def browser_upload(
    server: LiveServer,
    chromium: str,
    photos: dict[str, bytes],
    *,
    sse: bool = True,
    signature: str | None = None,
    fields: dict[str, str] | None = None,
    meta: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Upload ``photos`` (name -> JPEG) through Uppy in Chromium; the page's report.

    Params are signed here (auth.expires in the future), as a site's backend would sign them.
    ``sse=False`` hides EventSource from Uppy so it falls back to polling the status.
    """
    params, signed = Transloadit(KEY, SECRET, service=server.url).signed(steps=STEPS)
    config = {
        "chromium": chromium,
        "service": server.url,
        "params": params,
        "signature": signed if signature is None else signature,
        "fields": fields or {},
        "files": [
            {"name": name, "base64": base64.b64encode(data).decode(), "meta": meta or {}}
            for name, data in photos.items()
        ],
        "sse": sse,
    }
    report = run_node_json(PROJECT, "driver.mjs", config, timeout=120)
    page_errors = [line for line in report["console"] if line.startswith("pageerror:")]
    assert page_errors == [], page_errors
    return report


def assert_resized(result: dict[str, Any], size: tuple[int, int]) -> None:
    assert (result["meta"]["width"], result["meta"]["height"]) == size, result
    download = httpx.get(result["ssl_url"], timeout=10)
    assert download.status_code == 200
    image = Image.open(io.BytesIO(download.content))
    assert (image.format, image.size) == ("JPEG", size)


def test_uppy_uploads_two_files_over_tus_and_follows_the_event_stream(live_server: LiveServer, chromium: str) -> None:
    photos = {"wide.jpg": jpeg_bytes((480, 320)), "tall.jpg": jpeg_bytes((200, 400), color=(30, 90, 200))}
    report = browser_upload(
        live_server, chromium, photos, fields={"origin": "uppy-page"}, meta={"caption": "from the page"}
    )
    assert report["errors"] == [], report["errors"]
    assert (report["successful"], report["failed"]) == (2, 0), report

    assembly = report["assembly"]
    assert assembly is not None, report["events"]
    assert assembly["ok"] == "ASSEMBLY_COMPLETED", assembly
    assert report["resultData"] == ["ASSEMBLY_COMPLETED"]  # upload()'s result carries the final status
    assert assembly["transloadit_client"].startswith("uppy-core:6.")
    assert "uppy-transloadit:6.0.0" in assembly["transloadit_client"]
    assert assembly["client_referer"] == report["page_url"]  # a page on another origin made the calls
    assert assembly["fields"] == {"origin": "uppy-page"}  # Uppy sends fields as plain form fields
    assert json.loads(assembly["params"])["auth"]["key"] == "****"  # echoed masked, as the API does

    # Both files went over tus: num_expected_upload_files=2, one tus upload each, ids matching.
    assert assembly["expected_tus_uploads"] == assembly["finished_tus_uploads"] == 2
    assert sorted(t["filename"] for t in assembly["tus_uploads"]) == sorted(photos)
    uploads = {u["name"]: u for u in assembly["uploads"]}
    assert sorted(uploads) == sorted(photos)
    for name, upload in uploads.items():
        assert upload["is_tus_file"] is True and upload["field"] == "file"
        assert upload["size"] == len(photos[name])
        assert upload["user_meta"]["caption"] == "from the page"  # Uppy file meta rides tus metadata
    files = {f["name"]: f for f in report["files"]}
    for name, upload in uploads.items():
        # tus-js-client's upload URL is what the Assembly reports, so Uppy matched the upload to its file
        assert files[name]["uploadURL"] == upload["tus_upload_url"]
        assert files[name]["assembly"] == assembly["assembly_id"]

    results = {uploads_by_id(assembly)[r["original_id"]]: r for r in assembly["results"]["resize"]}
    assert_resized(results["wide.jpg"], (120, 80))
    assert_resized(results["tall.jpg"], (60, 120))
    # The page can show each result (<img>) and read it cross-origin (fetch): its origin is another port.
    shown = {r["url"]: r for r in report["shownResults"]}
    for name, size in (("wide.jpg", (120, 80)), ("tall.jpg", (60, 120))):
        seen = shown[results[name]["ssl_url"]]
        assert seen["shown"] == {"width": size[0], "height": size[1]}, seen
        assert (seen["fetched"]["status"], seen["fetched"]["size"]) == (200, results[name]["size"]), seen

    # The live path: EventSource opened on websocket_url?assembly=ID and delivered every update.
    stream = report["stream"]
    assert stream["url"] == f"{assembly['websocket_url']}?assembly={assembly['assembly_id']}"
    assert stream["opened"] is True
    received = stream["received"]
    assert received.count("assembly_upload_finished") == 2
    assert received.count("assembly_result_finished") == 2
    for message in ("assembly_uploading_finished", "assembly_upload_meta_data_extracted"):
        assert received.count(message) == 1, received
    assert received[-1] == "assembly_finished"
    assert received.index("assembly_uploading_finished") > max(
        i for i, e in enumerate(received) if e == "assembly_upload_finished"
    )

    # Each Uppy event once per file/result, in order, and every one of them tied to this Assembly.
    events = report["events"]
    assert events.count("transloadit:assembly-created") == 1
    assert events.count("transloadit:upload") == 2 and events.count("transloadit:result") == 2
    assert events.count("transloadit:assembly-executing") == 1
    assert events[-1] == "transloadit:complete" and events.count("transloadit:complete") == 1
    assert sorted(u["id"] for u in report["uploads"]) == sorted(u["id"] for u in assembly["uploads"])
    assert sorted(r["id"] for r in report["results"]) == sorted(r["id"] for r in assembly["results"]["resize"])

    # Requests: create, two tus creations and PATCHes, the stream, and no polling (the stream opened).
    requests = report["requests"]
    status_path = f"/assemblies/{assembly['assembly_id']}"
    assert requests.count("POST /assemblies") == 1
    assert requests.count("POST /resumable/files/") == 2
    assert sum(r.startswith("PATCH /resumable/files/") for r in requests) == 2
    assert requests.count(f"GET /ws?assembly={assembly['assembly_id']}") == 1
    # One refetch on upload_meta_data_extracted, one final one before transloadit:complete.
    assert requests.count(f"GET {status_path}") == 2, requests


def test_uppy_falls_back_to_polling_when_the_event_stream_never_opens(live_server: LiveServer, chromium: str) -> None:
    report = browser_upload(live_server, chromium, {"photo.jpg": jpeg_bytes((300, 200))}, sse=False)
    assert report["errors"] == [], report["errors"]
    assert (report["successful"], report["failed"]) == (1, 0), report
    assert report["stream"]["opened"] is False and report["stream"]["received"] == []
    assembly = report["assembly"]
    assert assembly["ok"] == "ASSEMBLY_COMPLETED", assembly
    (upload,) = assembly["uploads"]
    assert upload["is_tus_file"] is True
    # Status diffing found the upload and the result that SSE would have pushed.
    assert [u["id"] for u in report["uploads"]] == [upload["id"]]
    (result,) = assembly["results"]["resize"]
    assert [r["id"] for r in report["results"]] == [result["id"]]
    assert report["events"] == [
        "transloadit:assembly-created",
        "transloadit:assembly-executing",
        "transloadit:upload",
        "transloadit:result",
        "transloadit:complete",
    ]
    assert report["requests"].count(f"GET /assemblies/{assembly['assembly_id']}") >= 2  # polls + final fetch
    assert_resized(result, (120, 80))


def test_uppy_reports_the_emulators_error_for_a_bad_signature(live_server: LiveServer, chromium: str) -> None:
    """The error answer carries CORS headers too, so the page reads its JSON, not a network error."""
    bad = "sha384:" + "0" * 96
    report = browser_upload(live_server, chromium, {"photo.jpg": jpeg_bytes((64, 64))}, signature=bad)
    assert report["assembly"] is None
    assert "transloadit:assembly-created" not in report["events"]
    assert "upload-error" in report["events"]
    (error, *_) = report["errors"]  # Uppy's AssemblyError, built from the emulator's JSON answer
    assert error["file"] == "photo.jpg"
    assert error["message"] == "Transloadit: Could not create Assembly: INVALID_SIGNATURE", error
    assert error["details"] == "The given signature does not match ours."
    assert error["assembly"]["error"] == "INVALID_SIGNATURE"
    assert all("INVALID_SIGNATURE" in e["message"] for e in report["errors"]), report["errors"]
    assert report["requests"] == ["POST /assemblies"]


def uploads_by_id(assembly: dict[str, Any]) -> dict[str, str]:
    return {u["id"]: u["name"] for u in assembly["uploads"]}
