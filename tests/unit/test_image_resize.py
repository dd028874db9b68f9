"""/image/resize on real images: every strategy, zoom, pad colour, formats, quality, errors."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PIL import ExifTags, Image

from transloadit_emulator.errors import RobotError
from transloadit_emulator.robots.base import InputFile, RobotContext
from transloadit_emulator.robots.image_resize import ImageResize


def run(tmp_path: Path, src: Path, **params: Any) -> Image.Image:
    ctx = RobotContext("a" * 32, "resize", tmp_path / "scratch", logging.getLogger("test"))
    record = {"id": "f" * 32, "name": src.name}
    [out] = ImageResize().process(ctx, {"robot": "/image/resize", **params}, [InputFile(src, record)])
    assert out.path.parent == ctx.scratch_dir and out.source.path == src
    img = Image.open(out.path)
    img.load()
    img.info["out_name"] = out.name
    return img


def px(img: Image.Image, xy: tuple[int, int]) -> tuple[int, ...]:
    """A pixel as a tuple of channel values, whatever the mode (Pillow returns an int for L)."""
    value = img.getpixel(xy)
    assert value is not None
    return value if isinstance(value, tuple) else (int(value),)


def frame_count(img: Image.Image) -> int:
    return int(getattr(img, "n_frames", 1))


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "photo.jpg"
    img = Image.new("RGB", (2500, 1667), (30, 60, 90))
    img.paste((250, 250, 250), (0, 0, 1250, 1667))  # left half white, to see where crops land
    img.save(path, quality=90)
    return path


@pytest.mark.parametrize(
    ("params", "size"),
    [
        ({"width": 800}, (800, 533)),
        ({"height": 400}, (600, 400)),
        ({"width": 800, "height": 800}, (800, 533)),
        ({"width": 800, "height": 800, "resize_strategy": "fillcrop"}, (800, 800)),
        ({"width": 800, "height": 800, "resize_strategy": "min_fit"}, (1200, 800)),
        ({"width": 800, "height": 800, "resize_strategy": "pad"}, (800, 800)),
        ({"width": 800, "height": 800, "resize_strategy": "stretch"}, (800, 800)),
        ({"width": 300, "height": 200, "resize_strategy": "crop"}, (300, 200)),
        ({"width": 300, "resize_strategy": "crop"}, (300, 1667)),
        ({"height": 500, "resize_strategy": "min_fit"}, (750, 500)),
        ({"width": 400, "height": 100, "resize_strategy": "pad"}, (400, 100)),
        ({"width": 5000, "zoom": False}, (2500, 1667)),
        ({"width": 5000, "height": 5000, "resize_strategy": "fillcrop", "zoom": False}, (2500, 1667)),
        ({"width": 5000, "height": 800, "resize_strategy": "stretch", "zoom": False}, (2500, 800)),
        ({"width": 3000, "height": 3000, "resize_strategy": "pad", "zoom": False}, (3000, 3000)),
        ({"width": 3750}, (3750, 2501)),
        ({}, (2500, 1667)),
    ],
)
def test_strategies(tmp_path: Path, photo: Path, params: dict[str, Any], size: tuple[int, int]) -> None:
    assert run(tmp_path, photo, **params).size == size


def test_pad_uses_background_and_gravity(tmp_path: Path, photo: Path) -> None:
    img = run(tmp_path, photo, width=800, height=800, resize_strategy="pad", background="#ff0000", format="png")
    assert px(img, (400, 5))[:3] == (255, 0, 0)  # padding band on top
    assert px(img, (400, 400))[:3] != (255, 0, 0)
    top = run(tmp_path, photo, width=800, height=800, resize_strategy="pad", background="#00ff00", gravity="top")
    assert px(top, (400, 790))[1] > 200 and px(top, (400, 5))[1] < 200


def test_fillcrop_gravity_picks_the_region(tmp_path: Path, photo: Path) -> None:
    left = run(tmp_path, photo, width=100, height=100, resize_strategy="fillcrop", gravity="left")
    right = run(tmp_path, photo, width=100, height=100, resize_strategy="fillcrop", gravity="right")
    assert sum(px(left, (50, 50))) > 600 and sum(px(right, (50, 50))) < 300


def test_crop_region_before_resize(tmp_path: Path, photo: Path) -> None:
    img = run(tmp_path, photo, crop={"x1": 1300, "y1": 0, "x2": 2500, "y2": 600})
    assert img.size == (1200, 600) and sum(px(img, (10, 10))) < 300
    # The resize works on the cropped region, not on the original size.
    assert run(tmp_path, photo, crop="1300,0,2500,600", width=600).size == (600, 300)
    assert run(tmp_path, photo, crop={"x1": 0, "y1": 0, "x2": 100, "y2": 100}, width=50).size == (50, 50)


def test_crop_outside_the_image_is_an_error(tmp_path: Path, photo: Path) -> None:
    with pytest.raises(RobotError, match="selects no pixels"):
        run(tmp_path, photo, crop={"x1": 3000, "y1": 0, "x2": 3100, "y2": 10})


def test_format_conversion_and_names(tmp_path: Path, photo: Path) -> None:
    for fmt, pillow in (("png", "PNG"), ("webp", "WEBP"), ("gif", "GIF"), ("tiff", "TIFF"), ("jpeg", "JPEG")):
        img = run(tmp_path, photo, width=100, format=fmt)
        assert img.format == pillow
        assert img.info["out_name"] == "photo." + {"jpeg": "jpg"}.get(fmt, fmt)
    png = tmp_path / "shot.PNG"
    Image.new("RGB", (40, 30), (1, 2, 3)).save(png, "PNG")
    kept = run(tmp_path, png, width=20)
    assert (kept.format, kept.info["out_name"]) == ("PNG", "shot.PNG")  # format null: keep it all
    assert run(tmp_path, png, format="jpg").info["out_name"] == "shot.jpg"


def test_unsupported_output_format_is_an_error(tmp_path: Path, photo: Path) -> None:
    with pytest.raises(RobotError, match="'heic' is not supported"):
        run(tmp_path, photo, width=10, format="heic")


def test_same_name_inputs_get_distinct_outputs(tmp_path: Path) -> None:
    ctx = RobotContext("a" * 32, "r", tmp_path / "scratch", logging.getLogger("t"))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    inputs = []
    for folder, colour in (("a", (255, 0, 0)), ("b", (0, 0, 255))):
        Image.new("RGB", (20, 20), colour).save(tmp_path / folder / "same.png")
        inputs.append(InputFile(tmp_path / folder / "same.png", {"name": "../../same.png"}))
    outs = ImageResize().process(ctx, {"width": 10}, inputs)
    assert [o.name for o in outs] == ["same.png", "same.png"]  # the client's path is dropped
    assert outs[0].path != outs[1].path and all(o.path.parent == ctx.scratch_dir for o in outs)
    assert [px(Image.open(o.path), (5, 5)) for o in outs] == [(255, 0, 0), (0, 0, 255)]


def test_palette_and_16_bit_inputs_resize_smoothly(tmp_path: Path) -> None:
    pal = tmp_path / "pal.png"
    stripes = Image.new("RGB", (40, 40), (0, 0, 0))
    for x in range(0, 40, 2):
        stripes.paste((255, 255, 255), (x, 0, x + 1, 40))
    stripes.convert("P").save(pal)
    # LANCZOS on the palette's colours gives gray; Pillow's NEAREST default would keep stripes.
    assert 100 < px(run(tmp_path, pal, width=20).convert("L"), (10, 10))[0] < 160
    deep = tmp_path / "deep.png"
    Image.new("I;16", (40, 20), 32768).save(deep)
    img = run(tmp_path, deep, width=20, format="jpg")
    assert img.size == (20, 10) and abs(px(img.convert("L"), (5, 5))[0] - 128) <= 2  # scaled, not clipped


def test_animated_gif_keeps_its_frames(tmp_path: Path) -> None:
    src = tmp_path / "anim.gif"
    frames = [Image.new("RGB", (40, 20), (i * 60, 0, 0)) for i in range(4)]
    frames[0].save(src, save_all=True, append_images=frames[1:], duration=70, loop=0)
    gif = run(tmp_path, src, width=20)
    assert (gif.format, gif.size, frame_count(gif), gif.info["duration"]) == ("GIF", (20, 10), 4, 70)
    webp = run(tmp_path, src, width=20, format="webp")
    assert (webp.format, frame_count(webp)) == ("WEBP", 4)
    third = run(tmp_path, src, width=20, frame=3, format="png")
    assert frame_count(third) == 1 and px(third.convert("RGB"), (5, 5)) == (120, 0, 0)


def test_quality_changes_size(tmp_path: Path) -> None:
    src = tmp_path / "noise.png"
    Image.effect_noise((400, 400), 60).convert("RGB").save(src)
    ctx = RobotContext("a" * 32, "r", tmp_path, logging.getLogger("t"))
    sizes = []
    for q in (20, 95):
        [out] = ImageResize().process(ctx, {"format": "jpg", "quality": q}, [InputFile(src, {"name": "n.png"})])
        sizes.append(out.path.stat().st_size)
    assert sizes[0] < sizes[1] / 2


def test_alpha_to_jpeg_is_flattened_on_background(tmp_path: Path) -> None:
    src = tmp_path / "alpha.png"
    Image.new("RGBA", (20, 20), (0, 0, 0, 0)).save(src)
    img = run(tmp_path, src, format="jpg", background="#0000ff")
    assert img.mode == "RGB" and px(img, (10, 10))[2] > 240
    kept = run(tmp_path, src, width=10, format="png", resize_strategy="pad", height=20, background="transparent")
    assert kept.mode == "RGBA" and px(kept, (5, 1))[3] == 0


def test_exif_orientation_applied_and_strip(tmp_path: Path) -> None:
    src = tmp_path / "rotated.jpg"
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "Canon"
    Image.new("RGB", (300, 200)).save(src, exif=exif)
    upright = run(tmp_path, src, width=100)
    assert upright.size == (100, 150)
    assert upright.getexif().get(ExifTags.Base.Make) == "Canon"
    assert upright.getexif().get(ExifTags.Base.Orientation) == 1  # the pixels are upright now
    assert run(tmp_path, src, width=100, strip=True).getexif().get(ExifTags.Base.Make) is None
    unrotated = run(tmp_path, src, rotation=False)
    assert unrotated.size == (300, 200) and unrotated.getexif().get(ExifTags.Base.Orientation) == 6
    assert run(tmp_path, src, rotation=90).size == (200, 300)
    assert run(tmp_path, src, rotation=180, width=150).size == (150, 100)


def test_drafted_jpeg_sizes_follow_the_full_resolution(tmp_path: Path) -> None:
    src = tmp_path / "tall.jpg"
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    Image.new("RGB", (3000, 2001)).save(src, exif=exif)  # displayed 2001x3000
    assert run(tmp_path, src, width=400).size == (400, 600)
    assert run(tmp_path, src, height=400).size == (267, 400)
    assert run(tmp_path, src, width=300, height=500, resize_strategy="stretch").size == (300, 500)
    assert run(tmp_path, src, width=300, height=300, resize_strategy="min_fit").size == (300, 450)


def test_progressive_jpeg(tmp_path: Path, photo: Path) -> None:
    assert run(tmp_path, photo, width=200, progressive=True).info.get("progressive") == 1


def test_non_image_is_a_coded_error(tmp_path: Path) -> None:
    src = tmp_path / "notes.txt"
    src.write_text("not an image")
    with pytest.raises(RobotError) as info:
        run(tmp_path, src, width=10)
    assert info.value.code == "INVALID_INPUT_ERROR" and "notes.txt" in info.value.message  # as the live API
    assert str(tmp_path) not in info.value.message  # no server paths in client-facing text


def test_truncated_image_is_a_coded_error(tmp_path: Path) -> None:
    full = tmp_path / "full.jpg"
    Image.effect_noise((400, 300), 50).convert("RGB").save(full)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(full.read_bytes()[:3000])
    with pytest.raises(RobotError) as info:
        run(tmp_path, cut, width=100)
    assert info.value.code == "IMAGE_RESIZE_ERROR" and "'cut.jpg' could not be resized" in info.value.message
    assert not list((tmp_path / "scratch").glob("*cut.jpg"))  # no half-written output left behind
