"""Watermarks: a picture laid on each frame at one of nine positions, optionally sized to a share
of the image and tiled across it. Fetching it is the robot's job (through ``outbound``)."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from PIL import Image, ImageOps

from .geometry import anchor, paste_clipped


@dataclass(frozen=True)
class Watermark:
    """A decoded watermark and how to lay it on each frame."""

    image: Image.Image  # RGBA, opacity already applied
    #: A gravity name (``top-left``, ``center``, ...).
    position: str = "center"
    x_offset: int = 0
    y_offset: int = 0
    #: A share of the image (0.5 for ``"50%"``); None keeps the watermark's own size.
    size: float | None = None
    #: ``fit``, ``min_fit``, ``stretch`` or ``area``: how ``size`` applies.
    strategy: str = "fit"
    repeat_x: bool = False
    repeat_y: bool = False


def decode_watermark(data: bytes, opacity: float = 1.0) -> Image.Image:
    """The watermark image in ``data``, upright, as RGBA with its alpha scaled by ``opacity``.
    Raises what Pillow raises on data that is not an image."""
    with Image.open(io.BytesIO(data)) as wm:
        image = ImageOps.exif_transpose(wm).convert("RGBA")
    if opacity < 1:
        alpha = image.getchannel("A").point(lambda v: round(v * max(0.0, opacity)))
        image.putalpha(alpha)
    return image


def watermark_size(mark: tuple[int, int], canvas: tuple[int, int], share: float, strategy: str) -> tuple[int, int]:
    """The watermark's size for ``watermark_size`` (a share of the image) and its strategy."""
    (mw, mh), (cw, ch) = mark, canvas
    if strategy == "stretch":
        return max(1, round(cw * share)), max(1, round(ch * share))
    if strategy == "area":
        scale = math.sqrt(share * cw * ch / (mw * mh))
    elif strategy == "min_fit":  # the shorter side takes the share of its image side
        scale = max(cw * share / mw, ch * share / mh)
    else:  # fit: the longer side takes the share
        scale = min(cw * share / mw, ch * share / mh)
    return max(1, round(mw * scale)), max(1, round(mh * scale))


def tiles(start: int, step: int, length: int) -> list[int]:
    """Positions of tiles of ``step`` covering 0..length that include ``start``."""
    first = start - ((start + step - 1) // step) * step if start > 0 else start
    return list(range(first, length, step))


def apply_watermark(img: Image.Image, wm: Watermark) -> Image.Image:
    """``img`` with ``wm`` laid on it; the mode keeps or lacks alpha as ``img`` did."""
    mark = wm.image
    if wm.size is not None:
        size = watermark_size(mark.size, img.size, wm.size, wm.strategy)
        if size != mark.size:
            mark = mark.resize(size, Image.Resampling.LANCZOS)
    had_alpha = "A" in img.getbands()
    base = img.convert("RGBA")
    x0, y0 = anchor(base.size, mark.size, wm.position, wm.x_offset, wm.y_offset)
    xs = tiles(x0, mark.width, base.width) if wm.repeat_x else [x0]
    ys = tiles(y0, mark.height, base.height) if wm.repeat_y else [y0]
    for y in ys:
        for x in xs:
            paste_clipped(base, mark, x, y)
    return base if had_alpha else base.convert("RGB")
