"""Pixel effects: trimming plain borders, blur (whole or in regions), sepia, the brightness /
saturation / contrast / hue multipliers, negation and monochrome. Alpha is never changed."""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter, ImageOps

from .plan import ImagePlan, Region

#: Blur strength (Gaussian sigma) of ``blur_regions`` when ``blur`` is not set.
REGION_SIGMA = 8.0
#: How far (per channel) a pixel may differ from the corner and still count as border.
TRIM_FUZZ = 24
# The sepia matrix (RGB -> RGB) of the classic "sepia tone" filter.
_SEPIA = (0.393, 0.769, 0.189, 0, 0.349, 0.686, 0.168, 0, 0.272, 0.534, 0.131, 0)


def trim(img: Image.Image) -> Image.Image:
    """Cut away the borders that have the top-left corner's colour (within a little JPEG noise)."""
    img.load()
    probe = img if img.mode in ("RGB", "RGBA", "L", "LA") else img.convert("RGBA" if "A" in img.getbands() else "RGB")
    corner = probe.getpixel((0, 0))
    diff = ImageChops.difference(probe, Image.new(probe.mode, probe.size, corner))
    box = diff.point(lambda v: 255 if v > TRIM_FUZZ else 0).getbbox()
    if box is None or box == (0, 0, img.width, img.height):
        return img  # one colour throughout, or nothing to trim
    return img.crop(box)


def apply_effects(img: Image.Image, plan: ImagePlan) -> Image.Image:
    """Blur, sepia, brightness/saturation/contrast/hue multipliers, negate and monochrome, in that order."""
    if plan.blur_regions:
        img = blur_regions(img, plan.blur_regions, plan.blur or REGION_SIGMA)
    elif plan.blur:
        sigma = plan.blur
        img = on_color(img, lambda im: im.filter(ImageFilter.GaussianBlur(sigma)))
    if plan.sepia is not None:
        strength = 0.4 + 0.6 * min(99, max(0, plan.sepia)) / 99
        img = on_color(img, lambda im: Image.blend(im, im.convert("RGB", _SEPIA), strength), gray_ok=False)
    if plan.brightness != 1:
        img = on_color(img, lambda im: ImageEnhance.Brightness(im).enhance(plan.brightness))
    if plan.saturation != 1:
        img = on_color(img, lambda im: ImageEnhance.Color(im).enhance(plan.saturation))
    if plan.contrast != 1:
        img = on_color(img, lambda im: ImageEnhance.Contrast(im).enhance(plan.contrast))
    if plan.hue != 100:
        img = on_color(img, lambda im: shift_hue(im, plan.hue), gray_ok=True)
    if plan.negate:
        img = on_color(img, ImageOps.invert)
    if plan.monochrome:
        img = on_color(img, lambda im: im.convert("L").convert("1").convert("L"))
    return img


def on_color(img: Image.Image, op: Callable[[Image.Image], Image.Image], gray_ok: bool = True) -> Image.Image:
    """Apply ``op`` to the colour channels only (RGB, or L when ``gray_ok``); alpha is kept as is."""
    alpha = img.getchannel("A") if "A" in img.getbands() else None
    keep_gray = gray_ok and img.mode in ("L", "LA")
    base = img.convert("L" if keep_gray else "RGB") if img.mode not in ("RGB", "L") or alpha is not None else img
    out = op(base)
    if alpha is not None:
        out = out.convert("L" if keep_gray and out.mode == "L" else "RGB")
        out.putalpha(alpha)
    return out


def shift_hue(img: Image.Image, hue: float) -> Image.Image:
    """ImageMagick's ``-modulate 100,100,hue``: 100 keeps, 0 and 200 turn the hue by 180 degrees."""
    if img.mode != "RGB":
        return img  # gray has no hue
    offset = hue_offset(hue)
    h, s, v = img.convert("HSV").split()
    h = h.point(lambda x: (x + offset) % 256)
    return Image.merge("HSV", (h, s, v)).convert("RGB")


def hue_offset(hue: float) -> int:
    """The shift of Pillow's 0-255 hue channel for a ``-modulate`` hue (100 = none, 200 = half round)."""
    return round((hue - 100) * 1.8 / 360 * 256) % 256


def blur_regions(img: Image.Image, regions: tuple[Region, ...], sigma: float) -> Image.Image:
    """Blur the ellipses inscribed in each ``(x, y, width, height)`` box."""
    mask = Image.new("L", img.size, 0)
    draw = ImageDraw.Draw(mask)
    for x, y, w, h in regions:
        draw.ellipse((x, y, x + w - 1, y + h - 1), fill=255)
    blurred = on_color(img, lambda im: im.filter(ImageFilter.GaussianBlur(sigma)))
    return Image.composite(blurred, img if img.mode == blurred.mode else img.convert(blurred.mode), mask)
