"""/video/split, /video/artwork, /video/merge, /video/subtitle and /video/adaptive on clips made here."""

from __future__ import annotations

import io
from pathlib import Path

import av
import numpy as np
import pytest
from starlette.testclient import TestClient

from tests.e2e.av_media import clip, frames, png, post, tone
from tests.e2e.results import fetch, near
from transloadit_kit import Transloadit

RED, BLUE = (255, 0, 0), (0, 0, 255)
SRT = b"1\n00:00:00,000 --> 00:00:02,000\nHELLO WORLD\n"


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """A 2 s 160x120 blue clip with sound, a 1 s 320x240 silent red clip, a 1.5 s tone."""
    root = tmp_path_factory.mktemp("clips")
    made = {
        "blue.mp4": clip(root / "blue.mp4", "blue", 2),
        "red.mp4": clip(root / "red.mp4", "red", 1, "320x240", sound=False),
        "tone.mp3": tone(root / "tone.mp3", 660, 1.5, "-c:a", "libmp3lame"),
    }
    return {name: Path(path).read_bytes() for name, path in made.items()}


def mean_colour(frame: np.ndarray) -> tuple[int, ...]:
    return tuple(int(c) for c in frame.reshape(-1, 3).mean(axis=0))


def test_video_split_into_segments(kit: Transloadit, test_client: TestClient, media: dict[str, bytes]) -> None:
    segments = [{"from": 0, "to": 0.5}, {"from": "00:00:01", "to": 5}]
    steps = {"parts": {"use": ":original", "robot": "/video/split", "segments": segments, "width": 80, "height": 60}}
    done = post(kit, test_client, steps, [("file", "blue.mp4", media["blue.mp4"])])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    first, second = done["results"]["parts"]
    assert (first["name"], second["name"]) == ("blue_part1.mp4", "blue_part2.mp4")
    assert first["meta"]["duration"] == pytest.approx(0.5, abs=0.1)
    assert second["meta"]["duration"] == pytest.approx(1.0, abs=0.1)
    assert (second["meta"]["width"], second["meta"]["height"], second["meta"]["audio_codec"]) == (80, 60, "aac")
    late = {"parts": {"use": ":original", "robot": "/video/split", "segments": [{"from": 3, "to": 4}]}}
    failed = post(kit, test_client, late, [("file", "blue.mp4", media["blue.mp4"])])
    assert failed["error"] == "VIDEO_SPLIT_NO_OUTPUT", failed


def test_video_artwork_insert_then_extract(kit: Transloadit, test_client: TestClient, media: dict[str, bytes]) -> None:
    use = {
        "steps": [
            {"name": ":original", "fields": "video", "as": "video"},
            {"name": ":original", "fields": "cover", "as": "image"},
        ]
    }
    steps = {
        "covered": {"use": use, "robot": "/video/artwork", "method": "insert", "result": True},
        "extracted": {"use": "covered", "robot": "/video/artwork"},
    }
    cover = png((20, 200, 20))
    done = post(kit, test_client, steps, [("video", "blue.mp4", media["blue.mp4"]), ("cover", "c.png", cover)])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (covered,), (extracted,) = done["results"]["covered"], done["results"]["extracted"]
    assert (covered["ext"], covered["meta"]["width"], covered["meta"]["video_codec"]) == ("mp4", 160, "h264")
    assert fetch(test_client, extracted) == cover

    steps = {
        "covered": {**steps["covered"], "preset": "mp3", "bitrate": 64000},
        "extracted": steps["extracted"],
    }
    done = post(kit, test_client, steps, [("video", "blue.mp4", media["blue.mp4"]), ("cover", "c.png", cover)])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (covered,), (extracted,) = done["results"]["covered"], done["results"]["extracted"]
    # The sound re-encoded by the audio preset, the picture copied, the cover in as it was.
    meta = covered["meta"]
    assert (meta["audio_codec"], meta["video_codec"], meta["width"]) == ("mp3", "h264", 160)
    assert fetch(test_client, extracted) == cover
    webm = {"c": {**steps["covered"], "preset": "wav"}}
    refused = post(kit, test_client, webm, [("video", "blue.mp4", media["blue.mp4"]), ("cover", "c.png", cover)])
    assert refused["error"] == "VIDEO_ARTWORK_VALIDATION", refused


def test_video_merge_slideshow_with_audio_and_crossfade(
    kit: Transloadit, test_client: TestClient, media: dict[str, bytes]
) -> None:
    show = {"use": ":original", "robot": "/video/merge", "image_durations": [0.6, 0.8], "width": 64, "height": 48}
    steps = {"show": show, "faded": {**show, "transition": "crossfade", "transition_duration": 0.2}}
    parts = [("a", "a_red.png", png(RED)), ("b", "b_blue.png", png(BLUE)), ("c", "tone.mp3", media["tone.mp3"])]
    done = post(kit, test_client, steps, parts)
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (plain,), (faded,) = done["results"]["show"], done["results"]["faded"]
    assert (plain["meta"]["width"], plain["meta"]["height"], plain["meta"]["audio_codec"]) == (64, 48, "aac")
    assert plain["meta"]["duration"] == pytest.approx(1.4, abs=0.08)
    assert faded["meta"]["duration"] == pytest.approx(1.2, abs=0.08)  # 0.2 s overlap
    pictures = frames(test_client, plain)
    assert near(mean_colour(pictures[5]), RED, 30) and near(mean_colour(pictures[25]), BLUE, 30)


