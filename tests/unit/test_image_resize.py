"""/image/resize on real images: every strategy, zoom, pad colour, formats, quality, errors."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PIL import ExifTags, Image

from transloadit_emulator.core.errors import RobotError
from transloadit_emulator.robots.base import InputFile, RobotContext
from transloadit_emulator.robots.image_resize import ImageResize


def run(tmp_path: Path, src: Path, **params: Any) -> Image.Image:
    ctx = RobotContext("a" * 32, "resize", tmp_path, logging.getLogger("test"))
    record = {"id": "f" * 32, "name": src.name}
    [out] = ImageResize().process(ctx, {"robot": "/image/resize", **params}, [InputFile(src, record)])
    assert out.path.parent == tmp_path and out.source.path == src
    img = Image.open(out.path)
    img.load()
    img.info["out_name"] = out.name
    return img


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
        ({"width": 5000, "zoom": False}, (2500, 1667)),
        ({"width": 5000}, (5000, 3334)),
        ({}, (2500, 1667)),
    ],
)
def test_strategies(tmp_path: Path, photo: Path, params: dict[str, Any], size: tuple[int, int]) -> None:
    assert run(tmp_path, photo, **params).size == size


def test_pad_uses_background_and_gravity(tmp_path: Path, photo: Path) -> None:
    img = run(tmp_path, photo, width=800, height=800, resize_strategy="pad", background="#ff0000", format="png")
    assert img.getpixel((400, 5))[:3] == (255, 0, 0)  # padding band on top
    assert img.getpixel((400, 400))[:3] != (255, 0, 0)
    top = run(tmp_path, photo, width=800, height=800, resize_strategy="pad", background="#00ff00", gravity="top")
    assert top.getpixel((400, 790))[1] > 200 and top.getpixel((400, 5))[1] < 200


def test_fillcrop_gravity_picks_the_region(tmp_path: Path, photo: Path) -> None:
    left = run(tmp_path, photo, width=100, height=100, resize_strategy="fillcrop", gravity="left")
    right = run(tmp_path, photo, width=100, height=100, resize_strategy="fillcrop", gravity="right")
    assert sum(left.getpixel((50, 50))) > 600 and sum(right.getpixel((50, 50))) < 300


def test_crop_region_before_resize(tmp_path: Path, photo: Path) -> None:
    img = run(tmp_path, photo, crop={"x1": 1300, "y1": 0, "x2": 2500, "y2": 600})
    assert img.size == (1200, 600) and sum(img.getpixel((10, 10))) < 300


def test_format_conversion_and_names(tmp_path: Path, photo: Path) -> None:
    for fmt, pillow in (("png", "PNG"), ("webp", "WEBP"), ("gif", "GIF"), ("tiff", "TIFF"), ("jpeg", "JPEG")):
        img = run(tmp_path, photo, width=100, format=fmt)
        assert img.format == pillow
        assert img.info["out_name"] == "photo." + {"jpeg": "jpg"}.get(fmt, fmt)


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
    assert img.mode == "RGB" and img.getpixel((10, 10))[2] > 240
    kept = run(tmp_path, src, width=10, format="png", resize_strategy="pad", height=20, background="transparent")
    assert kept.mode == "RGBA" and kept.getpixel((5, 1))[3] == 0


def test_exif_orientation_applied_and_strip(tmp_path: Path) -> None:
    src = tmp_path / "rotated.jpg"
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "Canon"
    Image.new("RGB", (300, 200)).save(src, exif=exif)
    upright = run(tmp_path, src, width=100)
    assert upright.size == (100, 150)
    assert upright.getexif().get(ExifTags.Base.Make) == "Canon"
    assert run(tmp_path, src, width=100, strip=True).getexif().get(ExifTags.Base.Make) is None
    assert run(tmp_path, src, rotation=False).size == (300, 200)
    assert run(tmp_path, src, rotation=90).size == (200, 300)


def test_progressive_jpeg(tmp_path: Path, photo: Path) -> None:
    assert run(tmp_path, photo, width=200, progressive=True).info.get("progressive") == 1


def test_non_image_is_a_coded_error(tmp_path: Path) -> None:
    src = tmp_path / "notes.txt"
    src.write_text("not an image")
    with pytest.raises(RobotError) as info:
        run(tmp_path, src, width=10)
    assert info.value.code == "IMAGE_RESIZE_ERROR" and "notes.txt" in info.value.message
