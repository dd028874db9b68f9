"""Transparency and colour mapping with ImageMagick's meaning: ``-alpha <mode>``, ``-transparent
<color>``, ``-flatten`` onto the background, ``-shave`` and ``-clut``."""

from __future__ import annotations

import numpy as np
from PIL import Image

#: ``-alpha`` modes (Transloadit's spelling).
ALPHA_MODES = (
    "Activate",
    "Background",
    "Copy",
    "Deactivate",
    "Extract",
    "Off",
    "On",
    "Opaque",
    "Remove",
    "Set",
    "Shape",
    "Transparent",
)


def apply_alpha(img: Image.Image, mode: str, background: tuple[int, int, int, int]) -> Image.Image:
    """``-alpha mode``: turn the alpha channel on or off, fill it, or move it into the colours."""
    has_alpha = "A" in img.getbands() or (img.mode == "P" and "transparency" in img.info)
    if mode in ("On", "Activate", "Set"):
        return img if has_alpha and mode != "Set" else _rgba(img, keep=has_alpha)
    if mode in ("Off", "Deactivate"):  # the colours under transparent pixels show again
        return img.convert("L" if img.mode in ("L", "LA") else "RGB") if has_alpha else img
    if mode == "Opaque":
        return _rgba(img, keep=False)
    if mode == "Transparent":
        out = _rgba(img, keep=False)
        out.putalpha(0)
        return out
    if mode == "Remove":
        return flatten(img, background)
    if mode == "Extract":
        return _rgba(img, keep=has_alpha).getchannel("A")
    if mode in ("Copy", "Shape"):
        rgba = _rgba(img, keep=False)
        mask = img.convert("L")
        if mode == "Shape":
            rgba = Image.new("RGBA", img.size, background[:3] + (255,))
        rgba.putalpha(mask)
        return rgba
    if mode == "Background" and has_alpha:
        rgba = img.convert("RGBA")
        clear = rgba.getchannel("A").point(lambda a: 255 if a == 0 else 0)
        filled = Image.new("RGBA", rgba.size, background[:3] + (0,))
        return Image.composite(filled, rgba, clear)
    return img


def make_transparent(img: Image.Image, color: tuple[int, int, int]) -> Image.Image:
    """``-transparent color``: pixels of exactly that colour become fully transparent."""
    rgba = img.convert("RGBA")
    pixels = np.asarray(rgba)
    hit = np.all(pixels[..., :3] == np.array(color, dtype=np.uint8), axis=2)
    alpha = np.where(hit, 0, pixels[..., 3]).astype(np.uint8)
    rgba.putalpha(Image.fromarray(alpha, "L"))
    return rgba


def flatten(img: Image.Image, background: tuple[int, int, int, int]) -> Image.Image:
    """``-flatten``: transparency composited onto ``background`` (a transparent background keeps it)."""
    has_alpha = "A" in img.getbands() or (img.mode == "P" and "transparency" in img.info)
    if not has_alpha or background[3] == 0:
        return img
    rgba = img.convert("RGBA")
    canvas = Image.new("RGBA", rgba.size, background)
    canvas.alpha_composite(rgba)
    return canvas.convert("RGB")


def shave(img: Image.Image, x: int, y: int) -> Image.Image:
    """``-shave XxY``: ``x`` pixels off the left and right, ``y`` off the top and bottom (ImageMagick
    leaves a shave that takes everything as an empty image; here the centre pixel stays)."""
    x, y = min(x, (img.width - 1) // 2), min(y, (img.height - 1) // 2)
    return img.crop((x, y, img.width - x, img.height - y)) if x or y else img


def apply_clut(img: Image.Image, clut: Image.Image) -> Image.Image:
    """``-clut``: each colour channel's value picks the CLUT image's colour at that intensity along
    its diagonal (a 1-pixel-high gradient is read left to right); alpha is kept."""
    table = clut.convert("RGB")
    # ImageMagick interpolates along the diagonal of the CLUT image, top-left to bottom-right.
    xs = np.linspace(0, table.width - 1, 256)
    ys = np.linspace(0, table.height - 1, 256)
    lut = np.asarray(table)[np.round(ys).astype(int), np.round(xs).astype(int)]
    alpha = img.getchannel("A") if "A" in img.getbands() else None
    rgb = np.asarray(img.convert("RGB"))
    mapped = np.stack([lut[rgb[..., c], c] for c in range(3)], axis=2).astype(np.uint8)
    out = Image.fromarray(mapped, "RGB")
    if alpha is not None:
        out.putalpha(alpha)
    return out


def masked(original: Image.Image, changed: Image.Image, mask: Image.Image) -> Image.Image:
    """``changed`` inside ``mask`` (a clipping path), ``original`` outside it."""
    mode = "RGBA" if "A" in changed.getbands() or "A" in original.getbands() else "RGB"
    a, b = original.convert(mode), changed.convert(mode)
    if a.size != b.size:
        return changed
    return Image.composite(b, a, mask)


def _rgba(img: Image.Image, keep: bool) -> Image.Image:
    """``img`` as RGBA: its own alpha when ``keep``, else fully opaque."""
    out = img.convert("RGBA")
    if not keep:
        out.putalpha(255)
    return out
