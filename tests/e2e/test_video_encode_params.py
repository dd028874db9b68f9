"""/video/encode's watermark, crop, rotate, segment, hint and turbo params on a clip made here."""

from __future__ import annotations

import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from starlette.testclient import TestClient

from tests.e2e.av_media import clip, frames, png, post
from tests.e2e.results import fetch, near
from transloadit_kit import Transloadit

RED, BLUE, GREEN = (255, 0, 0), (0, 0, 255), (0, 255, 0)


@pytest.fixture(scope="module")
def blue(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A 2 s 160x120 blue clip with sound, a keyframe every 0.5 s."""
    return Path(clip(tmp_path_factory.mktemp("enc") / "blue.mp4", "blue", 2)).read_bytes()


@pytest.fixture(scope="module")
def mark_url() -> Iterator[str]:
    """A loopback server with /mark.png: an opaque red 40x20 PNG."""
    mark = png(RED, (40, 20))

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(mark)))
            self.end_headers()
            self.wfile.write(mark)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/mark.png"
    finally:
        server.shutdown()
        server.server_close()


def colour(frame: np.ndarray, y: int, x: int) -> tuple[int, ...]:
    return tuple(int(c) for c in frame[y, x])


def test_watermark_position_size_offsets_opacity_and_time(
    kit: Transloadit, test_client: TestClient, blue: bytes, mark_url: str
) -> None:
    base = {"use": ":original", "robot": "/video/encode", "watermark_url": mark_url}
    steps = {
        "corner": {**base, "watermark_position": "bottom-right", "watermark_x_offset": 4, "watermark_y_offset": 6},
        "sized": {**base, "watermark_position": "top-left", "watermark_size": "50%"},
        "faint": {**base, "watermark_opacity": 0.5},
        "later": {**base, "watermark_start_time": 1, "watermark_duration": 0.5},
    }
    done = post(kit, test_client, steps, [("file", "blue.mp4", blue)])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    got = {name: frames(test_client, done["results"][name][0]) for name in steps}
    corner = got["corner"][5]
    # A 40x20 mark 4 px from the right and 6 px from the bottom of 160x120.
    assert near(colour(corner, 120 - 6 - 10, 160 - 4 - 20), RED, 40)
    assert near(colour(corner, 119, 159), BLUE, 40) and near(colour(corner, 60, 80), BLUE, 40)
    sized = got["sized"][5]  # fit: the mark's long side is half the picture's width, 80x40
    assert near(colour(sized, 35, 75), RED, 40) and near(colour(sized, 45, 85), BLUE, 40)
    faint = colour(got["faint"][5], 60, 80)  # red at half over blue
    assert 90 < faint[0] < 170 and 90 < faint[2] < 170
    later = got["later"]
    assert len(later) == 48 and done["results"]["later"][0]["meta"]["duration"] == pytest.approx(2.0, abs=0.1)
    assert near(colour(later[12], 60, 80), BLUE, 40)  # 0.5 s: not yet
    assert near(colour(later[30], 60, 80), RED, 40)  # 1.25 s: shown
    assert near(colour(later[44], 60, 80), BLUE, 40)  # 1.83 s: gone again


def test_crop_rotate_turbo_and_hint(kit: Transloadit, test_client: TestClient, blue: bytes) -> None:
    base = {"use": ":original", "robot": "/video/encode"}
    steps = {
        "cropped": {**base, "crop": {"x1": 10, "y1": "25%", "x2": 90, "y2": 90}},
        "cropped_text": {**base, "crop": "0,0,64,32"},
        "turned": {**base, "rotate": 90},
        "plain": base,
        "turbo": {**base, "turbo": True, "chunk_duration": 1},
        "hinted": {**base, "hint": True},
        "unzoomed": {**base, "width": 320, "height": 320, "zoom": False, "resize_strategy": "fit"},
        "zoomed": {**base, "width": 320, "height": 320, "resize_strategy": "fit"},
    }
    done = post(kit, test_client, steps, [("file", "blue.mp4", blue)])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    meta = {name: done["results"][name][0]["meta"] for name in steps}
    assert (meta["cropped"]["width"], meta["cropped"]["height"]) == (80, 60)
    assert (meta["cropped_text"]["width"], meta["cropped_text"]["height"]) == (64, 32)
    assert (meta["turned"]["width"], meta["turned"]["height"]) == (120, 160)
    assert (meta["unzoomed"]["width"], meta["unzoomed"]["height"]) == (160, 120)  # never enlarged
    assert (meta["zoomed"]["width"], meta["zoomed"]["height"]) == (320, 240)
    # turbo and chunk_duration change how the work is split, never the result.
    assert fetch(test_client, done["results"]["turbo"][0]) == fetch(test_client, done["results"]["plain"][0])
    with av.open(io.BytesIO(fetch(test_client, done["results"]["hinted"][0]))) as container:
        assert len(container.streams.data) == 2  # an RTP hint track for the picture and one for the sound


def test_segments_named_and_timed(kit: Transloadit, test_client: TestClient, blue: bytes) -> None:
    base = {"use": ":original", "robot": "/video/encode", "segment": True, "segment_duration": 1}
    steps = {
        "prefixed": {**base, "segment_prefix": "part_"},
        "named": {**base, "segment_name": "${segment_prefix}-seg-${segment_number}", "segment_prefix": "x"},
    }
    done = post(kit, test_client, steps, [("file", "blue.mp4", blue)])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    prefixed, named = done["results"]["prefixed"], done["results"]["named"]
    assert [r["name"] for r in prefixed] == ["blue.m3u8", "part_0.ts", "part_1.ts"]
    assert [r["name"] for r in named] == ["blue.m3u8", "x-seg-0.ts", "x-seg-1.ts"]
    playlist = fetch(test_client, prefixed[0]).decode()
    assert "#EXTINF:1.0" in playlist and "part_1.ts" in playlist
    assert [r["meta"].get("segment_index") for r in prefixed[1:]] == [0, 1]
    assert prefixed[1]["meta"]["duration"] == pytest.approx(1.0, abs=0.1)


def test_unknown_watermark_position_is_refused(kit: Transloadit, test_client: TestClient) -> None:
    steps = {"e": {"use": ":original", "robot": "/video/encode", "watermark_position": "middle"}}
    params, signature = kit.signed(steps=steps)
    response = test_client.post("/assemblies", data={"params": params, "signature": signature})
    assert response.status_code == 400
    assert response.json()["error"] == "VIDEO_ENCODE_INVALID_WATERMARK_POSITION"
    steps = {"e": {"use": ":original", "robot": "/video/encode", "crop": "1,2,three,4"}}
    params, signature = kit.signed(steps=steps)
    response = test_client.post("/assemblies", data={"params": params, "signature": signature})
    assert response.status_code == 400 and response.json()["error"] == "VIDEO_ENCODE_VALIDATION"
