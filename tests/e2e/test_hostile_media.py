"""Hostile params against the media robots: each is refused with the robot's own code (a 400 at
creation or a coded Assembly failure), never ``INTERNAL_COMMAND_ERROR``, a hang or gigabytes; the
hostile values that have a sane meaning still work. Media are made here: a 1 s tone, a 1 s 32x32
clip, a 32x32 PNG and a 3-page PDF of 32 pt pages."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from starlette.testclient import TestClient

from tests.e2e.av_media import clip, png, tone
from transloadit_kit import Transloadit, TransloaditApiError

Files = list[tuple[str, bytes]]


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    root = tmp_path_factory.mktemp("hostile")
    pdf = io.BytesIO()
    pages = [Image.new("RGB", (32, 32), (i * 60, 0, 0)) for i in range(3)]
    pages[0].save(pdf, "PDF", save_all=True, append_images=pages[1:])
    return {
        "tone.wav": tone(root / "tone.wav", 440, 1).read_bytes(),
        "clip.mp4": clip(root / "clip.mp4", "blue", 1, "32x32").read_bytes(),
        "img.png": png((200, 30, 30), (32, 32)),
        "doc.pdf": pdf.getvalue(),
        "junk.srt": os.urandom(2000),
        "prose.srt": b"hello world, these are no subtitles\n" * 20,
        "long.srt": b"1\n00:00:00,000 --> 00:40:00,000\nforty minutes\n",
        "wordy.srt": b"1\n00:00:00,000 --> 00:00:01,000\n" + b"A" * 20_000 + b"\n",
    }


def step(robot: str, **params: Any) -> dict[str, Any]:
    return {"x": {"use": ":original", "robot": robot, **params}}


def subtitled(**params: Any) -> dict[str, Any]:
    use = {"steps": [{"name": ":original", "fields": "video", "as": "video"},
                     {"name": ":original", "fields": "subs", "as": "subtitles"}]}  # fmt: skip
    return {"x": {"use": use, "robot": "/video/subtitle", **params}}


#: Refused at creation by the schema or the robot's own check, before any upload is processed.
AT_CREATION = [
    (step("/audio/loop", duration=1e9), "AUDIO_LOOP_VALIDATION"),
    (step("/audio/loop", duration=1e308), "AUDIO_LOOP_VALIDATION"),
    (step("/audio/split", segments=[{"from": i, "to": i + 1} for i in range(501)]), "AUDIO_SPLIT_VALIDATION"),
    (step("/video/thumbs", offsets=[0.5] * 1000), "VIDEO_THUMBS_VALIDATION"),
    (step("/video/merge", width=10**9, height=10**9), "VIDEO_MERGE_VALIDATION"),
    (step("/video/adaptive", height=10**9), "VIDEO_ADAPTIVE_VALIDATION"),
    (subtitled(subtitles_type="burn", font_size=10**9), "VIDEO_SUBTITLE_VALIDATION"),
    (step("/document/thumbs", format="gif", delay=10**12), "DOCUMENT_THUMBS_VALIDATION"),
    (step("/video/encode", watermark_url="https://a.example/w", watermark_size="1000000%"), "VIDEO_ENCODE_VALIDATION"),
    (step("/video/encode", segment=True, segment_name="x" * 10_000), "VIDEO_ENCODE_VALIDATION"),
]  # fmt: skip


def test_hostile_sizes_and_counts_are_refused_at_creation(kit: Transloadit) -> None:
    wrong = []
    for steps, code in AT_CREATION:
        with pytest.raises(TransloaditApiError) as refused:
            kit.create_assembly(steps=steps)
        if (refused.value.code, refused.value.http_status) != (code, 400):
            wrong.append((steps["x"]["robot"], refused.value.code, refused.value.message))
    assert not wrong


#: Accepted by the schema, refused by the robot while the Assembly runs: (steps, uploads, code).
WHILE_RUNNING: list[tuple[dict[str, Any], list[str], str]] = [
    (step("/audio/encode", sample_rate=1), ["tone.wav"], "AUDIO_ENCODE_VALIDATION"),
    (step("/audio/encode", preset="opus", sample_rate=44100), ["tone.wav"], "AUDIO_ENCODE_VALIDATION"),
    (step("/audio/loop", duration=2, sample_rate=10**9), ["tone.wav"], "AUDIO_LOOP_VALIDATION"),
    (step("/video/adaptive", technique="cmaf", segment_duration=10**12), ["clip.mp4"], "VIDEO_ADAPTIVE_VALIDATION"),
    (step("/video/merge", framerate="1/0"), ["img.png"], "VIDEO_MERGE_VALIDATION"),
    (step("/video/merge", framerate="1/1000000000"), ["img.png"], "VIDEO_MERGE_VALIDATION"),
    (step("/video/merge", duration=1e9), ["img.png", "tone.wav"], "VIDEO_MERGE_VALIDATION"),
    (step("/video/merge", image_durations=[1e9]), ["img.png"], "VIDEO_MERGE_VALIDATION"),
    (step("/video/merge", loop=True, audio_delay=1e9), ["img.png", "tone.wav"], "VIDEO_MERGE_VALIDATION"),
    (step("/video/merge", loop=True, audio_delay=1e9), ["clip.mp4", "tone.wav"], "VIDEO_MERGE_VALIDATION"),
    (subtitled(), ["clip.mp4", "junk.srt"], "VIDEO_SUBTITLE_VALIDATION"),
    (subtitled(subtitles_type="burn"), ["clip.mp4", "prose.srt"], "VIDEO_SUBTITLE_VALIDATION"),
    (subtitled(), ["clip.mp4", "long.srt"], "VIDEO_SUBTITLE_VALIDATION"),
    (subtitled(subtitles_type="burn"), ["clip.mp4", "wordy.srt"], "VIDEO_SUBTITLE_VALIDATION"),
    (step("/video/encode", crop={"x1": 1000, "y1": 1000, "x2": 2000}), ["clip.mp4"], "VIDEO_ENCODE_VALIDATION"),
    (step("/video/encode", crop="30,30,2,2"), ["clip.mp4"], "VIDEO_ENCODE_VALIDATION"),
    (step("/document/thumbs", density="99999999"), ["doc.pdf"], "DOCUMENT_THUMBS_VALIDATION"),
    (step("/document/thumbs", density="20000x20000"), ["doc.pdf"], "DOCUMENT_THUMBS_VALIDATION"),
    (step("/document/thumbs", density="0"), ["doc.pdf"], "DOCUMENT_THUMBS_VALIDATION"),
    (step("/document/thumbs", background="not-a-colour" * 100), ["doc.pdf"], "DOCUMENT_THUMBS_VALIDATION"),
    (step("/file/compress", archive_name="n" * 1000), ["img.png"], "FILE_COMPRESS_VALIDATION"),
    (step("/file/compress", archive_name="a\u0000b"), ["img.png"], "FILE_COMPRESS_VALIDATION"),
    (step("/meta/write", data_to_write={"title": "x" * 200_000}), ["clip.mp4"], "META_WRITE_VALIDATION"),
    (step("/meta/write", data_to_write={"title": "a\u0000b"}), ["tone.wav"], "META_WRITE_VALIDATION"),
]  # fmt: skip


def run(
    kit: Transloadit, client: TestClient, steps: dict[str, Any], uploads: list[tuple[str, bytes]]
) -> dict[str, Any]:
    """Create an Assembly uploading ``(name, bytes)`` (subtitles in the field ``subs``, videos in
    ``video``, the rest in ``f<N>``) and wait for it to end."""
    fields = {"srt": "subs", "mp4": "video"}
    parts = [(fields.get(name.rsplit(".", 1)[-1], f"f{i}"), (name, data)) for i, (name, data) in enumerate(uploads)]
    params, signature = kit.signed(steps=steps)
    response = client.post("/assemblies", data={"params": params, "signature": signature}, files=parts)
    assert response.status_code == 200, response.text
    return kit.wait_for_assembly(response.json()["assembly_id"], timeout=60).to_dict()


def test_hostile_values_fail_the_assembly_with_the_robot_s_code(
    kit: Transloadit, test_client: TestClient, media: dict[str, bytes]
) -> None:
    wrong = []
    for steps, uploads, code in WHILE_RUNNING:
        done = run(kit, test_client, steps, [(name, media[name]) for name in uploads])
        if (done.get("ok"), done.get("error")) != (None, code):
            wrong.append((steps["x"]["robot"], done.get("error"), done.get("message")))
    assert not wrong
    assert test_client.get("/_emulator/health").status_code == 200


def test_hostile_values_with_a_sane_meaning_still_work(
    kit: Transloadit, test_client: TestClient, media: dict[str, bytes]
) -> None:
    wave = {"use": ":original", "robot": "/audio/waveform", "style": "v1", "width": 64, "height": 16}
    video = {"steps": [{"name": ":original", "fields": "video"}]}
    steps = {
        # A zoom past int64 and bars wider than the picture: one (silent) column, one bar.
        "zoom": {**wave, "format": "json", "zoom": 10**19},
        "bars": {**wave, "waveform_style": "bars", "bar_width": 10**19, "bar_gap": 10**19, "bar_style": "rounded"},
        # A window past any sound's end: an empty (silent) picture.
        "late": {**wave, "start": 1e300, "end": 1e308},
        # A crop partly outside the picture keeps the part inside it.
        "crop": {"use": video, "robot": "/video/encode", "crop": {"x1": 8, "y1": "50%", "x2": 2000, "y2": "200%"}},
        "flac": {"use": ":original", "robot": "/audio/encode", "preset": "flac", "sample_rate": 8000},
    }
    done = run(kit, test_client, steps, [(name, media[name]) for name in ("tone.wav", "clip.mp4")])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    results = done["results"]
    assert {len(results[name]) for name in ("zoom", "bars", "late", "flac")} == {2}  # the tone and the clip's sound
    (cropped,) = results["crop"]
    assert (cropped["meta"]["width"], cropped["meta"]["height"]) == (24, 16)
    assert {r["meta"]["audio_samplerate"] for r in results["flac"]} == {8000}


def test_a_huge_spectrogram_is_drawn_within_its_budget(tmp_path: Path) -> None:
    """The tallest spectrograms are drawn with fewer frequency rows and stretched (a 10000x10000
    one took ffmpeg minutes): the picture has the size it has without the budget."""
    from transloadit_emulator.media import spectrogram

    sound = tone(tmp_path / "tone.wav", 440, 1)
    for orientation in ("horizontal", "vertical"):
        look = spectrogram.Spectrogram(orientation=orientation)
        spectrogram.draw_spectrogram(sound, tmp_path / "full.png", 300, 500, look)
        budget = spectrogram._DRAWN_PIXELS
        try:
            spectrogram._DRAWN_PIXELS = 300 * 64  # 300 time columns get 64 frequency rows drawn
            spectrogram.draw_spectrogram(sound, tmp_path / "budget.png", 300, 500, look)
        finally:
            spectrogram._DRAWN_PIXELS = budget
        with Image.open(tmp_path / "full.png") as full, Image.open(tmp_path / "budget.png") as drawn:
            assert drawn.size == full.size, orientation


def test_two_inputs_of_one_name_keep_both_results(
    kit: Transloadit, test_client: TestClient, media: dict[str, bytes]
) -> None:
    """Results are named after their input: two uploads named alike once wrote one scratch file
    twice, and storing the second result failed (INTERNAL_COMMAND_ERROR)."""
    steps = {
        "tar": {"use": ":original", "robot": "/file/compress"},
        "thumbs": {"use": ":original", "robot": "/document/thumbs", "page": 1},
        "optimized": {"use": ":original", "robot": "/document/optimize"},
        "split": {"use": ":original", "robot": "/document/split", "pages": ["1"]},
        "text": {"use": ":original", "robot": "/document/extract", "extract": ["text"]},
        "pngs": {"use": ":original", "robot": "/document/convert", "format": "png"},
    }
    done = run(kit, test_client, steps, [("doc.pdf", media["doc.pdf"]), ("doc.pdf", media["doc.pdf"])])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    counts = {name: len(done["results"][name]) for name in steps}
    assert counts == {"tar": 2, "thumbs": 2, "optimized": 2, "split": 2, "text": 2, "pngs": 6}
    assert {r["name"] for r in done["results"]["thumbs"]} == {"doc_1.png"}
