"""The image engine (media/image/) on its own: colours, geometry, placement, effects, formats,
and the pipeline's use of pixels decoded ahead. Real Pillow images, no robot in between."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from transloadit_emulator.media.image.colors import is_color, parse_color
from transloadit_emulator.media.image.effects import apply_effects, hue_offset, on_color, trim
from transloadit_emulator.media.image.encode import animation_options, fit_mode, output_format, save_image
from transloadit_emulator.media.image.geometry import (
    anchor,
    crop_region,
    cut,
    draft_box,
    pad,
    paste_clipped,
    resize,
    round_half_up,
)
from transloadit_emulator.media.image.pipeline import fit_plan, render, resize_still
from transloadit_emulator.media.image.plan import ImagePlan
from transloadit_emulator.media.image.text import TextLayer, draw_text
from transloadit_emulator.media.image.watermark import Watermark, apply_watermark, tiles, watermark_size


@pytest.mark.parametrize(
    ("text", "rgba"),
    [
        ("red", (255, 0, 0, 255)),
        ("#00ff00", (0, 255, 0, 255)),
        ("00f", (0, 0, 255, 255)),  # bare hex gets its '#'
        ("ff000080", (255, 0, 0, 128)),
        (" Transparent ", (255, 255, 255, 0)),
        ("none", (255, 255, 255, 0)),
        ("opaque", (0, 0, 0, 255)),
    ],
)
def test_colours(text: str, rgba: tuple[int, int, int, int]) -> None:
    assert parse_color(text) == rgba and is_color(text)


@pytest.mark.parametrize("value", ["nocolour", "#12345", "", 7, None])
def test_what_is_not_a_colour(value: object) -> None:
    assert not is_color(value)
    if isinstance(value, str):
        with pytest.raises(ValueError):
            parse_color(value)


def test_rounding_is_half_up_and_at_least_one() -> None:
    assert round_half_up(2500.5) == 2501 and round_half_up(2.49) == 2 and round_half_up(0.2) == 1


@pytest.mark.parametrize(
    ("strategy", "zoom", "box", "size"),
    [
        ("fit", True, (200, 200), (200, 150)),
        ("fit", True, (200, None), (200, 150)),
        ("fit", True, (None, 30), (40, 30)),
        ("fit", False, (800, 800), (400, 300)),  # no enlarging without zoom
        ("fit", True, (800, 800), (800, 600)),
        ("min_fit", True, (200, 200), (267, 200)),
        ("fillcrop", True, (200, 200), (200, 200)),
        ("pad", True, (200, 200), (200, 200)),
        ("stretch", True, (150, 50), (150, 50)),
        ("stretch", False, (800, 50), (400, 50)),
        ("crop", True, (100, 500), (100, 300)),  # a region at full size, clipped to the image
    ],
)
def test_resize_strategies(
    strategy: str, zoom: bool, box: tuple[int | None, int | None], size: tuple[int, int]
) -> None:
    plan = ImagePlan(width=box[0], height=box[1], strategy=strategy, zoom=zoom)
    assert resize(Image.new("RGB", (400, 300)), plan, (400, 300)).size == size


def test_sizes_come_from_the_full_resolution_when_drafted() -> None:
    drafted = Image.new("RGB", (1000, 750))  # a 4000x3000 JPEG decoded at 1/4
    plan = ImagePlan(width=200, height=200)
    assert resize(drafted, plan, (4000, 3000)).size == (200, 150)
    assert resize(drafted, ImagePlan(width=333), (4000, 3000)).size == (333, 250)


def test_pad_places_the_image_at_gravity_on_the_background() -> None:
    img = Image.new("RGB", (10, 10), (255, 0, 0))
    canvas = pad(img, (30, 10), (0.0, 0.5), "#0000ff")
    assert canvas.mode == "RGB" and canvas.getpixel((5, 5)) == (255, 0, 0) and canvas.getpixel((25, 5)) == (0, 0, 255)
    see_through = pad(img, (30, 10), (1.0, 0.5), "transparent")
    assert (
        see_through.mode == "RGBA"
        and see_through.getpixel((5, 5))[3] == 0
        and see_through.getpixel((25, 5))
        == (
            255,
            0,
            0,
            255,
        )
    )


def test_cut_and_crop_region() -> None:
    img = Image.new("RGB", (100, 50))
    img.putpixel((99, 49), (255, 255, 255))
    assert cut(img, 10, 10, (1.0, 1.0)).getpixel((9, 9)) == (255, 255, 255)
    assert crop_region(img, (-5, 10, 500, 40)).size == (100, 30)  # clipped to the image
    assert crop_region(img, None) is img
    with pytest.raises(ValueError, match="selects no pixels"):
        crop_region(img, (200, 0, 300, 10))


def test_draft_box_only_for_plain_scaling() -> None:
    assert draft_box(ImagePlan(width=300, height=100)) == (300, 300)
    assert draft_box(ImagePlan(height=120)) == (120, 120)
    assert draft_box(ImagePlan()) is None
    assert draft_box(ImagePlan(width=300, crop=(0, 0, 10, 10))) is None
    assert draft_box(ImagePlan(width=300, strategy="crop")) is None
    assert draft_box(ImagePlan(width=300, degrees=90)) is None
    assert draft_box(ImagePlan(width=300, trim=True)) is None


@pytest.mark.parametrize(
    ("position", "dx", "dy", "corner"),
    [
        ("top-left", 5, 7, (5, 7)),
        ("bottom-right", 5, 7, (85, 33)),  # offsets from a side point inwards
        ("center", 5, -7, (50, 13)),  # centred axes: positive is right / down
        ("top", 0, 0, (45, 0)),
    ],
)
def test_anchor(position: str, dx: int, dy: int, corner: tuple[int, int]) -> None:
    assert anchor((100, 50), (10, 10), position, dx, dy) == corner


def test_paste_clipped_ignores_what_falls_outside() -> None:
    base = Image.new("RGBA", (10, 10), (0, 0, 0, 255))
    paste_clipped(base, Image.new("RGBA", (6, 6), (255, 0, 0, 255)), 7, -3)
    assert base.getpixel((9, 0)) == (255, 0, 0, 255) and base.getpixel((6, 0)) == (0, 0, 0, 255)
    paste_clipped(base, Image.new("RGBA", (6, 6), (0, 255, 0, 255)), 20, 20)  # nothing inside: no error


@pytest.mark.parametrize(
    ("strategy", "size"),
    [("fit", (50, 25)), ("min_fit", (100, 50)), ("stretch", (50, 50)), ("area", (100, 50))],
)
def test_watermark_sizes(strategy: str, size: tuple[int, int]) -> None:
    assert watermark_size((40, 20), (100, 100), 0.5, strategy) == size


def test_area_watermark_covers_its_share_of_the_image() -> None:
    w, h = watermark_size((40, 20), (100, 100), 0.25, "area")
    assert (w, h) == (71, 35) and abs(w * h - 2500) < 50


def test_tiles_cover_the_length_through_the_start() -> None:
    assert tiles(25, 10, 50) == [-5, 5, 15, 25, 35, 45]
    assert tiles(0, 20, 50) == [0, 20, 40]
    assert tiles(-4, 20, 50) == [-4, 16, 36]


def test_watermark_lands_at_its_position_and_keeps_the_mode() -> None:
    mark = Image.new("RGBA", (10, 10), (255, 0, 0, 255))
    out = apply_watermark(Image.new("RGB", (40, 40), (255, 255, 255)), Watermark(mark, position="bottom-right"))
    assert out.mode == "RGB" and out.getpixel((35, 35)) == (255, 0, 0) and out.getpixel((5, 5)) == (255, 255, 255)
    tiled = apply_watermark(Image.new("RGBA", (40, 40)), Watermark(mark, position="top-left", repeat_x=True))
    assert tiled.mode == "RGBA" and all(tiled.getpixel((x, 5))[0] == 255 for x in (5, 15, 25, 35))


def test_hue_offsets() -> None:
    assert hue_offset(100) == 0 and hue_offset(200) == 128 and hue_offset(0) == 128


def test_effects_keep_alpha() -> None:
    img = Image.new("RGBA", (4, 4), (100, 150, 200, 77))
    out = apply_effects(img, ImagePlan(negate=True))
    assert out.getpixel((0, 0)) == (155, 105, 55, 77)
    gray = on_color(Image.new("LA", (2, 2), (40, 9)), lambda im: im.point(lambda v: 255 - v))
    assert gray.mode == "LA" and gray.getpixel((0, 0)) == (215, 9)


def test_trim_cuts_borders_of_the_corner_colour() -> None:
    img = Image.new("RGB", (50, 40), (255, 255, 255))
    img.paste((0, 0, 0), (10, 5, 30, 25))
    assert trim(img).size == (20, 20)
    plain = Image.new("RGB", (8, 8), (3, 3, 3))
    assert trim(plain) is plain


def test_output_formats() -> None:
    assert output_format("JPEG", "PNG") == ("JPEG", "jpg", True)
    assert output_format(None, "JPEG") == ("JPEG", "jpg", False)  # kept: the name stays
    assert output_format("", "PSD") == ("PNG", "png", True)  # read but not written: PNG
    with pytest.raises(ValueError, match="not supported"):
        output_format("heic", "JPEG")


def test_fit_mode_flattens_alpha_onto_the_background_for_jpeg() -> None:
    see_through = Image.new("RGBA", (2, 2), (0, 0, 0, 0))
    assert fit_mode(see_through, "JPEG", "#ff0000").getpixel((0, 0)) == (255, 0, 0)
    assert fit_mode(see_through, "JPEG", "transparent").getpixel((0, 0)) == (255, 255, 255)
    assert fit_mode(see_through, "PNG", "#ff0000").mode == "RGBA"
    assert fit_mode(Image.new("P", (2, 2)), "PNG", "#fff").mode == "RGB"


def test_animation_options() -> None:
    frames = [Image.new("RGB", (2, 2)) for _ in range(3)]
    gif = animation_options("GIF", frames, [10, 20, 30], 0)
    assert gif["append_images"] == frames[1:] and gif["duration"] == [10, 20, 30]
    assert gif["loop"] == 0 and gif["disposal"] == 2
    webp = animation_options("WEBP", frames, 200, None)
    assert webp["duration"] == 200 and "loop" not in webp and "disposal" not in webp


def test_save_image_leaves_no_file_when_the_encode_fails(tmp_path: Path) -> None:
    good = save_image(Image.new("RGB", (4, 4)), tmp_path, "a.png", "PNG", {})
    assert good.exists() and Image.open(good).size == (4, 4)
    with pytest.raises(OSError):
        save_image(Image.new("RGBA", (4, 4)), tmp_path, "b.jpg", "JPEG", {})  # JPEG has no alpha
    assert list(tmp_path.iterdir()) == [good]


def test_text_is_drawn_at_its_alignment() -> None:
    img = Image.new("RGB", (200, 100), (255, 255, 255))
    out = draw_text(img, TextLayer("X", size=40, color="#000000", align="left", valign="top"))
    dark = [out.getpixel((x, y)) for x in range(50) for y in range(50)]
    assert out.mode == "RGB" and min(p[0] for p in dark) < 80
    assert all(out.getpixel((x, y)) == (255, 255, 255) for x in range(120, 200) for y in range(50, 100))
    assert draw_text(img, TextLayer("")) is img


def _jpeg(size: tuple[int, int]) -> Image.Image:
    buf = io.BytesIO()
    Image.new("RGB", size, (10, 200, 30)).save(buf, "JPEG")
    return Image.open(io.BytesIO(buf.getvalue()))


def test_render_takes_pixels_decoded_ahead_for_a_scaled_jpeg() -> None:
    asked: list[tuple[int, int]] = []

    def predecoded(box: tuple[int, int]) -> Image.Image:
        asked.append(box)
        return Image.new("RGB", (400, 300), (255, 0, 0))  # visibly not the file's pixels

    frames, _ = render(_jpeg((800, 600)), ImagePlan(width=200), "JPEG", predecoded)
    assert asked == [(200, 200)] and frames[0].size == (200, 150) and frames[0].getpixel((5, 5))[0] > 200
    frames, _ = render(_jpeg((800, 600)), ImagePlan(width=200, trim=True), "JPEG", predecoded)
    assert asked == [(200, 200)] and frames[0].getpixel((5, 5))[1] > 150  # trimming decodes whole


def test_resize_still_takes_the_first_frame_fitted() -> None:
    buf = io.BytesIO()
    first, second = Image.new("RGB", (40, 20), (255, 0, 0)), Image.new("RGB", (40, 20), (0, 0, 255))
    first.save(buf, "GIF", save_all=True, append_images=[second])
    still = resize_still(Image.open(io.BytesIO(buf.getvalue())), fit_plan(20, 20, "pad", "#00ff00"), "PNG")
    assert still.size == (20, 20) and still.getpixel((10, 10))[:3] == (255, 0, 0)
    assert still.getpixel((10, 1))[:3] == (0, 255, 0)  # padded above and below
