"""/text/speak and /speech/transcribe: text spoken by espeak-ng and recognised back by PocketSphinx."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.e2e.av_media import post
from tests.e2e.results import fetch
from transloadit_kit import Transloadit

_SAID = "hello world. this is a test of the speech recognition system. one two three four five"
_EXPECTED = {"hello", "world", "this", "is", "two", "three", "four", "five"}


def _heard(words: list[str]) -> set[str]:
    return _EXPECTED & set(words)


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A WAV of :data:`_SAID`, made by espeak-ng here."""
    path = tmp_path_factory.mktemp("speech") / "said.wav"
    subprocess.run(["espeak-ng", "-v", "en-us+m3", "-w", str(path), _SAID], check=True, timeout=60)
    return path.read_bytes()


def test_transcribe_every_format(kit: Transloadit, test_client: TestClient, spoken: bytes) -> None:
    steps: dict[str, Any] = {
        fmt: {"use": ":original", "robot": "/speech/transcribe", "format": fmt}
        for fmt in ("json", "text", "srt", "webvtt", "meta")
    }
    done = post(kit, test_client, steps, [("file", "said.wav", spoken)])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    results = {name: files[0] for name, files in done["results"].items()}
    document = json.loads(fetch(test_client, results["json"]))
    words = [w["text"] for w in document["words"]]
    assert len(_heard(words)) >= 5, words
    assert document["text"] == " ".join(words)
    times = [(w["startTime"], w["endTime"]) for w in document["words"]]
    assert all(a < b for a, b in times) and times == sorted(times)
    assert 3 < times[-1][1] < 8  # the WAV lasts about 5 s
    assert results["json"]["meta"]["ai_provider"] == "emulator-local"
    assert fetch(test_client, results["text"]).decode().strip() == document["text"]
    srt = fetch(test_client, results["srt"]).decode()
    assert srt.startswith("1\n00:00:00,") and " --> " in srt
    assert fetch(test_client, results["webvtt"]).decode().startswith("WEBVTT\n\n00:00:")
    assert (results["srt"]["ext"], results["webvtt"]["ext"], results["text"]["ext"]) == ("srt", "vtt", "txt")
    # meta: no new file; the input goes on with its transcription.
    assert results["meta"]["ext"] == "wav"
    assert results["meta"]["meta"]["transcription"]["text"] == document["text"]


def test_speak_a_prompt_and_hear_it_back(kit: Transloadit, test_client: TestClient, spoken: bytes) -> None:
    steps: dict[str, Any] = {
        "said": {"use": ":original", "robot": "/text/speak", "prompt": _SAID, "voice": "male-1"},
        "heard": {"use": "said", "robot": "/speech/transcribe", "format": "meta"},
        "read": {"use": ":original", "robot": "/text/speak", "target_language": "de-DE", "voice": "female-2"},
    }
    done = post(kit, test_client, steps, [("file", "text.txt", b"Guten Tag, wie geht es Ihnen?")])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (heard,), (read,) = done["results"]["heard"], done["results"]["read"]  # "said" is used: no result
    assert (heard["ext"], heard["mime"], heard["type"]) == ("mp3", "audio/mpeg", "audio")
    assert heard["meta"]["ai_provider"] == "emulator-local"
    assert len(_heard(heard["meta"]["transcription"]["text"].split())) >= 4, heard["meta"]["transcription"]
    assert read["name"] == "text.mp3" and read["meta"]["duration"] > 1


def test_unsupported_languages_are_refused(kit: Transloadit, test_client: TestClient) -> None:
    for step, code in (
        ({"robot": "/text/speak", "prompt": "hi", "target_language": "xx-YY"}, "TEXT_SPEAK_VALIDATION"),
        ({"robot": "/speech/transcribe", "source_language": "de-DE"}, "SPEECH_TRANSCRIBE_VALIDATION"),
    ):
        params, signature = kit.signed(steps={"s": {"use": ":original", **step}})
        response = test_client.post("/assemblies", data={"params": params, "signature": signature})
        assert response.status_code == 400 and response.json()["error"] == code, response.text


def test_srt_cues(tmp_path: Path) -> None:
    from transloadit_emulator.media.subtitles_text import cues_of, srt_of, webvtt_of

    cues = cues_of([("a", 0.0, 0.5), ("b", 0.5, 1.0), ("c", 2.0, 2.4)])  # a pause before "c"
    assert cues == [(0.0, 1.0, "a b"), (2.0, 2.4, "c")]
    assert srt_of(cues) == "1\n00:00:00,000 --> 00:00:01,000\na b\n\n2\n00:00:02,000 --> 00:00:02,400\nc\n"
    assert webvtt_of(cues[1:]) == "WEBVTT\n\n00:00:02.000 --> 00:00:02.400\nc\n"
