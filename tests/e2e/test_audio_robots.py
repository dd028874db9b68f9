"""/audio/concat, /audio/loop, /audio/merge, /audio/split and /audio/artwork on tones made here."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from starlette.testclient import TestClient

from tests.e2e.av_media import frequency, png, post, sound, tone
from tests.e2e.results import fetch
from transloadit_kit import Transloadit


@pytest.fixture(scope="module")
def tones(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """A 1 s 440 Hz WAV, a 1.5 s 880 Hz MP3 and a 1 s 440 Hz Ogg Vorbis."""
    root = tmp_path_factory.mktemp("tones")
    made = {
        "low.wav": tone(root / "low.wav", 440, 1),
        "high.mp3": tone(root / "high.mp3", 880, 1.5, "-c:a", "libmp3lame"),
        "low.ogg": tone(root / "low.ogg", 440, 1, "-c:a", "libvorbis"),
    }
    return {name: Path(path).read_bytes() for name, path in made.items()}


def test_audio_concat_orders_by_as_fades_and_crossfades(
    kit: Transloadit, test_client: TestClient, tones: dict[str, bytes]
) -> None:
    use = {
        "steps": [
            {"name": ":original", "fields": "a", "as": "audio_2"},
            {"name": ":original", "fields": "b", "as": "audio_1"},
        ]
    }
    steps = {
        "joined": {"use": use, "robot": "/audio/concat", "preset": "wav", "audio_fade_seconds": 0.2},
        "crossed": {"use": use, "robot": "/audio/concat", "crossfade": True, "audio_fade_seconds": 0.5},
    }
    done = post(kit, test_client, steps, [("a", "low.wav", tones["low.wav"]), ("b", "high.mp3", tones["high.mp3"])])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (joined,), (crossed,) = done["results"]["joined"], done["results"]["crossed"]
    assert (joined["ext"], crossed["ext"]) == ("wav", "mp3")
    assert joined["meta"]["duration"] == pytest.approx(2.5, abs=0.05)
    assert crossed["meta"]["duration"] == pytest.approx(2.0, abs=0.08)  # 0.5 s overlap
    samples, rate = sound(test_client, joined)
    # audio_1 (the 880 Hz MP3) first, then audio_2.
    assert frequency(samples, rate, 0.3, 1.1) == pytest.approx(880, rel=0.05)
    assert frequency(samples, rate, 1.8, 2.2) == pytest.approx(440, rel=0.05)
    # The joint fades: quiet at 1.5 s, full in the middle of each piece.
    rms = lambda a, b: float(np.sqrt(np.mean(samples[int(a * rate) : int(b * rate)] ** 2)))  # noqa: E731
    assert rms(1.49, 1.51) < 0.3 * rms(0.5, 0.7)


def test_audio_loop_to_a_duration(kit: Transloadit, test_client: TestClient, tones: dict[str, bytes]) -> None:
    steps = {"looped": {"use": ":original", "robot": "/audio/loop", "duration": 3.5, "preset": "flac"}}
    done = post(kit, test_client, steps, [("file", "low.wav", tones["low.wav"])])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (looped,) = done["results"]["looped"]
    assert looped["ext"] == "flac" and looped["meta"]["duration"] == pytest.approx(3.5, abs=0.02)
    samples, rate = sound(test_client, looped)
    assert frequency(samples, rate, 2.2, 2.8) == pytest.approx(440, rel=0.05)


def test_audio_merge_duration_rules_loop_and_volume(
    kit: Transloadit, test_client: TestClient, tones: dict[str, bytes]
) -> None:
    merge = {"use": ":original", "robot": "/audio/merge", "preset": "wav"}
    steps = {
        "longest": merge,
        "shortest": {**merge, "duration": "shortest"},
        "first_looped": {**merge, "duration": "first", "loop": True, "sort_by": "import_order"},
        "first_by_name": {**merge, "duration": "first"},
        "summed": {**merge, "volume": "sum"},
    }
    # The second upload is the 1.5 s one; the first lasts 1 s.
    done = post(kit, test_client, steps, [("f", "low.wav", tones["low.wav"]), ("g", "high.mp3", tones["high.mp3"])])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    durations = {name: done["results"][name][0]["meta"]["duration"] for name in steps}
    assert durations["longest"] == pytest.approx(1.5, abs=0.06)
    assert durations["shortest"] == pytest.approx(1.0, abs=0.06)
    assert durations["first_looped"] == pytest.approx(1.0, abs=0.06)  # low.wav was uploaded first
    assert durations["first_by_name"] == pytest.approx(1.5, abs=0.06)  # high.mp3 comes first by name
    average, rate = sound(test_client, done["results"]["longest"][0])
    summed, _ = sound(test_client, done["results"]["summed"][0])
    window = slice(int(0.2 * rate), int(0.8 * rate))
    ratio = np.sqrt(np.mean(summed[window] ** 2)) / np.sqrt(np.mean(average[window] ** 2))
    assert ratio == pytest.approx(2.0, rel=0.1)  # average scales each of the 2 inputs by 1/2


def test_audio_split_into_segments(kit: Transloadit, test_client: TestClient, tones: dict[str, bytes]) -> None:
    segments = [{"from": 0, "to": 0.5}, {"from": "00:00:00.7", "to": "00:00:09"}]
    steps = {"parts": {"use": ":original", "robot": "/audio/split", "segments": segments, "preset": "wav"}}
    done = post(kit, test_client, steps, [("file", "high.mp3", tones["high.mp3"])])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    first, second = done["results"]["parts"]
    assert (first["name"], second["name"]) == ("high_part1.wav", "high_part2.wav")
    assert (first["meta"]["segment_index"], second["meta"]["segment_index"]) == (0, 1)
    assert first["meta"]["duration"] == pytest.approx(0.5, abs=0.03)
    assert second["meta"]["duration"] == pytest.approx(0.8, abs=0.06)  # cut at the end of the input
    late = {"parts": {"use": ":original", "robot": "/audio/split", "segments": [{"from": 5, "to": 6}]}}
    failed = post(kit, test_client, late, [("file", "high.mp3", tones["high.mp3"])])
    assert failed["error"] == "AUDIO_SPLIT_NO_OUTPUT", failed
    backwards = {"parts": {"robot": "/audio/split", "use": ":original", "segments": [{"from": 2, "to": 1}]}}
    params, signature = kit.signed(steps=backwards)
    response = test_client.post("/assemblies", data={"params": params, "signature": signature})
    assert response.status_code == 400 and response.json()["error"] == "AUDIO_SPLIT_VALIDATION"


def test_audio_artwork_insert_then_extract(kit: Transloadit, test_client: TestClient, tones: dict[str, bytes]) -> None:
    insert = {
        "steps": [
            {"name": ":original", "fields": "song", "as": "audio"},
            {"name": ":original", "fields": "cover", "as": "image"},
        ]
    }
    steps = {
        "covered": {"use": insert, "robot": "/audio/artwork", "method": "insert", "result": True},
        "extracted": {"use": "covered", "robot": "/audio/artwork"},
        "bare": {"use": {"steps": [{"name": ":original", "fields": "song"}]}, "robot": "/audio/artwork"},
    }
    parts = [("song", "high.mp3", tones["high.mp3"]), ("cover", "cover.png", png((200, 30, 30)))]
    done = post(kit, test_client, steps, parts)
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (covered,), (extracted,) = done["results"]["covered"], done["results"]["extracted"]
    assert covered["ext"] == "mp3" and covered["meta"]["duration"] == pytest.approx(1.5, abs=0.1)
    assert fetch(test_client, extracted) == png((200, 30, 30))  # the PNG as it went in
    assert (extracted["ext"], extracted["meta"]["width"], extracted["meta"]["height"]) == ("png", 64, 48)
    assert done["results"].get("bare", []) == [], done["results"]["bare"]  # no cover, no result

    ogg = {
        "steps": [
            {"name": ":original", "fields": "song", "as": "audio"},
            {"name": ":original", "fields": "cover", "as": "image"},
        ]
    }
    refused = post(kit, test_client, {"c": {"use": ogg, "robot": "/audio/artwork", "method": "insert"}},
                   [("song", "low.ogg", tones["low.ogg"]), ("cover", "cover.png", png((0, 0, 200)))])  # fmt: skip
    assert refused["error"] == "AUDIO_ARTWORK_VALIDATION", refused
    changed = {"c": {"use": ogg, "robot": "/audio/artwork", "method": "insert", "change_format_if_necessary": True}}
    done = post(
        kit, test_client, changed, [("song", "low.ogg", tones["low.ogg"]), ("cover", "c.png", png((0, 0, 200)))]
    )
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    assert done["results"]["c"][0]["ext"] == "mp3"
    flac = {"c": {**changed["c"], "preset": "flac", "result": True}, "x": {"use": "c", "robot": "/audio/artwork"}}
    done = post(kit, test_client, flac, [("song", "low.ogg", tones["low.ogg"]), ("cover", "c.png", png((0, 0, 200)))])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (re_encoded,), (cover,) = done["results"]["c"], done["results"]["x"]
    assert (re_encoded["ext"], re_encoded["meta"]["audio_codec"]) == ("flac", "flac")  # the preset's codec
    assert fetch(test_client, cover) == png((0, 0, 200))
    opus = {"c": {**changed["c"], "preset": "opus"}}
    refused = post(kit, test_client, opus, [("song", "low.ogg", tones["low.ogg"]), ("cover", "c.png", png((0, 0, 9)))])
    assert refused["error"] == "AUDIO_ARTWORK_VALIDATION" and "opus" in refused["message"], refused
