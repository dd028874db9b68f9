"""ImageMagick's ``-colorspace`` and ``-type`` as they show in a written file.

ImageMagick 7 converts an image into the named colorspace, and its writers keep that colorspace
only where the format can store it (JPEG and TIFF: CMYK, Gray, YCbCr; TIFF also CIELab; PNG and
the rest: Gray); otherwise they convert back to sRGB on writing, so the picture looks as before.
The exceptions are ``RGB`` and ``scRGB``: linear-light RGB, which the writers take for sRGB-like
and store as it is, so the image comes out darker (why Transloadit recommends ``sRGB``).
``Transparent`` adds an (opaque) alpha channel.

``-type`` sets how pixels are stored: ``Bilevel`` (black and white, 1 bit), ``Grayscale[Alpha]``,
``Palette[Alpha]`` (at most 256 colours), ``TrueColor[Alpha]`` and ``ColorSeparation[Alpha]``
(CMYK, where the format stores it).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

#: Output formats that store CMYK pixels.
CMYK_FORMATS = frozenset({"JPEG", "TIFF"})
#: Formats that store palette images.
PALETTE_FORMATS = frozenset({"PNG", "GIF", "BMP", "TIFF", "WEBP"})
_BILEVEL_FORMATS = frozenset({"PNG", "GIF", "BMP", "TIFF"})


def to_colorspace(img: Image.Image, name: str, pillow_format: str) -> Image.Image:
    """``img`` converted to the ``-colorspace`` ``name`` as a file of ``pillow_format`` stores it."""
    alpha = img.getchannel("A") if "A" in img.getbands() else None
    if name in ("Gray", "LinearGray"):
        gray = img.convert("L")
        if name == "LinearGray":
            gray = _linear(gray)
        return _with_alpha(gray, alpha)
    if name in ("CMYK", "CMY") and pillow_format in CMYK_FORMATS and name == "CMYK":
        return cmyk(img)
    if name in ("RGB", "scRGB"):
        rgb = img.convert("RGB")
        return _with_alpha(Image.merge("RGB", [_linear(b) for b in rgb.split()]), alpha)
    if name == "Lab" and pillow_format == "TIFF" and alpha is None:
        return img.convert("RGB").convert("LAB")
    if name == "Transparent" and alpha is None:
        return img.convert("RGBA")
    return img  # converted and converted back by the writer: the same picture


def set_type(img: Image.Image, color_type: str, pillow_format: str, background: tuple[int, int, int]) -> Image.Image:
    """``img`` stored as the ``-type`` ``color_type`` in a file of ``pillow_format``."""
    has_alpha = "A" in img.getbands()
    if color_type == "Bilevel":
        gray = _opaque(img, background).convert("L")
        return gray.convert("1") if pillow_format in _BILEVEL_FORMATS else gray.convert("1").convert("L")
    if color_type == "Grayscale":
        return _opaque(img, background).convert("L")
    if color_type == "GrayscaleAlpha":
        return img.convert("LA") if pillow_format in ("PNG", "TIFF") else img.convert("L").convert("RGBA")
    if color_type in ("Palette", "PaletteAlpha"):
        keep_alpha = color_type == "PaletteAlpha" and has_alpha
        source = img.convert("RGBA") if keep_alpha else _opaque(img, background)
        method = Image.Quantize.FASTOCTREE if keep_alpha else Image.Quantize.MEDIANCUT
        palette = source.quantize(256, method=method)
        if pillow_format in PALETTE_FORMATS:
            return palette
        return palette.convert("RGBA" if keep_alpha else "RGB")
    if color_type == "TrueColor":
        return _opaque(img, background)
    if color_type == "TrueColorAlpha":
        return img.convert("RGBA")
    if color_type in ("ColorSeparation", "ColorSeparationAlpha"):
        flat = _opaque(img, background)
        return cmyk(flat) if pillow_format in CMYK_FORMATS else flat
    return img


def cmyk(img: Image.Image) -> Image.Image:
    """ImageMagick's sRGB -> CMYK: K is what the three inks share, C, M, Y the rest of each
    (Pillow's own conversion leaves K empty)."""
    rgb = np.asarray(img.convert("RGB"), dtype=np.float32) / 255.0
    cmy = 1.0 - rgb
    k = cmy.min(axis=2)
    room = np.where(k < 1.0, 1.0 - k, 1.0)
    inks = (cmy - k[..., None]) / room[..., None]
    out = np.concatenate([inks, k[..., None]], axis=2)
    return Image.fromarray(np.round(out * 255).astype(np.uint8), "CMYK")


def _linear(band: Image.Image) -> Image.Image:
    """An 8-bit sRGB band's values as linear light, still 8-bit (what ``-colorspace RGB`` writes)."""
    table = []
    for v in range(256):
        c = v / 255
        table.append(round(255 * (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)))
    return band.point(table)


def _with_alpha(img: Image.Image, alpha: Image.Image | None) -> Image.Image:
    if alpha is None:
        return img
    out = img.convert("LA" if img.mode == "L" else "RGBA")
    out.putalpha(alpha)
    return out


def _opaque(img: Image.Image, background: tuple[int, int, int]) -> Image.Image:
    """``img`` without alpha: transparent parts show ``background``; gray stays gray."""
    if "A" not in img.getbands() and not (img.mode == "P" and "transparency" in img.info):
        return img if img.mode in ("RGB", "L") else img.convert("RGB")
    rgba = img.convert("RGBA")
    canvas = Image.new("RGB", rgba.size, background)
    canvas.paste(rgba, mask=rgba.getchannel("A"))
    return canvas
