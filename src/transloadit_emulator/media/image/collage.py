"""Layouts of several images on one canvas (``/image/merge``): a row, a column or a grid of cells
(a spritesheet), a justified ``mosaic``, or a ``polaroid-stack`` of framed, tilted photos.

A layout says where each image goes and at what size; :func:`place` draws one image there.
Layouts are computed from the images' sizes alone, so a merge over the caps fails before any
pixel is decoded.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image

Size = tuple[int, int]
#: A polaroid's frame: side and top margins, and the wider bottom, as shares of the photo's width.
_FRAME, _FRAME_BOTTOM = 0.06, 0.22
_POLAROID_TILT = 12.0  # at most this many degrees either way
_DEFAULT_CANVAS = (1200, 800)  # effects' canvas when the Step gives no width/height


@dataclass(frozen=True)
class Placement:
    """One image on the canvas: its top-left corner, its drawn size, and for a polaroid its tilt."""

    offset: tuple[int, int]
    size: Size
    angle: float = 0.0
    polaroid: bool = False


@dataclass(frozen=True)
class Layout:
    """A canvas size and where each image goes on it, in input order."""

    size: Size
    placements: tuple[Placement, ...]


def strip_layout(sizes: Sequence[Size], vertical: bool, border: int) -> Layout:
    """Images at their own size in a row touching the top edge (or a column touching the left
    edge), ``border`` pixels apart."""
    gaps = border * (len(sizes) - 1)
    if vertical:
        size = (max(w for w, _ in sizes), sum(h for _, h in sizes) + gaps)
    else:
        size = (sum(w for w, _ in sizes) + gaps, max(h for _, h in sizes))
    placements, position = [], 0
    for w, h in sizes:
        placements.append(Placement((0, position) if vertical else (position, 0), (w, h)))
        position += (h if vertical else w) + border
    return Layout(size, tuple(placements))


def grid_layout(
    sizes: Sequence[Size], columns: int | None, rows: int | None, cell: tuple[int | None, int | None], border: int
) -> Layout:
    """Cells left to right, top to bottom, ``border`` pixels apart. Without ``columns`` or ``rows``
    the grid is as square as it can be; with one, the other follows from the number of images
    (rows grow when both are too few). A cell is ``cell`` (either side missing: the largest
    image's) and each image is fitted into it keeping its aspect ratio, at its top-left corner;
    without a cell size images keep their own."""
    n = len(sizes)
    if columns is None:
        columns = math.ceil(n / rows) if rows else math.ceil(math.sqrt(n))
    rows = max(rows or 0, math.ceil(n / columns))
    cell_w = cell[0] or max(w for w, _ in sizes)
    cell_h = cell[1] or max(h for _, h in sizes)
    placements = []
    for i, (w, h) in enumerate(sizes):
        fitted = _fit((w, h), (cell_w, cell_h)) if cell != (None, None) else (w, h)
        x, y = (i % columns) * (cell_w + border), (i // columns) * (cell_h + border)
        placements.append(Placement((x, y), fitted))
    size = (columns * cell_w + (columns - 1) * border, rows * cell_h + (rows - 1) * border)
    return Layout(size, tuple(placements))


def mosaic_layout(sizes: Sequence[Size], width: int | None, height: int | None, gutter: int) -> Layout:
    """A justified collage: rows of images at one height each, every row exactly filling the
    canvas width inside a ``gutter`` margin (a short last row is no taller than the one above),
    ``gutter`` pixels between tiles. Rows aim at about ``sqrt(n)`` images; with ``height`` the
    whole collage is scaled to fit that height."""
    canvas_w = width or _DEFAULT_CANVAS[0]
    inner = max(canvas_w - 2 * gutter, 1)
    per_row = max(1, round(math.sqrt(len(sizes))))
    rows = [list(range(i, min(i + per_row, len(sizes)))) for i in range(0, len(sizes), per_row)]
    placed: list[tuple[int, tuple[int, int], Size]] = []
    y, previous = gutter, 0
    for row in rows:
        ratios = [sizes[i][0] / sizes[i][1] for i in row]
        row_h = max(1, round((inner - gutter * (len(row) - 1)) / sum(ratios)))
        if len(row) < per_row and previous:  # a short last row keeps its height, left-aligned
            row_h = min(row_h, previous)
        previous = row_h
        x = gutter
        for i, ratio in zip(row, ratios, strict=True):
            w = max(1, round(ratio * row_h))
            placed.append((i, (x, y), (w, row_h)))
            x += w + gutter
        y += row_h + gutter
    total_h = y
    scale = (height / total_h) if height else 1.0
    order = sorted(placed)
    placements = tuple(
        Placement((round(x * scale), round(y0 * scale)), (max(1, round(w * scale)), max(1, round(h * scale))))
        for _, (x, y0), (w, h) in order
    )
    return Layout((round(canvas_w * scale) if height else canvas_w, height or total_h), placements)


def polaroid_layout(
    sizes: Sequence[Size], width: int | None, height: int | None, padding: int, coverage: float, rng: random.Random
) -> Layout:
    """Framed photos scattered over the canvas, each tilted at random: together the photos cover
    ``coverage`` times the canvas area (overlapping), each kept ``padding`` pixels inside the edges."""
    canvas = (width or _DEFAULT_CANVAS[0], height or _DEFAULT_CANVAS[1])
    share = coverage * canvas[0] * canvas[1] / len(sizes)
    placements = []
    for w, h in sizes:
        framed_ratio = (1 + 2 * _FRAME) * w / ((h + (_FRAME + _FRAME_BOTTOM) * w) or 1)
        fw = min(round(math.sqrt(share * framed_ratio)), canvas[0] - 2 * padding)
        photo = _fit((w, h), (max(1, round(fw / (1 + 2 * _FRAME))), canvas[1]))
        outer = framed_size(photo)
        angle = rng.uniform(-_POLAROID_TILT, _POLAROID_TILT)
        turned = _turned_size(outer, angle)
        x = rng.randint(padding, max(padding, canvas[0] - padding - turned[0]))
        y = rng.randint(padding, max(padding, canvas[1] - padding - turned[1]))
        placements.append(Placement((x, y), photo, angle, polaroid=True))
    return Layout(canvas, tuple(placements))


def framed_size(photo: Size) -> Size:
    """The size of a polaroid whose photo is ``photo``."""
    margin = round(photo[0] * _FRAME)
    return photo[0] + 2 * margin, photo[1] + margin + round(photo[0] * _FRAME_BOTTOM)


def place(canvas: Image.Image, image: Image.Image, where: Placement) -> None:
    """Draw ``image`` (RGBA) on ``canvas`` at ``where``: scaled, and framed and tilted for a polaroid."""
    if image.size != where.size:
        image = image.resize(where.size, Image.Resampling.LANCZOS)
    if where.polaroid:
        margin = round(where.size[0] * _FRAME)
        frame = Image.new("RGBA", framed_size(where.size), (250, 250, 246, 255))
        frame.paste(image, (margin, margin))
        image = frame.rotate(where.angle, resample=Image.Resampling.BICUBIC, expand=True)
    x, y = where.offset
    image = image.crop((0, 0, min(image.width, canvas.width - x), min(image.height, canvas.height - y)))
    if canvas.mode == "RGBA":
        canvas.alpha_composite(image, (x, y))
    else:
        canvas.paste(image, (x, y), image)  # the alpha channel as mask flattens onto the background


def _fit(size: Size, box: Size) -> Size:
    """``size`` scaled (up or down) to fit inside ``box``, keeping its aspect ratio."""
    scale = min(box[0] / size[0], box[1] / size[1])
    return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))


def _turned_size(size: Size, angle: float) -> Size:
    a = math.radians(abs(angle))
    w, h = size
    return math.ceil(w * math.cos(a) + h * math.sin(a)), math.ceil(w * math.sin(a) + h * math.cos(a))
