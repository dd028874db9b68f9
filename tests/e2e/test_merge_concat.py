"""/image/merge and /video/concat end to end, on images and clips made here.

Merged images are checked pixel by pixel at the places the documented layout puts each image, gap
and background; concatenated videos by decoding their frames (which colour plays when) and their
sound (present where the input had some, silent where it had none).
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from PIL import Image
from starlette.testclient import TestClient

from tests.e2e.results import fetch, rgb
from tests.e2e.results import near as near_within
from tests.e2e.results import result_image as merged
from transloadit_emulator.media.ffmpeg import ffmpeg_exe
from transloadit_kit import Transloadit, TransloaditApiError

BLUE, GREEN, YELLOW, RED, WHITE = (0, 0, 255), (0, 200, 0), (255, 255, 0), (255, 0, 0), (255, 255, 255)


def near(a: tuple[int, ...], b: tuple[int, ...], tolerance: int = 16) -> bool:
    """``near`` with this module's default tolerance."""
    return near_within(a, b, tolerance)


def run(kit: Transloadit, steps: dict[str, Any], *files: tuple[str, bytes]) -> dict[str, Any]:
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=60).to_dict()


def encoded(img: Image.Image, fmt: str) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt)
    return buf.getvalue()


# -- /image/merge -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def images() -> dict[str, tuple[str, bytes]]:
    """A 30x20 blue PNG, a 10x40 green JPEG, and a 20x10 yellow PNG whose left half is transparent."""
    third = Image.new("RGBA", (20, 10), (*YELLOW, 255))
    third.paste((0, 0, 0, 0), (0, 0, 10, 10))
    return {
        "a": ("a.png", encoded(Image.new("RGB", (30, 20), BLUE), "PNG")),
        "b": ("b.jpg", encoded(Image.new("RGB", (10, 40), GREEN), "JPEG")),
        "c": ("c.png", encoded(third, "PNG")),
    }


