"""The official Node SDK (@transloadit/node, unchanged) against the emulator on a real socket.

``node/run_sdk.mjs`` creates an Assembly with a file and a Buffer (both over tus) and waits for it,
lists Assemblies, cancels one waiting for an upload and reads the bill, with the SDK's own response
validation switched on; this test checks what it printed and the files the emulator made.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import httpx
from PIL import Image

from tests.compat.runtimes import run_node_json
from tests.conftest import KEY, SECRET, LiveServer, jpeg_bytes

PROJECT = Path(__file__).with_name("node")


def run_sdk(server: LiveServer, photo: Path) -> dict[str, Any]:
    config = {"endpoint": server.url, "key": KEY, "secret": SECRET, "photo": str(photo)}
    return run_node_json(PROJECT, "run_sdk.mjs", config)


def test_node_sdk_create_wait_list_cancel_bill(live_server: LiveServer, tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_bytes((300, 200)))
    out = run_sdk(live_server, photo)

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
        image = Image.open(io.BytesIO(httpx.get(result["ssl_url"]).content))
        assert image.size == (64, 43)

    assert out["listed"]["count"] == 1  # listed before the pending one was created
    assert created["assembly_id"] in {item["id"] for item in out["listed"]["items"]}
    assert out["pending"]["ok"] == "ASSEMBLY_UPLOADING"
    assert out["canceled"]["ok"] == "ASSEMBLY_CANCELED"
    assert out["canceled"]["assembly_id"] == out["pending"]["assembly_id"]
    assert out["bill"]["ok"] == "BILL_FOUND" and out["bill"]["bytes_usage"] >= created["bytes_usage"]
