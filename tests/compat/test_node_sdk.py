"""The official Node SDK (@transloadit/node, unchanged) against the emulator on a real socket.

``node/run_sdk.mjs`` creates an Assembly with a file and a Buffer (both over tus) and waits for it,
downloads a result from its https ``ssl_url`` (the TLS port, trusted through NODE_EXTRA_CA_CERTS),
lists Assemblies, cancels one waiting for an upload, reads the bill and sends the SDK's own
``zerobytes.jpg`` case, with the SDK's response validation switched on; this test checks what it
printed and the files the emulator made. The SDK's CLI (``run_cli``) lists Assemblies between ISO
dates and lists and runs built-in Templates.
"""

from __future__ import annotations

import io
import json
import os
import ssl
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from tests.compat.runtimes import ensure_npm_project, node_executable, run_node_json
from tests.conftest import KEY, SECRET, LiveServer, jpeg_bytes, start_live_server
from transloadit_emulator.media.ffmpeg import ffmpeg_exe
from transloadit_kit import Transloadit

PROJECT = Path(__file__).with_name("node")


def run_sdk(server: LiveServer, photo: Path) -> dict[str, Any]:
    empty = photo.with_name("zerobytes.jpg")
    empty.write_bytes(b"")
    config = {"endpoint": server.url, "key": KEY, "secret": SECRET, "photo": str(photo), "empty": str(empty)}
    return run_node_json(PROJECT, "run_sdk.mjs", config)


@pytest.fixture
def tls_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    """The emulator with its TLS port, and Node told to trust its CA as the start-up message says."""
    server = start_live_server(tmp_path / "tls-data", tls=True)
    assert server.ca_cert is not None
    monkeypatch.setenv("NODE_EXTRA_CA_CERTS", str(server.ca_cert))
    try:
        yield server
    finally:
        server.stop()


def test_node_sdk_create_wait_list_cancel_bill(tls_server: LiveServer, tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_bytes((300, 200)))
    out = run_sdk(tls_server, photo)
    assert tls_server.ca_cert is not None
    trusted = ssl.create_default_context(cafile=str(tls_server.ca_cert))

    created = out["created"]
    assert created["ok"] == "ASSEMBLY_COMPLETED", created
    assert created["transloadit_client"].startswith("node-sdk:")
    assert created["fields"] == {"origin": "node-sdk"}
    assert sorted(u["name"] for u in created["uploads"]) == ["buffer.jpg", "photo.jpg"]
    assert all(u["is_tus_file"] for u in created["uploads"])
    assert created["bytes_expected"] == created["bytes_received"] == 2 * photo.stat().st_size
    results = created["results"]["resize"]
    assert len(results) == 2
    for result in results:
        assert (result["meta"]["width"], result["meta"]["height"]) == (64, 43)
        assert result["ssl_url"].startswith(f"https://127.0.0.1:{tls_server.settings.tls_port}/")
        image = Image.open(io.BytesIO(httpx.get(result["ssl_url"], verify=trusted).content))
        assert image.size == (64, 43)
    assert out["downloaded"]["status"] == 200 and out["downloaded"]["bytes"] == results[0]["size"]
    assert created["assembly_ssl_url"].startswith("https://")  # the SDK canceled over TLS below

    assert out["listed"]["count"] == 1  # listed before the pending one was created
    assert created["assembly_id"] in {item["id"] for item in out["listed"]["items"]}
    assert out["pending"]["ok"] == "ASSEMBLY_UPLOADING"
    assert out["canceled"]["ok"] == "ASSEMBLY_CANCELED"
    assert out["canceled"]["assembly_id"] == out["pending"]["assembly_id"]
    assert out["bill"]["ok"] == "BILL_FOUND" and out["bill"]["bytes_usage"] >= created["bytes_usage"]
    assert out["empty"]["code"] == "INVALID_INPUT_ERROR" and out["empty"]["assemblyId"], out["empty"]


def run_cli(server: LiveServer, *args: str) -> list[dict[str, Any]]:
    """The SDK's own CLI (``transloadit ... --json``) against the emulator: one JSON object a line.

    The CLI reports API errors on stderr (``err ...``) without always failing, so any is a failure.
    """
    node = node_executable("node")
    modules = ensure_npm_project(PROJECT)
    env = {**os.environ, "TRANSLOADIT_KEY": KEY, "TRANSLOADIT_SECRET": SECRET, "TRANSLOADIT_ENDPOINT": server.url}
    cli = modules / "@transloadit" / "node" / "dist" / "cli.js"
    done = subprocess.run(
        [node, str(cli), *args, "--json"], capture_output=True, text=True, timeout=180, check=False, env=env
    )
    assert done.returncode == 0 and "err " not in done.stderr, done.stderr[-4000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def test_node_cli_lists_assemblies_between_iso_dates(live_server: LiveServer) -> None:
    kit = Transloadit(KEY, SECRET, service=live_server.url)
    steps = {"small": {"use": ":original", "robot": "/image/resize", "width": 8}}
    made = kit.create_assembly(steps=steps, files=[("a.jpg", jpeg_bytes((16, 16)))], wait=True)
    # The CLI's own live test: `assemblies list --after <toISOString()> --before <the same>`.
    now = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    assert run_cli(live_server, "assemblies", "list", "--after", now, "--before", now) == []
    start = datetime.strptime(str(made.start_date), "%Y/%m/%d %H:%M:%S GMT").replace(tzinfo=UTC)
    after = (start - timedelta(seconds=5)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    [item] = run_cli(live_server, "assemblies", "list", "--after", after)
    assert item["id"] == made.assembly_id
    assert datetime.strptime(item["created"], "%Y-%m-%dT%H:%M:%S.%fZ")


def test_node_cli_lists_and_runs_builtin_templates(live_server: LiveServer, tmp_path: Path) -> None:
    listed = run_cli(live_server, "templates", "list", "--include-builtin", "exclusively-latest", "--include-content")
    assert sorted(t["id"] for t in listed) == ["builtin/encode-hls-video@0.0.1", "builtin/serve-preview@0.0.1"]
    hls = next(t for t in listed if "encode-hls-video" in t["name"])
    assert hls["content"]["steps"][":original"]["robot"] == "/upload/handle"  # fetched by getTemplate(id)

    # The CLI's own e2e test: a multi-output built-in Template downloads every result into a directory.
    clip = tmp_path / "in.mp4"
    subprocess.run(
        [ffmpeg_exe(), "-y", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=10:duration=1"]
        + ["-c:v", "libx264", "-pix_fmt", "yuv420p", str(clip)],
        check=True,
        timeout=120,
    )
    out = tmp_path / "out"
    out.mkdir()
    template = "builtin/encode-hls-video@0.0.1"
    run_cli(live_server, "assemblies", "create", "--template", template, "--input", str(clip), "--output", str(out))
    written = [p.name for p in out.rglob("*") if p.is_file()]
    assert any(n.endswith(".m3u8") for n in written) and any(n.endswith(".ts") for n in written), written
