"""/file/preview end to end on tiny real media made here: which strategy makes each preview, and
what the preview shows (the photo's halves, the clip's colour, the cover art, the waveform's
shading, the PDF page, the icon's text), with sizes, formats, custom strategy lists and bad params.
"""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from starlette.testclient import TestClient

from tests.e2e.results import near as near_within
from tests.e2e.results import result_image as picture
from tests.e2e.results import rgb
from transloadit_emulator.media.ffmpeg import ffmpeg_exe
from transloadit_kit import Transloadit

RED, BLUE, GREEN, WHITE = (200, 30, 30), (30, 60, 200), (20, 180, 60), (255, 255, 255)
CLIP_COLOUR = (40, 160, 200)  # the solid colour of the test clip


def near(a: tuple[int, ...], b: tuple[int, ...], tolerance: int = 14) -> bool:
    """``near`` with this module's default tolerance."""
    return near_within(a, b, tolerance)


def run(kit: Transloadit, steps: dict[str, Any], *files: Path) -> dict[str, Any]:
    sources = [(f.name, f.read_bytes()) for f in files]
    return kit.create_assembly(steps=steps, files=sources, wait=True, timeout=60).to_dict()


def dark_pixels(img: Image.Image, box: tuple[int, int, int, int]) -> int:
    """How many pixels in ``box`` are nearly black."""
    return sum(img.convert("L").crop(box).histogram()[:80])


