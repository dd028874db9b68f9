"""``output_meta`` extras of images: ``dominant_colors``, ``blurhash``, ``thumbhash`` (all three
from one copy of the image that fits in 100 x 100 pixels, decoded once) and ``interlaced``."""

from __future__ import annotations

import base64
import logging
from pathlib import Path
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray
from PIL import ExifTags, Image

from .extra_meta import put
from .pixels import UPRIGHT, open_image
from .placeholders import THUMBHASH_MAX_SIDE, blurhash, thumbhash

_log = logging.getLogger(__name__)

#: How many colours ``dominant_colors`` lists at most.
DOMINANT_COLORS = 5
#: BlurHash components (x, y): the algorithm's usual 4 x 3, 28 characters.
BLURHASH_COMPONENTS = (4, 3)
# Colours of the median cut closer than this (RGB distance) are one colour: JPEG noise and
# resampled edges otherwise fill the list with near-copies of the main colour.
_SAME_COLOR = 24.0
# The median cut makes a few more boxes than are listed, so merging near-copies leaves enough.
_QUANTIZE_COLORS = 8
# Pixels more transparent than this are not seen, so they colour nothing.
_VISIBLE_ALPHA = 128
_PIXEL_EXTRAS = frozenset({"dominant_colors", "blurhash", "thumbhash"})
_RESAMPLED_AS_IS = frozenset({"RGB", "RGBA", "L", "LA", "CMYK"})


def image_extras(path: Path, names: frozenset[str]) -> dict[str, Any]:
    """The extras among ``names`` of an image file; what fails is left out."""
    out: dict[str, Any] = {}
    try:
        img = open_image(path)
    except Exception:  # not an image Pillow reads after all
        return out
    with img:
        if "interlaced" in names:
            put(out, "interlaced", lambda: _image_interlaced(img, path))
        wanted = names & _PIXEL_EXTRAS
        if not wanted:
            return out
        try:
            small = work_copy(img)
        except Exception:  # undecodable pixels: no pixel extras
            _log.debug("undecodable pixels in %s", path, exc_info=True)
            return out
        if "dominant_colors" in wanted:
            put(out, "dominant_colors", lambda: dominant_colors(small))
        if "blurhash" in wanted:
            put(out, "blurhash", lambda: blurhash(np.asarray(small.convert("RGB")), *BLURHASH_COMPONENTS))
        if "thumbhash" in wanted:
            put(out, "thumbhash", lambda: base64.b64encode(thumbhash(np.asarray(small))).decode("ascii"))
            if "thumbhash" in out:  # the vendor reports the alpha channel beside the ThumbHash it came with
                out["has_alpha"] = _has_alpha_channel(img)
    return out


def _has_alpha_channel(img: Image.Image) -> bool:
    """Whether the image has an alpha channel (or a transparent palette entry), opaque pixels or not."""
    return "A" in img.getbands() or "a" in img.getbands() or "transparency" in img.info


def _image_interlaced(img: Image.Image, path: Path) -> bool:
    """Progressive JPEG, Adam7 PNG, interlaced GIF (first frame); other formats have no such thing."""
    if img.format in ("JPEG", "MPO"):
        return bool(img.info.get("progressive") or img.info.get("progression"))
    if img.format == "PNG":
        return bool(img.info.get("interlace"))
    if img.format == "GIF":
        return gif_interlaced(path) is True
    return False


def gif_interlaced(path: Path) -> bool | None:
    """The interlace flag of a GIF's first image descriptor; None when the file is no GIF."""
    with open(path, "rb") as fh:
        head = fh.read(13)
        if len(head) < 13 or not head.startswith(b"GIF"):
            return None
        if head[10] & 0x80:  # a global colour table of 2^(n+1) RGB entries follows
            fh.seek(3 * (2 << (head[10] & 7)), 1)
        while True:
            kind = fh.read(1)
            if kind == b",":  # image descriptor: position and size (8 bytes), then the flags
                desc = fh.read(9)
                return bool(desc[8] & 0x40) if len(desc) == 9 else None
            if kind != b"!":  # the trailer or garbage before any image
                return None
            fh.read(1)  # extension label, then data sub-blocks up to an empty one
            while True:
                size = fh.read(1)
                if not size:
                    return None
                if size == b"\x00":
                    break
                fh.seek(size[0], 1)


def work_copy(img: Image.Image) -> Image.Image:
    """The image upright, as RGBA, shrunk to fit in 100 x 100 (ThumbHash's limit) by area
    averaging; a JPEG is decoded at the smallest DCT scale that still covers that. Modes Pillow
    resamples as they are are shrunk before the conversion, so a large image is never copied whole."""
    box = (THUMBHASH_MAX_SIDE, THUMBHASH_MAX_SIDE)
    try:
        orientation = int(img.getexif().get(ExifTags.Base.Orientation) or 1)
    except Exception:
        orientation = 1
    if img.format in ("JPEG", "MPO"):
        img.draft("RGB", box)
    if img.mode in _RESAMPLED_AS_IS:
        img.thumbnail(box, Image.Resampling.BOX)
        small = _rgba(img)
    else:  # palette, 1-bit, 16-bit grey, ...: colours first (resampling a palette picks, not averages)
        small = _rgba(img)
        small.thumbnail(box, Image.Resampling.BOX)
    turn = UPRIGHT.get(orientation)
    return small.transpose(turn) if turn is not None else small


def _rgba(img: Image.Image) -> Image.Image:
    try:
        return img.convert("RGBA")
    except ValueError:  # modes without a direct RGBA conversion (16-bit grey, ...)
        return img.convert("RGB").convert("RGBA")


def dominant_colors(rgba: Image.Image, count: int = DOMINANT_COLORS) -> list[str] | None:
    """Up to ``count`` colours of the visible pixels as ``#rrggbb``, most common first: a median
    cut (Pillow) whose near-identical colours are merged. None when no pixel is visible."""
    pixels = np.asarray(rgba.convert("RGBA")).reshape(-1, 4)
    visible = pixels[pixels[:, 3] >= _VISIBLE_ALPHA][:, :3]
    if not len(visible):
        return None
    strip = Image.fromarray(np.ascontiguousarray(visible.reshape(1, -1, 3)), "RGB")
    quantized = strip.quantize(colors=_QUANTIZE_COLORS, method=Image.Quantize.MEDIANCUT)
    palette = quantized.getpalette() or []
    used = quantized.getcolors(_QUANTIZE_COLORS * 2) or []
    # (pixels, index) -> most common first; ties by palette index, so the order is stable.
    boxes = sorted(used, key=lambda c: (-c[0], c[1]))
    merged: list[tuple[int, NDArray[np.float64]]] = []  # (pixels, colour sum) per kept colour
    for pixel_count, entry in boxes:
        index = int(cast(int, entry))  # a palette image's colours are palette indexes
        colour = np.array(palette[3 * index : 3 * index + 3], dtype=np.float64)
        for i, (n, total) in enumerate(merged):
            if float(np.linalg.norm(total / n - colour)) < _SAME_COLOR:
                merged[i] = (n + pixel_count, total + colour * pixel_count)
                break
        else:
            merged.append((pixel_count, colour * pixel_count))
    merged.sort(key=lambda m: -m[0])
    out = []
    for n, total in merged[:count]:
        r, g, b = (int(round(c)) for c in total / n)
        out.append(f"#{r:02x}{g:02x}{b:02x}")
    return out
