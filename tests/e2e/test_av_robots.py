"""Video and audio: real metadata of uploads and the /video/* and /audio/* robots on media made here."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image
from starlette.testclient import TestClient

from tests.conftest import jpeg_bytes
from tests.e2e.results import fetch
from transloadit_emulator.media.av_probe import probe_media
from transloadit_emulator.media.ffmpeg import ffmpeg_exe
from transloadit_kit import Transloadit


def make_media(path: Path, *args: str) -> Path:
    subprocess.run([ffmpeg_exe(), "-y", "-loglevel", "error", *args, str(path)], check=True, timeout=120)
    return path


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A tagged 2 s 320x240 25 fps H.264/AAC clip and a tagged 3 s stereo 128k MP3."""
    root = tmp_path_factory.mktemp("media")
    clip = make_media(
        root / "clip.mp4",
        *("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=2"),
        *("-f", "lavfi", "-i", "sine=frequency=440:duration=2:sample_rate=44100"),
        *("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"),
        *("-metadata", "title=Test card", "-metadata", "artist=Emulator"),
        *("-metadata", "location=+52.3676+004.9041/", "-metadata", "creation_time=2024-05-06T07:08:09Z"),
    )
    song = make_media(
        root / "song.mp3",
        *("-f", "lavfi", "-i", "sine=frequency=220:duration=3:sample_rate=44100", "-ac", "2"),
        *("-c:a", "libmp3lame", "-b:a", "128k"),
        *("-metadata", "artist=Ann Example", "-metadata", "album=Loops", "-metadata", "title=Hum"),
        *("-metadata", "date=2021", "-metadata", "genre=Jazz"),
    )
    return {"clip": clip, "song": song}


def run(kit: Transloadit, steps: dict[str, Any], *files: Path) -> dict[str, Any]:
    sources = [(f.name, f.read_bytes()) for f in files]
    return kit.create_assembly(steps=steps, files=sources, wait=True, timeout=120).to_dict()


