"""Smart CDN URLs signed by the official Node SDK (``getSignedSmartCDNUrl``, unchanged) fetched from
the emulator on a real socket: one Template imports its input over http (``${fields.input}``), one
takes a stored file as ``:original``. The kit's signer gives the same bytes as the SDK's."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from PIL import Image

from tests.compat.runtimes import run_node_json
from tests.conftest import KEY, SECRET, LiveServer, jpeg_bytes, start_live_server
from transloadit_kit import Transloadit, smart_cdn_url

PROJECT = Path(__file__).with_name("node")
SERVE = {"robot": "/file/serve", "use": "resized", "cache_duration": 120}
IMPORTED = {
    "imported": {"robot": "/http/import", "url": "${fields.input}"},
    "resized": {"robot": "/image/resize", "use": "imported", "width": 40, "height": 40},
    "served": SERVE,
}
STORED = {
    ":original": {"robot": "/upload/handle"},
    "resized": {"robot": "/image/resize", "use": ":original", "width": "${fields.w}", "height": 40},
    "served": SERVE,
}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    live = start_live_server(tmp_path / "cdn-data")
    try:
        yield live
    finally:
        live.stop()


def test_node_sdk_signed_urls_are_served(server: LiveServer) -> None:
    with Transloadit(KEY, SECRET, service=server.url) as kit:
        kit.create_template("imported-thumb", {"steps": IMPORTED})
        kit.create_template("stored-thumb", {"steps": STORED})
        upload = kit.create_assembly(
            steps={":original": {"robot": "/upload/handle"}}, files=[("photo.jpg", jpeg_bytes((200, 100)))], wait=True
        ).to_dict()["uploads"][0]
    stored = "/".join(urlsplit(upload["url"]).path.split("/")[-3:])
    base = f"{server.url}/_smartcdn/{{workspace}}"
    expires = int(time.time() * 1000) + 600_000
    wanted = [
        {"workspace": "acme", "template": "imported-thumb", "input": upload["url"], "expiresAt": expires},
        {
            "workspace": "acme",
            "template": "stored-thumb",
            "input": stored,
            "urlParams": {"w": 20},
            "expiresAt": expires,
        },
    ]
    urls = run_node_json(
        PROJECT, "smart_cdn.mjs", {"key": KEY, "secret": SECRET, "urls": [{**w, "baseUrl": base} for w in wanted]}
    )["urls"]
    for spec, url in zip(wanted, urls, strict=True):
        assert url == smart_cdn_url(
            auth_key=KEY,
            auth_secret=SECRET,
            workspace=spec["workspace"],
            template=spec["template"],
            input=spec["input"],
            url_params=spec.get("urlParams"),
            expires_at_ms=expires,
            base_url=base,
        )
    imported, from_storage = (httpx.get(url, timeout=60) for url in urls)
    assert imported.status_code == 200, imported.text
    assert imported.headers["cache-control"] == "public, max-age=120, s-maxage=120"
    assert Image.open(io.BytesIO(imported.content)).size == (40, 20)
    assert from_storage.status_code == 200, from_storage.text
    assert Image.open(io.BytesIO(from_storage.content)).size == (20, 10)
    assert httpx.get(urls[1].replace("w=20", "w=30"), timeout=60).json()["error"] == "INVALID_SIGNATURE"