def test_image_merge_layouts_borders_and_backgrounds(
    kit: Transloadit, test_client: TestClient, images: dict[str, tuple[str, bytes]]
) -> None:
    steps = {
        "row": {"use": ":original", "robot": "/image/merge", "border": 5, "background": "#ff0000"},
        "column": {"use": ":original", "robot": "/image/merge", "direction": "vertical", "format": "jpg"},
        "clear": {"use": ":original", "robot": "/image/merge", "border": 2, "background": "transparent"},
    }
    done = run(kit, steps, images["a"], images["b"], images["c"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (row,) = done["results"]["row"]
    # Horizontal: widths 30 + 10 + 20 and two 5 px gaps; as high as the highest (40).
    assert (row["mime"], row["ext"], row["meta"]["width"], row["meta"]["height"]) == ("image/png", "png", 70, 40)
    img = merged(test_client, row)
    assert img.size == (70, 40)
    assert rgb(img, (15, 10)) == BLUE and rgb(img, (15, 30)) == RED  # below the 20 px high image: background
    assert rgb(img, (32, 10)) == RED  # the gap between a and b
    assert near(rgb(img, (40, 20)), GREEN) and near(rgb(img, (40, 39)), GREEN)
    assert rgb(img, (47, 5)) == RED and rgb(img, (65, 5)) == YELLOW and rgb(img, (65, 20)) == RED
    assert rgb(img, (52, 5)) == RED  # c's transparent half shows the background

    (column,) = done["results"]["column"]
    # Vertical, no border: as wide as the widest (30), heights 20 + 40 + 10.
    assert (column["mime"], column["meta"]["width"], column["meta"]["height"]) == ("image/jpeg", 30, 70)
    img = merged(test_client, column)
    assert near(rgb(img, (15, 10)), BLUE) and near(rgb(img, (5, 40)), GREEN)
    assert near(rgb(img, (25, 40)), WHITE)  # beside the 10 px wide image: the default white
    assert near(rgb(img, (15, 65)), YELLOW) and near(rgb(img, (3, 65)), WHITE)

    (clear,) = done["results"]["clear"]
    img = merged(test_client, clear)
    assert (img.mode, img.size) == ("RGBA", (64, 40))
    assert img.getpixel((31, 5)) == (0, 0, 0, 0) and img.getpixel((5, 5)) == (*BLUE, 255)


def test_image_merge_groups_by_step_or_bundles(
    kit: Transloadit, test_client: TestClient, images: dict[str, tuple[str, bytes]]
) -> None:
    steps = {
        "small": {"use": ":original", "robot": "/image/resize", "width": 10, "resize_strategy": "fit"},
        "per_step": {"use": [":original", "small"], "robot": "/image/merge"},
        "bundled": {"use": {"steps": [":original", "small"], "bundle_steps": True}, "robot": "/image/merge"},
    }
    notes = ("notes.txt", b"plain text is skipped, as other image robots skip it")
    done = run(kit, steps, images["a"], notes, images["b"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    per_step = done["results"]["per_step"]
    # One image per used Step: the uploads (30 + 10 wide), then their 10 px wide resizes.
    assert [(r["meta"]["width"], r["meta"]["height"]) for r in per_step] == [(40, 40), (20, 40)]
    (bundled,) = done["results"]["bundled"]
    assert (bundled["meta"]["width"], bundled["meta"]["height"]) == (60, 40)
    img = merged(test_client, bundled)
    # In use order: a, b, small a (10x7), small b.
    assert rgb(img, (5, 5)) == BLUE and near(rgb(img, (35, 5)), GREEN)
    assert near(rgb(img, (45, 3)), BLUE) and rgb(img, (45, 20)) == WHITE and near(rgb(img, (55, 20)), GREEN)
    assert bundled["original_id"] == done["uploads"][0]["id"]  # the first image's file is its source


def test_image_merge_errors(kit: Transloadit, images: dict[str, tuple[str, bytes]]) -> None:
    merge = {"use": ":original", "robot": "/image/merge"}
    notes = ("notes.txt", b"not an image")
    alone = run(kit, {"m": merge}, images["a"], notes)
    assert alone["error"] == "IMAGE_MERGE_FAILURE" and "at least two images" in alone["message"], alone
    forced = run(kit, {"m": {**merge, "force_accept": True}}, images["a"], notes)
    assert forced["error"] == "INVALID_INPUT_ERROR" and "notes.txt" in forced["message"], forced  # as the live API
    png = images["a"][1]
    broken = run(kit, {"m": merge}, images["a"], ("broken.png", png[: len(png) // 2]))
    assert broken["error"] == "IMAGE_MERGE_FAILURE" and "broken.png" in broken["message"], broken

    line = ("line.png", encoded(Image.new("RGB", (5000, 1), BLUE), "PNG"))
    # 5000 x (1 + 5000 + 1) pixels is over the 25,000,000 pixel cap; refused before decoding.
    big = run(kit, {"m": {**merge, "direction": "vertical", "border": 5000}}, line, line)
    assert big["error"] == "IMAGE_MERGE_FAILURE" and "25,000,000" in big["message"], big
    dot = ("dot.png", encoded(Image.new("RGB", (1, 1), BLUE), "PNG"))
    wide = run(kit, {"m": {**merge, "border": 70000}}, dot, dot)
    assert wide["error"] == "IMAGE_MERGE_FAILURE" and "70002x1" in wide["message"], wide

    for bad in ({"direction": "diagonal"}, {"border": -1}, {"background": "#12"}, {"format": "gif"}):
        with pytest.raises(TransloaditApiError) as refused:  # at creation: the Step does not validate
            run(kit, {"m": {**merge, **bad}}, images["a"], images["b"])
        assert refused.value.code == "IMAGE_MERGE_VALIDATION" and refused.value.http_status == 400, bad


# -- /video/concat ------------------------------------------------------------------------------


def make_clip(path: Path, *args: str) -> tuple[str, bytes]:
    subprocess.run([ffmpeg_exe(), "-y", "-loglevel", "error", *args, str(path)], check=True, timeout=60)
    return path.name, path.read_bytes()


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, bytes]]:
    """1 s each: red 64x48 10 fps H.264 with a 440 Hz tone; blue 80x80 15 fps VP8 WebM without
    sound; green 48x64 25 fps H.264 with a mono 22.05 kHz tone."""
    root = tmp_path_factory.mktemp("clips")
    h264 = ("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p")
    return {
        "red": make_clip(
            root / "red.mp4",
            *("-f", "lavfi", "-i", "color=c=red:size=64x48:rate=10:duration=1"),
            *("-f", "lavfi", "-i", "sine=frequency=440:duration=1:sample_rate=44100"),
            *h264,
            *("-c:a", "aac", "-shortest"),
        ),
        "blue": make_clip(
            root / "blue.webm",
            *("-f", "lavfi", "-i", "color=c=blue:size=80x80:rate=15:duration=1"),
            *("-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "200k"),
        ),
        "green": make_clip(
            root / "green.mp4",
            *("-f", "lavfi", "-i", "color=c=0x00c800:size=48x64:rate=25:duration=1"),
            *("-f", "lavfi", "-i", "sine=frequency=660:duration=1:sample_rate=22050"),
            *h264,
            *("-ac", "1", "-c:a", "aac", "-shortest"),
        ),
    }


def decode(data: bytes) -> tuple[list[tuple[float, tuple[int, ...], tuple[int, ...]]], np.ndarray, int]:
    """Every frame as (time, centre pixel, pixel 2 px from the left edge), and the sound as one
    mono float array with its sample rate (empty when there is no sound)."""
    frames: list[tuple[float, tuple[int, ...], tuple[int, ...]]] = []
    with av.open(io.BytesIO(data), "r") as container:
        for frame in container.decode(video=0):
            pixels = frame.to_ndarray(format="rgb24")
            h, w, _ = pixels.shape
            centre, edge = tuple(int(v) for v in pixels[h // 2, w // 2]), tuple(int(v) for v in pixels[h // 2, 2])
            assert frame.time is not None
            frames.append((frame.time, centre, edge))
    with av.open(io.BytesIO(data), "r") as container:
        if not container.streams.audio:
            return frames, np.zeros(0), 0
        rate = int(container.streams.audio[0].rate)
        # AAC and Opus decode to planar floats: row 0 is the first channel.
        chunks = [f.to_ndarray()[0].astype(np.float64) for f in container.decode(audio=0)]
    return frames, np.concatenate(chunks), rate


def colour_at(frames: list[tuple[float, tuple[int, ...], tuple[int, ...]]], t: float) -> tuple[int, ...]:
    """The centre pixel of the frame shown at ``t`` seconds."""
    shown = [f for f in frames if f[0] <= t + 1e-6]
    return shown[-1][1]


def loudness(sound: np.ndarray, rate: int, start: float, end: float) -> float:
    return float(np.abs(sound[int(start * rate) : int(end * rate)]).mean())


def test_video_concat_mixed_sizes_codecs_and_sound(
    kit: Transloadit, test_client: TestClient, clips: dict[str, tuple[str, bytes]]
) -> None:
    photo = ("photo.png", encoded(Image.new("RGB", (8, 8), WHITE), "PNG"))  # skipped: not a video
    steps = {"joined": {"use": ":original", "robot": "/video/concat", "video_fade_seconds": 0, "audio_fade_seconds": 0}}
    done = run(kit, steps, clips["red"], photo, clips["blue"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (joined,) = done["results"]["joined"]
    meta = joined["meta"]
    assert (joined["mime"], meta["video_codec"], meta["audio_codec"]) == ("video/mp4", "h264", "aac")
    assert (meta["width"], meta["height"], meta["framerate"]) == (64, 48, 10.0)  # the first clip's
    assert meta["duration"] == pytest.approx(2.0, abs=0.1)  # 1 s + 1 s
    frames, sound, rate = decode(fetch(test_client, joined))
    assert len(frames) == 20
    assert near(colour_at(frames, 0.5), RED, 30) and near(colour_at(frames, 1.5), BLUE, 30)
    # The square blue clip is fitted to 48x48 and padded with black to 64x48.
    assert near(frames[15][2], (0, 0, 0), 20)
    assert len(sound) / rate == pytest.approx(2.0, abs=0.1)
    assert loudness(sound, rate, 0.2, 0.8) > 0.05 and loudness(sound, rate, 1.2, 1.8) < 0.001  # silence for blue


def test_video_concat_orders_by_as_and_fields_with_fades(
    kit: Transloadit, test_client: TestClient, clips: dict[str, tuple[str, bytes]]
) -> None:
    use = {
        "steps": [
            {"name": ":original", "fields": "clip_a", "as": "video_10"},
            {"name": ":original", "fields": "clip_b", "as": "video_1"},
            {"name": ":original", "fields": ["clip_c"], "as": "video_2"},
        ]
    }
    steps = {"joined": {"use": use, "robot": "/video/concat", "preset": "webm", "video_fade_seconds": 0.3}}
    params, signature = kit.signed(steps=steps)
    # kit names every upload part "file"; a plain multipart POST gives each clip its own field.
    parts = [("clip_a", clips["red"]), ("clip_b", clips["blue"]), ("clip_c", clips["green"])]
    response = test_client.post(
        "/assemblies",
        data={"params": params, "signature": signature},
        files=[(field, (name, data)) for field, (name, data) in parts],
    )
    assert response.status_code == 200, response.text
    done = kit.wait_for_assembly(response.json()["assembly_id"], timeout=60).to_dict()
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (joined,) = done["results"]["joined"]
    meta = joined["meta"]
    assert (joined["ext"], meta["video_codec"], meta["audio_codec"]) == ("webm", "vp9", "opus")
    assert (meta["width"], meta["height"]) == (80, 80)  # blue comes first (video_1)
    assert meta["duration"] == pytest.approx(3.0, abs=0.1)
    frames, sound, rate = decode(fetch(test_client, joined))
    # video_1 (blue), video_2 (green), video_10 (red): by number, not as text.
    assert near(colour_at(frames, 0.4), BLUE, 30)
    assert near(colour_at(frames, 1.5), GREEN, 40) and near(colour_at(frames, 2.5), RED, 40)
    # 0.3 s fades to black before each cut and from black after it.
    assert max(colour_at(frames, 0.95)) < 120 and max(colour_at(frames, 1.02)) < 120
    assert loudness(sound, rate, 0.1, 0.6) < 0.001  # blue had no sound: silence
    # The default 1 s audio fade is held to half of each 1 s clip: full volume only mid-clip.
    assert loudness(sound, rate, 1.45, 1.55) > 0.03 and loudness(sound, rate, 2.45, 2.55) > 0.03
    assert loudness(sound, rate, 1.95, 2.0) < loudness(sound, rate, 1.45, 1.55) / 4  # faded out before red


def test_video_concat_errors(kit: Transloadit, clips: dict[str, tuple[str, bytes]]) -> None:
    concat = {"use": ":original", "robot": "/video/concat"}
    alone = run(kit, {"c": concat}, clips["red"])
    assert alone["error"] == "VIDEO_CONCAT_INVALID_INPUT" and "at least two" in alone["message"], alone
    _, data = clips["red"]
    broken = run(kit, {"c": concat}, clips["blue"], ("broken.mp4", data[: len(data) // 3]))
    assert broken["error"] == "VIDEO_CONCAT_INVALID_INPUT" and "broken.mp4" in broken["message"], broken
    # Header and index intact, the pictures overwritten: it probes fine but does not decode.
    garbled = bytearray(data)
    start = garbled.index(b"mdat") + 100
    garbled[start : start + len(data) // 2] = b"\xff" * (len(data) // 2)
    undecodable = run(kit, {"c": concat}, clips["blue"], ("garbled.mp4", bytes(garbled)))
    assert undecodable["error"] == "VIDEO_CONCAT_INVALID_INPUT", undecodable
    assert undecodable["message"].startswith("'garbled.mp4' cannot be decoded") and "0x" not in undecodable["message"]
    photo = ("photo.png", encoded(Image.new("RGB", (8, 8), WHITE), "PNG"))
    forced = run(kit, {"c": {**concat, "force_accept": True}}, clips["blue"], photo)
    assert forced["error"] == "VIDEO_CONCAT_INVALID_INPUT" and "photo.png" in forced["message"], forced
    override = run(kit, {"c": {**concat, "ffmpeg": {"i": "/etc/passwd"}}}, clips["red"], clips["blue"])
    assert override["error"] == "VIDEO_CONCAT_VALIDATION" and "'i'" in override["message"], override
    for bad in ({"video_fade_seconds": -1}, {"audio_fade_seconds": "loud"}, {"preset": "betamax"}):
        with pytest.raises(TransloaditApiError) as refused:  # at creation: the Step does not validate
            run(kit, {"c": {**concat, **bad}}, clips["red"], clips["blue"])
        assert refused.value.code == "VIDEO_CONCAT_VALIDATION" and refused.value.http_status == 400, bad


def test_video_concat_crossfade_overlaps_and_marks_chapters(
    kit: Transloadit, test_client: TestClient, clips: dict[str, tuple[str, bytes]]
) -> None:
    steps = {
        "joined": {
            "use": ":original",
            "robot": "/video/concat",
            "transition": "crossfade",
            "transition_duration": 0.4,
            "chapter_markers": True,
        }
    }
    done = run(kit, steps, clips["red"], clips["green"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (joined,) = done["results"]["joined"]
    assert joined["meta"]["duration"] == pytest.approx(1.6, abs=0.1)  # 1 s + 1 s - 0.4 s of overlap
    data = fetch(test_client, joined)
    frames, sound, rate = decode(data)
    assert near(colour_at(frames, 0.3), RED, 30) and near(colour_at(frames, 1.4), GREEN, 40)
    blend = colour_at(frames, 0.8)  # mid-crossfade: both red and green show
    assert blend[0] > 60 and blend[1] > 60, blend
    assert len(sound) / rate == pytest.approx(1.6, abs=0.1)
    with av.open(io.BytesIO(data), "r") as container:
        chapters = [(float(c["start"] * c["time_base"]), c["metadata"].get("title")) for c in container.chapters()]
    assert [title for _, title in chapters] == ["red", "green"]
    assert chapters[0][0] == pytest.approx(0.0) and chapters[1][0] == pytest.approx(0.6, abs=0.05)


def test_video_concat_fade_to_black(
    kit: Transloadit, test_client: TestClient, clips: dict[str, tuple[str, bytes]]
) -> None:
    steps = {
        "joined": {
            "use": ":original",
            "robot": "/video/concat",
            "transition": "fade_to_black",
            "transition_duration": 0.8,
            "video_fade_seconds": 0,
            "audio_fade_seconds": 0,
        }
    }
    done = run(kit, steps, clips["red"], clips["green"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (joined,) = done["results"]["joined"]
    assert joined["meta"]["duration"] == pytest.approx(2.0, abs=0.1)  # no overlap
    frames, sound, rate = decode(fetch(test_client, joined))
    # 0.4 s out to black, 0.4 s in from black, though the Step's own fades are off (10 fps red:
    # the frame shown at 0.95 s is the one at 0.9 s, a quarter of the way from black).
    assert near(colour_at(frames, 0.5), RED, 30) and max(colour_at(frames, 0.95)) < 90
    assert max(colour_at(frames, 1.02)) < 40 and near(colour_at(frames, 1.7), GREEN, 40)
    assert loudness(sound, rate, 0.95, 1.0) < loudness(sound, rate, 0.2, 0.4) / 4
    no_length = run(kit, {"j": {**steps["joined"], "transition_duration": 0}}, clips["red"], clips["green"])
    assert no_length["error"] == "VIDEO_CONCAT_VALIDATION", no_length


def test_image_merge_grid_cells(
    kit: Transloadit, test_client: TestClient, images: dict[str, tuple[str, bytes]]
) -> None:
    steps = {
        "grid": {"use": ":original", "robot": "/image/merge", "direction": "grid", "columns": 2, "border": 4,
                 "background": "#ff0000"},
        "cells": {"use": ":original", "robot": "/image/merge", "direction": "grid", "rows": 1,
                  "cell_width": 20, "cell_height": 20, "format": "webp"},
    }  # fmt: skip
    done = run(kit, steps, images["a"], images["b"], images["c"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (grid,) = done["results"]["grid"]
    # 2 columns, 2 rows of 30x40 cells (the widest and the highest image), 4 px apart.
    assert (grid["meta"]["width"], grid["meta"]["height"]) == (64, 84)
    img = merged(test_client, grid)
    assert rgb(img, (5, 5)) == BLUE and rgb(img, (5, 30)) == RED  # a (30x20) at its cell's top-left
    assert near(rgb(img, (38, 30)), GREEN) and rgb(img, (50, 30)) == RED  # b (10x40) in the second column
    assert rgb(img, (15, 49)) == YELLOW and rgb(img, (5, 49)) == RED  # c below a, its clear half the background
    (cells,) = done["results"]["cells"]
    # One row of three 20x20 cells: a fitted to 20x13, b to 5x20, c to 20x10.
    assert (cells["ext"], cells["meta"]["width"], cells["meta"]["height"]) == ("webp", 60, 20)
    img = merged(test_client, cells)
    assert near(rgb(img, (10, 6)), BLUE) and near(rgb(img, (10, 17)), WHITE)
    assert near(rgb(img, (22, 10)), GREEN) and near(rgb(img, (30, 10)), WHITE)


def test_image_merge_effects(kit: Transloadit, test_client: TestClient, images: dict[str, tuple[str, bytes]]) -> None:
    mosaic = {"use": ":original", "robot": "/image/merge", "effect": "mosaic", "width": 200, "border": 10}
    stack = {"use": ":original", "robot": "/image/merge", "effect": "polaroid-stack", "width": 300, "height": 200,
             "seed": 7, "background": "#000000", "coverage": 2}  # fmt: skip
    steps = {
        "mosaic": mosaic,
        "tall": {**mosaic, "height": 100},
        "stack": stack,
        "again": stack,
        "shuffled": {**stack, "shuffle": True},
    }
    done = run(kit, steps, images["a"], images["b"], images["c"], images["a"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (tiles,) = done["results"]["mosaic"]
    assert tiles["meta"]["width"] == 200
    img = merged(test_client, tiles)
    # Two rows of two, each row filling the 180 px between the 10 px margins.
    assert rgb(img, (5, 5)) == WHITE and rgb(img, (15, 15)) == BLUE
    row_colours = {rgb(img, (x, 15)) for x in range(10, 190)}
    assert any(near(c, GREEN) for c in row_colours) and rgb(img, (195, 15)) == WHITE
    (tall,) = done["results"]["tall"]
    assert tall["meta"]["height"] == 100 and tall["meta"]["width"] < 200  # scaled down to the height
    (stack_result,) = done["results"]["stack"]
    assert (stack_result["meta"]["width"], stack_result["meta"]["height"]) == (300, 200)
    picture = np.asarray(merged(test_client, stack_result).convert("RGB")).astype(int)
    frames = (np.abs(picture - (250, 250, 246)).sum(axis=2) < 20).mean()
    covered = (picture.sum(axis=2) > 40).mean()
    assert frames > 0.02 and covered > 0.5  # white frames, and photos over most of the black canvas
    again = np.asarray(merged(test_client, done["results"]["again"][0]).convert("RGB")).astype(int)
    assert (again == picture).all()  # the same seed, the same collage
    shuffled = np.asarray(merged(test_client, done["results"]["shuffled"][0]).convert("RGB")).astype(int)
    assert not (shuffled == picture).all()
