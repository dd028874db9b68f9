"""media/ondemand.py: segment arithmetic and the playlists, without encoding anything."""

from __future__ import annotations

import pytest

from transloadit_emulator.media.ondemand import (
    Variant,
    media_playlist,
    multivariant_playlist,
    segment_count,
    segment_span,
)


def test_segments_cover_the_duration_the_last_shorter() -> None:
    assert segment_count(2.5, 1) == 3
    assert segment_count(3.0, 1) == 3  # an exact multiple adds no empty segment
    assert segment_count(0.2, 6) == 1
    assert segment_span(2.5, 1, 2) == (2.0, 0.5)
    with pytest.raises(IndexError):
        segment_span(2.5, 1, 3)


def test_media_playlist_is_a_vod_list_of_every_segment() -> None:
    text = media_playlist(13.0, 6, lambda i: f"?asset=v_{i:05d}.ts")
    lines = text.splitlines()
    assert lines[:5] == ["#EXTM3U", "#EXT-X-VERSION:3", "#EXT-X-TARGETDURATION:6", "#EXT-X-MEDIA-SEQUENCE:0",
                         "#EXT-X-PLAYLIST-TYPE:VOD"]  # fmt: skip
    assert lines[5:] == ["#EXTINF:6.000,", "?asset=v_00000.ts", "#EXTINF:6.000,", "?asset=v_00001.ts",
                         "#EXTINF:1.000,", "?asset=v_00002.ts", "#EXT-X-ENDLIST"]  # fmt: skip


def test_multivariant_playlist_lowest_bandwidth_first() -> None:
    high = Variant("high", 1280, 720, 2_628_000, (), None)
    low = Variant("low", 426, 240, 478_000, (), None)
    text = multivariant_playlist([high, low], lambda v: f"?asset={v.name}.m3u8")
    assert text.splitlines()[2:] == [
        "#EXT-X-STREAM-INF:BANDWIDTH=478000,RESOLUTION=426x240", "?asset=low.m3u8",
        "#EXT-X-STREAM-INF:BANDWIDTH=2628000,RESOLUTION=1280x720", "?asset=high.m3u8",
    ]  # fmt: skip