def test_video_merge_replaces_audio_and_stacks(
    kit: Transloadit, test_client: TestClient, media: dict[str, bytes]
) -> None:
    steps = {
        "dubbed": {"use": ":original", "robot": "/video/merge", "replace_audio": True},
        "stacked": {"use": ":original", "robot": "/video/merge", "vstack": True},
    }
    parts = [
        ("v", "blue.mp4", media["blue.mp4"]),
        ("w", "red.mp4", media["red.mp4"]),
        ("a", "tone.mp3", media["tone.mp3"]),
    ]
    done = post(kit, test_client, steps, parts)
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (dubbed,), (stacked,) = done["results"]["dubbed"], done["results"]["stacked"]
    assert dubbed["meta"]["duration"] == pytest.approx(2.0, abs=0.1)  # as long as the video
    assert dubbed["meta"]["audio_codec"] == "aac"
    # Both clips at the first one's width: 120 + 240 * 160 / 320 rows.
    assert (stacked["meta"]["width"], stacked["meta"]["height"]) == (160, 240)
    picture = frames(test_client, stacked)[3]
    assert near(mean_colour(picture[:100]), BLUE, 30) and near(mean_colour(picture[140:]), RED, 30)


def test_video_subtitle_burned_and_external(kit: Transloadit, test_client: TestClient, media: dict[str, bytes]) -> None:
    use = {
        "steps": [
            {"name": ":original", "fields": "video", "as": "video"},
            {"name": ":original", "fields": "subs", "as": "subtitles"},
        ]
    }
    steps = {
        "burned": {"use": use, "robot": "/video/subtitle", "subtitles_type": "burn", "font_size": 28,
                   "font_color": "FFFF00", "border_style": "box", "position": "center"},
        "muxed": {"use": use, "robot": "/video/subtitle", "language": "eng", "name": "English"},
    }  # fmt: skip
    done = post(kit, test_client, steps, [("video", "blue.mp4", media["blue.mp4"]), ("subs", "hello.srt", SRT)])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (burned,), (muxed,) = done["results"]["burned"], done["results"]["muxed"]
    frame = frames(test_client, burned)[10].astype(int)
    source = np.full_like(frame, BLUE)
    # Yellow text in the middle of the blue picture; the corners stay blue.
    assert np.abs(frame[40:80] - source[40:80]).max() > 100
    assert near(tuple(frame[2, 2]), BLUE, 30)
    with av.open(io.BytesIO(fetch(test_client, muxed))) as container:
        (stream,) = container.streams.subtitles
        assert stream.codec_context.name == "mov_text"
        assert (stream.metadata.get("language"), stream.metadata.get("handler_name")) == ("eng", "English")
        assert len(container.streams.video) == 1 and len(container.streams.audio) == 1


@pytest.mark.parametrize("technique", ["hls", "dash", "cmaf"])
def test_video_adaptive_ladders(
    kit: Transloadit, test_client: TestClient, media: dict[str, bytes], technique: str
) -> None:
    small = {"width": 80, "height": 60, "ffmpeg": {"b:v": "60k", "g": 12}}
    steps = {
        "small": {"use": ":original", "robot": "/video/encode", **small},
        "large": {"use": ":original", "robot": "/video/encode", "ffmpeg": {"b:v": "400k", "g": 12}},
        "ladder": {"use": {"steps": ["large", "small"], "bundle_steps": True}, "robot": "/video/adaptive",
                   "technique": technique, "segment_duration": 1},
    }  # fmt: skip
    done = post(kit, test_client, steps, [("video", "blue.mp4", media["blue.mp4"])])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    results = done["results"]["ladder"]
    names = [r["name"] for r in results]
    assert all(r["meta"]["relative_path"] == r["name"] for r in results)
    if technique == "hls":
        assert names[0] == "playlist.m3u8"
        master = fetch(test_client, results[0]).decode()
        bandwidths = [
            int(line.split("BANDWIDTH=")[1].split(",")[0]) for line in master.splitlines() if "BANDWIDTH" in line
        ]
        assert len(bandwidths) == 2 and bandwidths[0] < bandwidths[1]  # lowest first
        assert "RESOLUTION=80x60" in master.split("\n")[2] and "blue_120p.m3u8" in master
        segments = [n for n in names if n.endswith(".ts")]
        assert len([n for n in segments if n.startswith("blue_60p_")]) >= 2  # 1 s segments of 2 s
    else:
        assert names[0] == "playlist.mpd"
        mpd = fetch(test_client, results[0]).decode()
        assert mpd.count("<Representation") == 3  # two pictures and one sound
        assert any(n.endswith(".m4s") for n in names)
        assert ("playlist.m3u8" in names) == (technique == "cmaf")


def test_video_adaptive_reencodes_with_size_and_preset(
    kit: Transloadit, test_client: TestClient, media: dict[str, bytes]
) -> None:
    steps = {
        "ladder": {"use": ":original", "robot": "/video/adaptive", "technique": "hls", "segment_duration": 1,
                   "preset": "webm", "width": 64, "height": 48, "resize_strategy": "stretch"},
    }  # fmt: skip
    done = post(kit, test_client, steps, [("video", "blue.mp4", media["blue.mp4"])])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    results = done["results"]["ladder"]
    master = fetch(test_client, results[0]).decode()
    assert "RESOLUTION=64x48" in master
    segments = [r for r in results if r["name"].endswith(".ts")]
    assert len(segments) >= 2 and segments[0]["meta"]["video_codec"] == "h264"  # VP9 does not go in MPEG-TS
