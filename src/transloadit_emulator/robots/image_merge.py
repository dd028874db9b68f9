"""``/image/merge``: several images in one image (a spritesheet or a collage), with Pillow.

Files are grouped by :func:`~.support.grouping.groups_by_step`: one merged image per used Step, or one of
everything with ``use.bundle_steps``. Each image keeps its size (EXIF orientation applied, the first
frame of an animation) and sits against the top edge of a row (``horizontal``) or the left edge of a
column (``vertical``), ``border`` pixels of ``background`` between neighbours; ``grid`` puts them in
cells of ``columns`` x ``rows`` (``cell_width``/``cell_height`` fit each image into its cell).
``effect`` ``mosaic`` and ``polaroid-stack`` lay them out as collages
(:mod:`~transloadit_emulator.media.image.collage`) on a ``width`` x ``height`` canvas, ``seed``
fixing the random parts and ``shuffle`` the order. Sizes are read from the headers and the result's
size checked before any pixel is decoded, so an oversized merge costs nothing.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from pathlib import PurePosixPath
from typing import Any

from PIL import Image, ImageColor, ImageOps, UnidentifiedImageError

from ..errors import RobotError
from ..media.image.collage import Layout, grid_layout, mosaic_layout, place, polaroid_layout, strip_layout
from ..media.image.encode import PILLOW_ERRORS
from .base import InputFile, OutputFile, Robot, RobotContext, error_reason, undecodable
from .support.grouping import groups_by_step

#: Largest merged image, in pixels (an RGBA canvas of this size takes 100 MB).
MAX_PIXELS = 25_000_000
#: Longest side of a merged image (JPEG cannot exceed 65,535).
MAX_SIDE = 65_500
_TRANSPARENT = ("transparent", "none")
_BARE_HEX = re.compile(r"^[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$")
# What Pillow raises on unreadable or hostile image data.
# EXIF orientations that turn the picture by 90 degrees one way or the other.
_SWAPS_SIDES = {5, 6, 7, 8}


class ImageMerge(Robot):
    """Merges the images of each group into one PNG or JPG."""

    name = "/image/merge"
    accepts = frozenset({"image"})

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """One merged image per group of input files."""
        fmt = str(params.get("format") or "png")
        background = str(params.get("background") or "#FFFFFF")
        outputs: list[OutputFile] = []
        rng = random.Random(params.get("seed"))  # no seed: a different layout each time, as the vendor's
        for group in groups_by_step(params, files):
            if len(group) < 2:
                raise RobotError(
                    "IMAGE_MERGE_FAILURE",
                    f"/image/merge needs at least two images to merge, got {len(group)} ({_name(group[0])!r}).",
                )
            if params.get("effect") and params.get("shuffle") is True:
                group = rng.sample(group, len(group))
            layout = _layout([_display_size(f) for f in group], params, rng)
            transparent = fmt in ("png", "webp") and background in _TRANSPARENT
            canvas = _merge(group, layout, background, transparent=transparent)
            stem = PurePosixPath(_name(group[0])).stem or "merged"
            out = ctx.scratch_dir / f"{stem}.{fmt}"
            n = 1
            while out.exists():
                out = ctx.scratch_dir / f"{stem}-{n}.{fmt}"
                n += 1
            _save(canvas, out, fmt, params)
            outputs.append(OutputFile(out, out.name, group[0]))
        return outputs


def _name(f: InputFile) -> str:
    return str(f.record.get("name") or f.path.name)


def _display_size(f: InputFile) -> tuple[int, int]:
    """Width and height as shown (after EXIF orientation), read from the header only."""
    try:
        with Image.open(f.path) as img:
            width, height = img.size
            orientation = img.getexif().get(0x0112, 1)
    except UnidentifiedImageError:
        raise undecodable(f, "it is not an image") from None
    except PILLOW_ERRORS as exc:
        raise RobotError("IMAGE_MERGE_FAILURE", f"The image {_name(f)!r} cannot be read: {error_reason(exc)}") from None
    return (height, width) if orientation in _SWAPS_SIDES else (width, height)


def _layout(sizes: list[tuple[int, int]], params: Mapping[str, Any], rng: random.Random) -> Layout:
    """Where each image goes; refuses results over the pixel caps."""
    border = int(params.get("border") or 0)
    width, height = params.get("width"), params.get("height")
    effect = params.get("effect")
    if effect == "mosaic":
        layout = mosaic_layout(sizes, width, height, border)
    elif effect == "polaroid-stack":
        layout = polaroid_layout(sizes, width, height, border, float(params.get("coverage") or 1.5), rng)
    elif params.get("direction") == "grid":
        cell = (params.get("cell_width"), params.get("cell_height"))
        layout = grid_layout(sizes, params.get("columns"), params.get("rows"), cell, border)
    else:
        layout = strip_layout(sizes, params.get("direction") == "vertical", border)
    size = layout.size
    if size[0] * size[1] > MAX_PIXELS or max(size) > MAX_SIDE:
        raise RobotError(
            "IMAGE_MERGE_FAILURE",
            f"The merged image would be {size[0]}x{size[1]} pixels; the emulator merges up to "
            f"{MAX_PIXELS:,} pixels and {MAX_SIDE:,} on a side.",
        )
    return layout


def _merge(group: list[InputFile], layout: Layout, background: str, *, transparent: bool) -> Image.Image:
    """Paste every image onto one canvas; transparent pixels show the background."""
    fill = (0, 0, 0, 0) if transparent else _colour(background)
    canvas = Image.new("RGBA" if transparent else "RGB", layout.size, fill)
    for f, where in zip(group, layout.placements, strict=True):
        try:
            with Image.open(f.path) as src:
                img = ImageOps.exif_transpose(src).convert("RGBA")
        except PILLOW_ERRORS as exc:
            reason = error_reason(exc)
            raise RobotError("IMAGE_MERGE_FAILURE", f"The image {_name(f)!r} cannot be read: {reason}") from None
        place(canvas, img, where)
    return canvas


def _colour(value: str) -> tuple[int, int, int]:
    """An opaque RGB colour from ``#rgb``/``#rrggbb``/a name; transparent names give white (JPG)."""
    if value in _TRANSPARENT:
        return (255, 255, 255)
    text = f"#{value}" if _BARE_HEX.match(value) else value  # the schema allows hex without '#'
    r, g, b = ImageColor.getrgb(text)[:3]
    return (r, g, b)


def _save(canvas: Image.Image, out: Any, fmt: str, params: Mapping[str, Any]) -> None:
    """Write PNG (zlib level from ``quality``'s tens digit, ``adaptive_filtering`` -> optimize), JPG or WebP."""
    quality = int(params.get("quality") or 92)
    if fmt == "jpg":
        canvas.convert("RGB").save(out, "JPEG", quality=quality)
    elif fmt == "webp":
        canvas.save(out, "WEBP", quality=quality)
    else:
        canvas.save(out, "PNG", compress_level=min(9, quality // 10), optimize=params.get("adaptive_filtering") is True)