def ffmpeg(path: Path, *args: str) -> Path:
    subprocess.run([ffmpeg_exe(), "-y", "-loglevel", "error", *args, str(path)], check=True, timeout=60)
    return path


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A 400x200 JPEG (red left half, blue right half), a 1 s solid-colour 160x120 H.264 clip and
    a moving one, a loud 1 s MP3 with a green PNG as its front cover and the same MP3 without it,
    a one-page PDF, a zip, an HTML page, a corrupt MP4 and a corrupt JPEG."""
    root = tmp_path_factory.mktemp("preview-media")
    photo = Image.new("RGB", (400, 200), RED)
    photo.paste(BLUE, (200, 0, 400, 200))
    photo.save(root / "photo.jpg", "JPEG", quality=95)
    r, g, b = CLIP_COLOUR
    ffmpeg(
        root / "clip.mp4",
        *("-f", "lavfi", "-i", f"color=c=0x{r:02x}{g:02x}{b:02x}:size=160x120:rate=10:duration=1"),
        *("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"),
    )
    loud = "aevalsrc=0.9*sin(2*PI*220*t):s=22050:d=1"  # lavfi's sine peaks at 1/8 only
    song = ffmpeg(root / "song.mp3", "-f", "lavfi", "-i", loud, "-c:a", "libmp3lame")
    Image.new("RGB", (64, 64), GREEN).save(root / "cover.png")
    ffmpeg(
        root / "album.mp3",
        *("-i", str(song), "-i", str(root / "cover.png"), "-map", "0", "-map", "1", "-c", "copy"),
        *("-id3v2_version", "3", "-metadata:s:v", "comment=Cover (front)"),
    )
    page = Image.new("RGB", (200, 100), WHITE)
    page.paste(Image.new("RGB", (160, 60), BLUE), (20, 20))
    page.save(root / "report.pdf", "PDF", resolution=72)
    with zipfile.ZipFile(root / "bundle.zip", "w") as archive:
        archive.writestr("notes.txt", "hello\n" * 20)
    (root / "broken.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x13\x37" * 400)
    ffmpeg(
        root / "moving.mp4",
        *("-f", "lavfi", "-i", "testsrc2=size=160x120:rate=10:duration=1"),
        *("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"),
    )
    (root / "home.html").write_text("<!doctype html><title>Home</title><p>Hello</p>")
    (root / "corrupt.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00garbage" * 50)
    return {p.stem: p for p in root.iterdir()}


def test_default_strategies_pick_the_right_preview_per_file_type(
    kit: Transloadit, test_client: TestClient, media: dict[str, Path]
) -> None:
    names = ["photo", "clip", "album", "song", "report", "bundle", "home", "broken"]
    done = run(kit, {"preview": {"use": ":original", "robot": "/file/preview"}}, *(media[n] for n in names))
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    results = done["results"]["preview"]
    assert [r["name"] for r in results] == [f"{n}.png" for n in names]
    assert [r["meta"]["preview_strategy"] for r in results] == [
        "image",
        "frame",
        "artwork",
        "waveform",
        "page",
        "icon",
        "icon",  # web pages cannot be rendered here
        "icon",  # the corrupt video: artwork and frame fail, the icon always works
    ]
    assert all(r["mime"] == "image/png" and (r["meta"]["width"], r["meta"]["height"]) == (300, 200) for r in results)
    photo, clip, album, song, report, bundle, home, broken = (picture(test_client, r) for r in results)

    # The photo is fitted (300x150) and padded with white above and below.
    assert near(rgb(photo, (75, 100)), RED) and near(rgb(photo, (225, 100)), BLUE)
    assert rgb(photo, (150, 5)) == WHITE and rgb(photo, (150, 195)) == WHITE
    # The clip's middle frame is its colour; the metadata path describes the preview itself.
    assert near(rgb(clip, (150, 100)), CLIP_COLOUR)
    assert near(tuple(int(results[1]["meta"]["average_color"][i : i + 2], 16) for i in (1, 3, 5)), CLIP_COLOUR, 40)
    # The MP3's cover art, not its sound.
    assert near(rgb(album, (150, 100)), GREEN)
    # The waveform (300x100, black) in the middle of a white preview.
    assert rgb(song, (5, 5)) == WHITE
    assert any(rgb(song, (x, 100))[0] < 60 for x in range(0, 300, 5))
    # The PDF page: its blue panel in the middle, its white margin at the side.
    assert near(rgb(report, (150, 100)), BLUE) and rgb(report, (5, 100)) == WHITE
    # Icons: a light glyph on white; the default text colour is a mid grey.
    for icon in (bundle, home, broken):
        assert rgb(icon, (3, 3)) == WHITE
        assert min(rgb(icon, (x, y))[0] for x in range(100, 200, 2) for y in range(145, 185, 2)) < 200


def test_icon_styles_text_and_fonts(kit: Transloadit, test_client: TestClient, media: dict[str, Path]) -> None:
    base = {"use": ":original", "robot": "/file/preview", "icon_text_color": "#000000"}
    steps = {
        "text": base,
        "none": {**base, "icon_text_content": "none"},
        "square": {**base, "icon_style": "square", "width": 100, "height": 100, "format": "jpg"},
        "font": {**base, "icon_text_font": "NoSuchFont", "background": "#00000000"},
    }
    done = run(kit, steps, media["bundle"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    text, none, square, font = (picture(test_client, done["results"][s][0]) for s in steps)
    text_box = (60, 140, 240, 190)  # where the 200x200 icon's text box lands in the 300x200 preview
    assert dark_pixels(text, text_box) > 30  # "ZIP" in black
    assert dark_pixels(none, text_box) == 0  # an empty box
    assert rgb(none, (150, 165)) != WHITE  # the box is still drawn
    assert square.format == "JPEG" and square.size == (100, 100) and dark_pixels(square, (0, 0, 100, 100)) == 0
    assert font.convert("RGBA").getpixel((2, 2)) == (0, 0, 0, 0)  # a transparent background
    assert dark_pixels(font, text_box) > 30  # an unknown font falls back to Pillow's own


def test_custom_strategies_sizes_and_formats(kit: Transloadit, test_client: TestClient, media: dict[str, Path]) -> None:
    preview = {"use": ":original", "robot": "/file/preview"}
    steps = {
        "icons": {**preview, "strategy": {"image": ["icon"], "video": ["icon"]}},
        "wave": {
            **preview,
            "strategy": {"audio": ["waveform", "icon"]},
            "waveform_center_color": "#ff0000",
            "waveform_outer_color": "#0000ff",
            "waveform_height": 200,
            "background": "#ffff00",
        },
        "small": {**preview, "width": 120, "height": 80, "resize_strategy": "fillcrop", "format": "jpg"},
        "gif": {**preview, "format": "gif", "width": 50, "height": 50, "optimize": False},
    }
    done = run(kit, steps, media["photo"], media["clip"], media["album"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    res = done["results"]
    assert [r["meta"]["preview_strategy"] for r in res["icons"]] == ["icon", "icon", "artwork"]
    (wave,) = [r for r in res["wave"] if r["name"] == "album.png"]
    assert wave["meta"]["preview_strategy"] == "waveform"  # artwork was not asked for
    shaded = picture(test_client, wave)
    assert rgb(shaded, (2, 2)) == (255, 255, 0)  # the background
    middle = [rgb(shaded, (x, 100)) for x in range(0, 300, 3)]
    assert any(r > 200 and b < 60 for r, g, b in middle)  # red along the middle line
    column = [rgb(shaded, (x, y)) for x in range(0, 300, 3) for y in range(30, 70)]
    assert any(b > r for r, g, b in column if (r, g, b) != (255, 255, 0))  # bluer towards the peaks

    assert all(r["mime"] == "image/jpeg" and r["name"].endswith(".jpg") for r in res["small"])
    assert all((r["meta"]["width"], r["meta"]["height"]) == (120, 80) for r in res["small"])
    cropped = picture(test_client, res["small"][0])  # the photo, cut to 3:2: both halves, no padding
    assert near(rgb(cropped, (10, 40)), RED, 30) and near(rgb(cropped, (110, 40)), BLUE, 30)
    assert all(r["mime"] == "image/gif" and (r["meta"]["width"], r["meta"]["height"]) == (50, 50) for r in res["gif"])


def test_zoom_false_keeps_small_stills_small(kit: Transloadit, test_client: TestClient, media: dict[str, Path]) -> None:
    fit = {"use": ":original", "robot": "/file/preview", "width": 800, "height": 600, "resize_strategy": "fit"}
    done = run(kit, {"zoomed": fit, "kept": {**fit, "zoom": False}}, media["photo"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (zoomed,), (kept,) = done["results"]["zoomed"], done["results"]["kept"]
    assert (zoomed["meta"]["width"], zoomed["meta"]["height"]) == (800, 400)  # the 400x200 photo, enlarged
    assert (kept["meta"]["width"], kept["meta"]["height"]) == (400, 200)
    assert near(rgb(picture(test_client, kept), (10, 100)), RED, 30)


def test_video_clips(kit: Transloadit, test_client: TestClient, media: dict[str, Path]) -> None:
    clip = {"use": ":original", "robot": "/file/preview", "strategy": {"video": ["clip", "icon"]}}
    steps = {
        "gif": {**clip, "clip_format": "gif", "clip_offset": 0, "clip_duration": 1, "clip_framerate": 5},
        "webp": {**clip, "clip_offset": 0.2, "clip_loop": False, "width": 80, "height": 60},
        "late": {**clip, "clip_offset": 9},  # past the end: the clip fails, the icon steps in
    }
    done = run(kit, steps, media["moving"], media["clip"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (moving, solid), (webp, _), late = (done["results"][s] for s in steps)
    assert (moving["name"], moving["mime"], moving["meta"]["preview_strategy"]) == ("moving.gif", "image/gif", "clip")
    assert 4 <= moving["meta"]["frame_count"] <= 6  # 1 s at 5 frames per second
    assert near(rgb(picture(test_client, solid), (150, 100)), CLIP_COLOUR, 24)
    animation = picture(test_client, webp)
    assert (webp["name"], webp["mime"], animation.size) == ("moving.webp", "image/webp", (80, 60))
    assert getattr(animation, "n_frames", 1) > 1 and animation.info.get("loop") == 1  # plays once
    assert [r["meta"]["preview_strategy"] for r in late] == ["icon", "icon"]


def test_failures_and_bad_params(kit: Transloadit, media: dict[str, Path]) -> None:
    # A corrupt JPEG falls back to the icon, unless the icon is not on the list.
    fallback = run(kit, {"p": {"use": ":original", "robot": "/file/preview"}}, media["corrupt"])
    assert fallback["results"]["p"][0]["meta"]["preview_strategy"] == "icon"
    strict = {"use": ":original", "robot": "/file/preview", "strategy": {"image": ["image"]}}
    failed = run(kit, {"p": strict}, media["corrupt"])
    assert failed["error"] == "FILE_PREVIEW_NO_OUTPUT" and "image:" in failed["message"], failed
    assert "Traceback" not in failed["message"]
    ignored = run(kit, {"p": {**strict, "ignore_errors": True}}, media["corrupt"])
    assert ignored["ok"] == "ASSEMBLY_COMPLETED" and ignored["ignored_errors"][0]["error"] == "FILE_PREVIEW_NO_OUTPUT"


@pytest.mark.parametrize(
    "params",
    [
        {"format": "bmp"},
        {"width": 0},
        {"height": "tall"},
        {"resize_strategy": "squash"},
        {"background": "red"},
        {"strategy": {"video": ["page"]}},
        {"strategy": {"pdf": ["icon"]}},
        {"strategy": {"image": []}},
        {"strategy": ["icon"]},
        {"icon_style": "round"},
        {"icon_text_content": "name"},
        {"waveform_width": 0},
        {"optimize": "yes"},
        {"clip_format": "mp4"},
        {"clip_framerate": 61},
    ],
)
def test_bad_params_are_refused_at_creation(kit: Transloadit, params: dict[str, Any]) -> None:
    with pytest.raises(Exception) as refused:
        kit.create_assembly(steps={"p": {"use": ":original", "robot": "/file/preview", **params}})
    assert "FILE_PREVIEW_VALIDATION" in str(refused.value)