def test_upload_metadata_of_video_and_audio(kit: Transloadit, media: dict[str, Path]) -> None:
    done = run(kit, {":original": {"robot": "/upload/handle"}}, media["clip"], media["song"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    clip, song = (u["meta"] for u in done["uploads"])
    assert [u["type"] for u in done["uploads"]] == ["video", "audio"]
    assert (clip["width"], clip["height"], clip["framerate"], clip["aspect_ratio"]) == (320, 240, 25.0, "1.333")
    assert clip["duration"] == pytest.approx(2.0, abs=0.1)
    assert (clip["video_codec"], clip["audio_codec"], clip["audio_samplerate"]) == ("h264", "aac", 44100)
    assert clip["video_bitrate"] > 0 and clip["overall_bitrate"] > 0 and clip["seekable"] is True
    assert (clip["title"], clip["artist"], clip["date_recorded"]) == ("Test card", "Emulator", "2024/05/06 07:08:09")
    assert (clip["latitude"], clip["longitude"], clip["rotation"]) == (52.3676, 4.9041, 0)
    assert song["duration"] == pytest.approx(3.0, abs=0.1)
    assert (song["audio_codec"], song["audio_bitrate"], song["audio_samplerate"], song["audio_channels"]) == (
        "mp3",
        128000,
        44100,
        2,
    )
    assert (song["artist"], song["album"], song["title"], song["year"], song["genre"]) == (
        "Ann Example",
        "Loops",
        "Hum",
        2021,
        "Jazz",
    )
    assert "width" not in song and "video_codec" not in song


@pytest.mark.parametrize(
    ("preset", "mime", "codec", "size"),
    [
        ("empty", "video/mp4", "h264", (320, 240)),
        ("webm", "video/webm", "vp9", (320, 240)),
        ("iphone-low", "video/mp4", "h264", (320, 240)),
        ("gif", "image/gif", None, (320, 240)),
    ],
)
def test_video_encode_presets(
    kit: Transloadit, media: dict[str, Path], preset: str, mime: str, codec: str | None, size: tuple[int, int]
) -> None:
    done = run(kit, {"enc": {"use": ":original", "robot": "/video/encode", "preset": preset}}, media["clip"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (result,) = done["results"]["enc"]
    assert result["mime"] == mime
    assert (result["meta"]["width"], result["meta"]["height"]) == size
    if codec:
        assert result["meta"]["video_codec"] == codec
        assert result["meta"]["duration"] == pytest.approx(2.0, abs=0.15)
    else:
        assert result["meta"]["frame_count"] > 5  # an animated GIF


def test_video_encode_size_strategies_and_overrides(
    kit: Transloadit, test_client: TestClient, media: dict[str, Path], tmp_path: Path
) -> None:
    steps = {
        "pad": {"use": ":original", "robot": "/video/encode", "width": 200, "height": 200, "background": "#ff0000"},
        "crop": {"use": ":original", "robot": "/video/encode", "width": 200, "height": 100, "resize_strategy": "crop"},
        "fit": {"use": ":original", "robot": "/video/encode", "width": 200, "height": 200, "resize_strategy": "fit"},
        "slow": {"use": ":original", "robot": "/video/encode", "ffmpeg": {"r": 10, "an": True}},
    }
    done = run(kit, steps, media["clip"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    meta = {name: done["results"][name][0]["meta"] for name in steps}
    assert (meta["pad"]["width"], meta["pad"]["height"]) == (200, 200)
    assert (meta["crop"]["width"], meta["crop"]["height"]) == (200, 100)
    assert (meta["fit"]["width"], meta["fit"]["height"]) == (200, 150)
    assert meta["slow"]["framerate"] == 10.0 and meta["slow"].get("audio_codec") is None
    # The padding is the asked-for red: look at the top rows of a frame of the padded encode.
    padded = tmp_path / "pad.mp4"
    padded.write_bytes(fetch(test_client, done["results"]["pad"][0]))
    frame = tmp_path / "frame.png"
    make_media(frame, "-i", str(padded), "-frames:v", "1")
    r, g, b = Image.open(frame).convert("RGB").getpixel((100, 5))  # type: ignore[misc]
    assert r > 200 and g < 60 and b < 60


def test_hls_playlist_and_segments(kit: Transloadit, test_client: TestClient, media: dict[str, Path]) -> None:
    steps = {"hls": {"use": ":original", "robot": "/video/encode", "preset": "hls/360p", "segment_duration": 1}}
    done = run(kit, steps, media["clip"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    files = done["results"]["hls"]
    playlist, segments = files[0], files[1:]
    assert playlist["ext"] == "m3u8" and len(segments) >= 2
    text = fetch(test_client, playlist).decode()
    assert text.startswith("#EXTM3U") and "#EXT-X-ENDLIST" in text
    assert all(s["name"] in text for s in segments)
    assert all(s["ext"] == "ts" for s in segments)


def test_video_encode_errors(kit: Transloadit, media: dict[str, Path], tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_bytes((40, 30)))
    skipped = run(kit, {"enc": {"use": ":original", "robot": "/video/encode", "result": True}}, photo, media["clip"])
    assert skipped["ok"] == "ASSEMBLY_COMPLETED" and len(skipped["results"]["enc"]) == 1  # the photo is skipped
    forced = {"use": ":original", "robot": "/video/encode", "force_accept": True}
    done = run(kit, {"enc": forced}, photo)
    assert done["error"] == "VIDEO_ENCODE_INVALID_INPUT" and done["step"] == "enc"
    ignored = run(kit, {"enc": {**forced, "ignore_errors": True}}, photo)
    assert (
        ignored["ok"] == "ASSEMBLY_COMPLETED" and ignored["ignored_errors"][0]["error"] == "VIDEO_ENCODE_INVALID_INPUT"
    )
    bad_key = run(
        kit, {"enc": {"use": ":original", "robot": "/video/encode", "ffmpeg": {"i": "/etc/passwd"}}}, media["clip"]
    )
    assert bad_key["error"] == "VIDEO_ENCODE_VALIDATION" and "'i'" in bad_key["message"]
    with pytest.raises(Exception) as unknown:
        run(kit, {"enc": {"use": ":original", "robot": "/video/encode", "preset": "betamax"}}, media["clip"])
    assert "VIDEO_ENCODE_VALIDATION" in str(unknown.value)


def test_video_thumbs_count_offsets_and_size(kit: Transloadit, test_client: TestClient, media: dict[str, Path]) -> None:
    steps = {
        "even": {"use": ":original", "robot": "/video/thumbs", "count": 3},
        "picked": {
            "use": ":original",
            "robot": "/video/thumbs",
            "offsets": ["50%", 0.5],
            "format": "png",
            "width": 100,
            "height": 100,
            "resize_strategy": "fillcrop",
        },
    }
    done = run(kit, steps, media["clip"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    even = done["results"]["even"]
    assert [t["meta"]["thumb_index"] for t in even] == [0, 1, 2]
    assert [t["meta"]["thumb_offset"] for t in even] == [0.5, 1.0, 1.5]
    assert all(t["mime"] == "image/jpeg" and (t["meta"]["width"], t["meta"]["height"]) == (320, 240) for t in even)
    picked = done["results"]["picked"]
    assert [t["meta"]["thumb_offset"] for t in picked] == [1.0, 0.5]
    image = Image.open(io.BytesIO(fetch(test_client, picked[0])))
    assert (image.format, image.size) == ("PNG", (100, 100))

    # Offsets outside the 2 s clip are ignored, as the vendor documents: only the one inside gives a thumb.
    outside = run(kit, {"t": {"use": ":original", "robot": "/video/thumbs", "offsets": [9, "150%", 1]}}, media["clip"])
    assert outside["ok"] == "ASSEMBLY_COMPLETED", outside
    assert [t["meta"]["thumb_offset"] for t in outside["results"]["t"]] == [1.0]
    not_video = run(kit, {"t": {"use": ":original", "robot": "/video/thumbs", "force_accept": True}}, media["song"])
    assert not_video["error"] == "VIDEO_THUMBS_INVALID_INPUT"


def test_video_thumbs_smart_picks_sharp_frames_and_input_codec_decodes(
    kit: Transloadit, tmp_path: Path, media: dict[str, Path]
) -> None:
    # 2 s of flat dark grey, then 1 s of a busy test card: the card's frames score best.
    dull_then_busy = make_media(
        tmp_path / "dull.mp4",
        *("-f", "lavfi", "-i", "color=c=0x202020:size=160x120:rate=10:duration=2"),
        *("-f", "lavfi", "-i", "testsrc2=size=160x120:rate=10:duration=1"),
        *("-filter_complex", "[0:v][1:v]concat=n=2:v=1[v]", "-map", "[v]"),
        *("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"),
    )
    steps = {
        "smart": {"use": ":original", "robot": "/video/thumbs", "smart": True, "count": 2, "offsets": [0.1]},
        "decoded": {"use": ":original", "robot": "/video/thumbs", "count": 1, "input_codec": "h264"},
    }
    done = run(kit, steps, dull_then_busy)
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    smart = done["results"]["smart"]
    # 6 candidates at 3/7 .. 18/7 s; the two on the test card (after 2 s) win, in playing order.
    assert [t["meta"]["thumb_index"] for t in smart] == [0, 1]
    assert all(t["meta"]["thumb_offset"] > 2.0 for t in smart), smart
    assert smart[0]["meta"]["thumb_offset"] < smart[1]["meta"]["thumb_offset"]
    assert all(0 < t["meta"]["smart_score"] <= 1 and t["meta"]["smart_reasons"] for t in smart)
    assert len(done["results"]["decoded"]) == 1
    wrong = run(kit, {"t": {"use": ":original", "robot": "/video/thumbs", "input_codec": "vp8"}}, media["clip"])
    assert wrong["error"] == "INTERNAL_COMMAND_ERROR", wrong  # H.264 read as VP8: the decoder is used
    unknown = run(kit, {"t": {"use": ":original", "robot": "/video/thumbs", "input_codec": "nonesuch"}}, media["clip"])
    assert unknown["error"] == "VIDEO_THUMBS_VALIDATION", unknown


@pytest.mark.parametrize(
    ("preset", "ext", "codec"),
    [
        ("mp3", "mp3", "mp3"),
        ("aac", "m4a", "aac"),
        ("ogg", "ogg", "vorbis"),
        ("opus", "opus", "opus"),
        ("flac", "flac", "flac"),
        ("wav", "wav", "pcm_s16le"),
    ],  # fmt: skip
)
def test_audio_encode_presets_keep_tags(
    kit: Transloadit, media: dict[str, Path], preset: str, ext: str, codec: str
) -> None:
    done = run(kit, {"a": {"use": ":original", "robot": "/audio/encode", "preset": preset}}, media["song"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (result,) = done["results"]["a"]
    assert (result["ext"], result["type"], result["meta"]["audio_codec"]) == (ext, "audio", codec)
    assert result["meta"]["duration"] == pytest.approx(3.0, abs=0.15)
    assert result["meta"]["artist"] == "Ann Example"


def test_audio_encode_bitrate_sample_rate_and_video_input(kit: Transloadit, media: dict[str, Path]) -> None:
    steps = {"low": {"use": ":original", "robot": "/audio/encode", "bitrate": 64000, "sample_rate": 22050}}
    done = run(kit, steps, media["song"], media["clip"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    song, clip = done["results"]["low"]
    assert (song["meta"]["audio_bitrate"], song["meta"]["audio_samplerate"]) == (64000, 22050)
    assert clip["type"] == "audio" and clip["meta"]["duration"] == pytest.approx(2.0, abs=0.15)
    silent = probe_media(Path(__file__))
    assert silent is None


def test_audio_waveform_image_and_json(kit: Transloadit, test_client: TestClient, media: dict[str, Path]) -> None:
    steps = {
        "png": {
            "use": ":original",
            "robot": "/audio/waveform",
            "width": 300,
            "height": 80,
            "background_color": "#ffffffff",
            "outer_color": "#0000ffff",
        },  # fmt: skip
        "json": {"use": ":original", "robot": "/audio/waveform", "format": "json", "width": 50},
    }
    done = run(kit, steps, media["song"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    picture = Image.open(io.BytesIO(fetch(test_client, done["results"]["png"][0]))).convert("RGB")
    assert picture.size == (300, 80)
    colours = {picture.getpixel((x, 40)) for x in range(0, 300, 10)}  # across the middle: the wave
    assert (255, 255, 255) == picture.getpixel((0, 0))  # the background corner
    assert any(b > 200 and r < 60 for r, g, b in colours)  # type: ignore[misc]
    peaks = httpx.Response(200, content=fetch(test_client, done["results"]["json"][0])).json()
    assert len(peaks["data"]) == 100 and all(-1 <= v <= 1 for v in peaks["data"])
    assert 0.05 < max(peaks["data"]) < 0.2  # lavfi's sine has amplitude 1/8
    image_only = run(kit, {"w": {"use": ":original", "robot": "/audio/waveform"}}, media["clip"])
    assert image_only["ok"] == "ASSEMBLY_COMPLETED"  # a video's soundtrack has a waveform too
