"""Where pixels go: orientation, the crop region, the resize strategies, padding and placement.

Sizes are computed from the image's full resolution even when a JPEG was decoded at a reduced
scale (``Image.draft``), so a draft never changes the result's size. Rounding is half up.
"""

from __future__ import annotations

from PIL import ExifTags, Image, ImageOps

from ..pixels import UPRIGHT
from .colors import parse_color
from .plan import Crop, ImagePlan

#: Where the kept region sits for each ``gravity``: fractions of the leftover width and height.
#: ``attention`` and ``entropy`` (content-aware in libvips) are not here: they act as the centre.
GRAVITY: dict[str, tuple[float, float]] = {
    "center": (0.5, 0.5),
    "top": (0.5, 0.0),
    "bottom": (0.5, 1.0),
    "left": (0.0, 0.5),
    "right": (1.0, 0.5),
    "top-left": (0.0, 0.0),
    "top-right": (1.0, 0.0),
    "bottom-left": (0.0, 1.0),
    "bottom-right": (1.0, 1.0),
}
_RESAMPLE = Image.Resampling.LANCZOS


def round_half_up(value: float) -> int:
    """Half up, at least 1: Python's round() goes to even, so 2500.5 would become 2500."""
    return max(1, int(value + 0.5))


def orient(img: Image.Image, plan: ImagePlan) -> Image.Image:
    """The EXIF orientation applied, or the clockwise ``degrees`` rotation, or ``img`` as it is."""
    if plan.auto_orient:
        return ImageOps.exif_transpose(img)
    img.load()
    if plan.degrees:
        # Pillow rotates counter-clockwise; the corners a free rotation uncovers stay transparent.
        mode = "RGBA" if img.mode in ("RGB", "P", "RGBA") else img.mode
        return img.convert(mode).rotate(-plan.degrees, Image.Resampling.BICUBIC, expand=True)
    return img


def orient_mask(mask: Image.Image, src: Image.Image, plan: ImagePlan) -> Image.Image:
    """``mask``, drawn over ``src`` as stored (a clipping path), turned as :func:`orient` turns
    ``src``: it then covers the same pixels."""
    if plan.auto_orient:
        method = UPRIGHT.get(orientation(src))
        return mask.transpose(method) if method is not None else mask
    if plan.degrees:
        return mask.rotate(-plan.degrees, Image.Resampling.BICUBIC, expand=True)
    return mask


def orientation(img: Image.Image) -> int:
    """The EXIF orientation tag (1 when absent or unreadable)."""
    try:
        return int(img.getexif().get(ExifTags.Base.Orientation) or 1)
    except (TypeError, ValueError):
        return 1


def crop_region(img: Image.Image, crop: Crop | None) -> Image.Image:
    """The ``crop`` region, clipped to the image; ``ValueError`` when nothing of it is inside."""
    if crop is None:
        return img
    x1, y1, x2, y2 = crop
    x1, x2 = max(0, x1), min(img.width, x2)
    y1, y2 = max(0, y1), min(img.height, y2)
    if x2 <= x1 or y2 <= y1:
        raise ValueError(f"crop {','.join(map(str, crop))} selects no pixels of a {img.width}x{img.height} image")
    return img.crop((x1, y1, x2, y2))


def resize(img: Image.Image, plan: ImagePlan, true_size: tuple[int, int]) -> Image.Image:
    """Apply the resize strategy. Sizes come from ``true_size``, the upright full resolution."""
    w, h = plan.width, plan.height
    if w is None and h is None:
        return img
    sw, sh = true_size
    if plan.strategy == "crop":  # a region at full resolution; a missing side is kept whole
        return cut(img, min(w or sw, sw), min(h or sh, sh), plan.gravity)
    # With one side given, that side alone sets the scale; the other follows the aspect ratio.
    given = [r for r in ((w / sw) if w else None, (h / sh) if h else None) if r is not None]
    w = w or round_half_up(sw * given[0])
    h = h or round_half_up(sh * given[0])
    if plan.strategy == "stretch":
        size = (w, h) if plan.zoom else (min(w, sw), min(h, sh))
        return img if size == img.size else scale_to(img, size, plan.correct_gamma)
    if plan.strategy in ("fillcrop", "min_fit"):
        scale = max(w / sw, h / sh)  # cover the box
    else:
        scale = min(given)  # fit inside the box
    if not plan.zoom:
        scale = min(scale, 1.0)
    size = (round_half_up(sw * scale), round_half_up(sh * scale))
    scaled = img if size == img.size else scale_to(img, size, plan.correct_gamma)
    if plan.strategy == "fillcrop":
        return cut(scaled, min(w, scaled.width), min(h, scaled.height), plan.gravity)
    if plan.strategy == "pad":
        return pad(scaled, (w, h), plan.gravity, plan.background)
    return scaled


