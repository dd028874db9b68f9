"""Text on images: fonts by name, ``text`` layers (rotated, aligned, with a background and a
stroke) and a label centred in a box."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

from .colors import RGBA, parse_color
from .geometry import anchor, paste_clipped

_FONT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _.-]{0,99}")
_SMALLEST_LABEL = 6.0


@dataclass(frozen=True)
class TextLayer:
    """One ``text`` object of ``/image/resize``: what to write and where."""

    text: str
    size: float = 12.0
    font: str | None = None
    color: str = "#000000"
    background: str = "transparent"
    stroke_width: int = 0
    stroke_color: str = "transparent"
    #: Clockwise degrees.
    rotate: float = 0.0
    align: str = "center"
    valign: str = "center"
    x_offset: int = 0
    y_offset: int = 0


def load_font(name: str | None, size: float) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A font by name from the system's font directories, else the font that ships with Pillow."""
    if isinstance(name, str) and _FONT_NAME.fullmatch(name):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            pass
    return ImageFont.load_default(size=size)


def draw_text(img: Image.Image, item: TextLayer) -> Image.Image:
    """``img`` with one text layer (the text on its background, rotated) at its alignment."""
    if not item.text:
        return img
    size = max(1.0, item.size)
    font = load_font(item.font, size)
    stroke = item.stroke_width
    probe = ImageDraw.Draw(Image.new("RGBA", (1, 1)))
    bbox = probe.textbbox((0, 0), item.text, font=font, stroke_width=stroke)
    left, top, right, bottom = (math.floor(v) for v in bbox)
    pad = max(1, round(size * 0.1))
    layer = Image.new("RGBA", (right - left + 1 + 2 * pad, bottom - top + 1 + 2 * pad), parse_color(item.background))
    ImageDraw.Draw(layer).text(
        (pad - left, pad - top),
        item.text,
        font=font,
        fill=parse_color(item.color),
        stroke_width=stroke,
        stroke_fill=parse_color(item.stroke_color),
    )
    if item.rotate % 360:
        layer = layer.rotate(-item.rotate, Image.Resampling.BICUBIC, expand=True)  # clockwise, as ImageMagick
    position = "-".join(p for p in (item.valign, item.align) if p != "center") or "center"
    x, y = anchor(img.size, layer.size, position, item.x_offset, item.y_offset)
    had_alpha = "A" in img.getbands()
    base = img.convert("RGBA")
    paste_clipped(base, layer, x, y)
    return base if had_alpha else base.convert("RGB")


def draw_label(
    draw: ImageDraw.ImageDraw, text: str, box: tuple[float, float, float, float], font_name: str, colour: RGBA
) -> None:
    """``text`` centred in ``box``, in the largest size up to 60% of the box's height whose width
    fits 88% of the box's (but never below 6 px)."""
    left, top, right, bottom = box
    size = max(_SMALLEST_LABEL, 0.6 * (bottom - top))
    while True:
        font = load_font(font_name, size)
        x0, y0, x1, y1 = draw.textbbox((0, 0), text, font=font)
        if x1 - x0 <= 0.88 * (right - left) or size <= _SMALLEST_LABEL:
            break
        size *= 0.9
    x = (left + right - (x1 - x0)) / 2 - x0
    y = (top + bottom - (y1 - y0)) / 2 - y0
    draw.text((x, y), text, fill=colour, font=font)
