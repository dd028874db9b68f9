"""/video/ondemand through Smart CDN: the multivariant playlist, a variant's playlist and a segment
encoded on request, followed as a player follows them and decoded with PyAV."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import av
from starlette.testclient import TestClient

from tests.e2e.av_media import clip
from tests.e2e.cdn_urls import signed_cdn_path, stored_path
from transloadit_kit import Transloadit

STEPS: dict[str, Any] = {
    ":original": {"robot": "/upload/handle"},
    "vod": {
        "robot": "/video/ondemand",
        "use": ":original",
        "segment_duration": 1,
        "variants": {"low": {"preset": "hls/240p"}, "mid": {"preset": "hls/360p"}, "off": {"preset": "hls/480p"}},
        "enabled_variants": ["low", "mid"],
    },
    "serve": {"robot": "/file/serve", "use": "vod"},
}


def uris(text: str) -> list[str]:
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def test_playlists_and_a_segment_on_request(kit: Transloadit, test_client: TestClient, tmp_path: Path) -> None:
    video = clip(tmp_path / "in.mp4", "red", 2.5, "320x240")
    upload = kit.create_assembly(
        steps={":original": {"robot": "/upload/handle"}}, files=[("in.mp4", video.read_bytes())], wait=True
    ).to_dict()["uploads"][0]
    kit.create_template("vod-ladder", {"steps": STEPS})
    stored = stored_path(upload["url"])
    master = test_client.get(signed_cdn_path("vod-ladder", stored))
    assert master.status_code == 200, master.text
    assert "#EXT-X-STREAM-INF:BANDWIDTH=478000,RESOLUTION=320x240" in master.text  # 240p box never enlarges
    variants = uris(master.text)
    assert [parse_qs(urlsplit(u).query)["asset"] for u in variants] == [["low.m3u8"], ["mid.m3u8"]]
    playlist = test_client.get(variants[0])  # signed by the emulator, as a player gets it
    assert playlist.status_code == 200, playlist.text
    assert "accept-ranges" not in playlist.headers  # a signed playlist is made per request
    assert "#EXT-X-ENDLIST" in playlist.text and playlist.text.count("#EXTINF:") == 3
    assert "#EXTINF:0.500," in playlist.text
    segments = uris(playlist.text)
    assert parse_qs(urlsplit(segments[1]).query)["asset"] == ["low_00001.ts"]
    segment = test_client.get(segments[1])
    assert segment.status_code == 200, segment.text
    assert segment.headers["accept-ranges"] == "bytes"
    with av.open(io.BytesIO(segment.content), format="mpegts") as ts:
        stream = ts.streams.video[0]
        frames = list(ts.decode(stream))
        assert ts.streams.audio, "the segment carries the sound"
    assert 20 <= len(frames) <= 26  # one second at 24 fps
    first_pts = float(frames[0].pts * stream.time_base)
    assert abs(first_pts - 1.0) < 0.2  # stamped at its place in the stream (-output_ts_offset)
    assert (frames[0].width, frames[0].height) == (320, 240)
    missing = test_client.get(segments[1].replace("low_00001.ts", "low_00009.ts"))
    assert missing.status_code == 401  # not signed: the player only gets signed URLs
    url = signed_cdn_path("vod-ladder", stored, url_params={"asset": "low_00009.ts"})
    assert test_client.get(url).json()["error"] == "VIDEO_ONDEMAND_NOT_FOUND"


def test_in_an_assembly_the_playlist_has_relative_uris(kit: Transloadit, tmp_path: Path) -> None:
    video = clip(tmp_path / "in.mp4", "blue", 1.0)
    steps = {"vod": {**STEPS["vod"], "use": ":original", "asset": "mid.m3u8"}}
    done = kit.create_assembly(steps=steps, files=[("in.mp4", video.read_bytes())], wait=True).to_dict()
    assert done["ok"] == "ASSEMBLY_COMPLETED", done.get("message")
    (result,) = done["results"]["vod"]
    assert result["name"] == "mid.m3u8"