def scale_to(img: Image.Image, size: tuple[int, int], linear: bool = False) -> Image.Image:
    """``img`` resampled (Lanczos) to ``size``; with ``linear``, in linear light (``correct_gamma``):
    sRGB values are averaged as light, not as their gamma-encoded numbers, so fine dark and
    light detail keeps its brightness when shrunk."""
    if not linear or img.mode not in ("RGB", "RGBA", "L", "LA"):
        return img.resize(size, _RESAMPLE, reducing_gap=3.0)
    import numpy as np  # only this rarely used path needs it

    bands = []
    for name, band in zip(img.getbands(), img.split(), strict=True):
        if name == "A":
            bands.append(band.resize(size, _RESAMPLE))
            continue
        values = np.asarray(band, dtype=np.float32) / 255.0
        light = np.where(values <= 0.04045, values / 12.92, ((values + 0.055) / 1.055) ** 2.4)
        scaled = np.asarray(Image.fromarray(light.astype(np.float32), "F").resize(size, _RESAMPLE), dtype=np.float32)
        scaled = np.clip(scaled, 0.0, 1.0)
        encoded = np.where(scaled <= 0.0031308, scaled * 12.92, 1.055 * scaled ** (1 / 2.4) - 0.055)
        bands.append(Image.fromarray(np.round(encoded * 255).astype(np.uint8), "L"))
    return Image.merge(img.mode, bands)


def cut(img: Image.Image, w: int, h: int, gravity: tuple[float, float]) -> Image.Image:
    """A ``w`` x ``h`` region of ``img`` placed at ``gravity``."""
    x = round((img.width - w) * gravity[0])
    y = round((img.height - h) * gravity[1])
    return img.crop((x, y, x + w, y + h))


def pad(img: Image.Image, size: tuple[int, int], gravity: tuple[float, float], background: str) -> Image.Image:
    """``img`` on a ``size`` canvas of ``background``, placed at ``gravity``."""
    color = parse_color(background)
    mode = "RGBA" if color[3] < 255 or "A" in img.getbands() else "RGB"
    canvas = Image.new(mode, size, color if mode == "RGBA" else color[:3])
    x = round((size[0] - img.width) * gravity[0])
    y = round((size[1] - img.height) * gravity[1])
    layer = img.convert(mode)
    canvas.paste(layer, (x, y), layer if mode == "RGBA" else None)
    return canvas


def draft_box(plan: ImagePlan) -> tuple[int, int] | None:
    """The box a JPEG may be decoded down to (``Image.draft``) for ``plan``, or None when it must
    be decoded whole: reduced decoding is safe unless pixel coordinates matter (crops, free
    rotation, trimming)."""
    if plan.crop is not None or plan.strategy == "crop" or plan.degrees or plan.trim or plan.shave:
        return None
    sides = [d for d in (plan.width, plan.height) if d]
    if not sides:
        return None
    # draft() keeps both decoded sides >= the request; a square request stays large enough
    # whichever side the target constrains, even after EXIF orientation swaps the sides.
    return (max(sides), max(sides))


def anchor(outer: tuple[int, int], inner: tuple[int, int], position: str, dx: int, dy: int) -> tuple[int, int]:
    """Top-left corner of ``inner`` placed at ``position`` (a gravity name) in ``outer``. Offsets
    from a side point inwards (positive moves towards the centre); on a centred axis positive is
    right / down."""
    (ow, oh), (iw, ih) = outer, inner
    if "left" in position:
        x = dx
    elif "right" in position:
        x = ow - iw - dx
    else:
        x = (ow - iw) // 2 + dx
    if "top" in position:
        y = dy
    elif "bottom" in position:
        y = oh - ih - dy
    else:
        y = (oh - ih) // 2 + dy
    return x, y


def paste_clipped(base: Image.Image, layer: Image.Image, x: int, y: int) -> None:
    """Alpha-composite ``layer`` onto RGBA ``base`` at (x, y), clipping what falls outside."""
    left, top = max(0, x), max(0, y)
    right, bottom = min(base.width, x + layer.width), min(base.height, y + layer.height)
    if right <= left or bottom <= top:
        return
    part = layer.crop((left - x, top - y, right - x, bottom - y))
    base.alpha_composite(part, (left, top))
