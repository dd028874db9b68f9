"""The image pipeline, per frame: orient (EXIF or a free rotation) -> crop region -> trim ->
resize strategy -> effects -> watermark -> texts -> a mode the output format stores.

JPEGs that are only scaled are decoded at a reduced scale (``Image.draft``) that still covers the
target, which halves the cost; when the caller already holds pixels decoded at such a scale
(``predecoded``, see ``media/pixels.py``), they are used instead of decoding again.
"""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image, ImageSequence

from .effects import apply_effects, trim
from .encode import ANIMATED_FORMATS, fit_mode
from .geometry import crop_region, draft_box, orient, orientation, resize
from .plan import ImagePlan
from .text import draw_text
from .watermark import apply_watermark

#: ``predecoded(box)``: pixels of the source already decoded at a scale covering ``box``, or None.
Predecoded = Callable[[tuple[int, int]], Image.Image | None]


def render(
    src: Image.Image, plan: ImagePlan, pillow_format: str, predecoded: Predecoded | None = None
) -> tuple[list[Image.Image], list[int]]:
    """The processed frame(s) of ``src`` and their durations in ms: every frame when both input
    and output are animated, else the plan's ``frame`` (1-based, default the first)."""
    n_frames = int(getattr(src, "n_frames", 1))
    if n_frames > 1 and plan.frame is None and pillow_format in ANIMATED_FORMATS:
        frames, durations = [], []
        for frame in ImageSequence.Iterator(src):
            durations.append(int(frame.info.get("duration", 100)))
            # Frames after the first may change mode; RGBA keeps each one's transparency.
            frames.append(process_frame(frame.convert("RGBA"), plan, pillow_format))
        return frames, durations
    if plan.frame is not None and n_frames > 1:
        src.seek(min(plan.frame, n_frames) - 1)
        return [process_frame(src.convert("RGBA"), plan, pillow_format)], []
    box = draft_box(plan) if src.format == "JPEG" else None
    if box is None:
        return [process_frame(src, plan, pillow_format)], []
    swapped = plan.auto_orient and orientation(src) in (5, 6, 7, 8)
    full_size = (src.height, src.width) if swapped else src.size
    img = predecoded(box) if predecoded is not None else None
    if img is None:
        src.draft(src.mode, box)
        img = src
    return [process_frame(img, plan, pillow_format, full_size)], []


def process_frame(
    img: Image.Image, plan: ImagePlan, pillow_format: str, full_size: tuple[int, int] | None = None
) -> Image.Image:
    """One frame through the pipeline. ``full_size`` is the upright full-resolution size when
    ``img`` was drafted: sizes are computed from it so that they do not depend on the draft."""
    img = orient(img, plan)
    img = crop_region(img, plan.crop)
    if plan.trim:
        img = trim(img)
    img = _resizable(img)
    img = resize(img, plan, full_size or img.size)
    img = apply_effects(img, plan)
    if plan.watermark is not None:
        img = apply_watermark(img, plan.watermark)
    for item in plan.texts:
        img = draw_text(img, item)
    return fit_mode(img, pillow_format, plan.background)


def _resizable(img: Image.Image) -> Image.Image:
    """``img`` in a mode Pillow resizes with LANCZOS (8 bits per channel, no palette)."""
    if img.mode in ("P", "PA", "1", "La", "RGBa"):
        # Pillow resizes palette images with NEAREST only; odd modes lack LANCZOS support.
        has_alpha = "A" in img.getbands() or "transparency" in img.info
        return img.convert("RGBA" if has_alpha else "L" if img.mode == "1" else "RGB")
    if img.mode.startswith("I"):  # 16/32-bit gray: scale to 8 bits instead of clipping at 255
        return img.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if img.mode == "F":
        return img.convert("L")
    return img


def fit_plan(width: int | None, height: int | None, strategy: str, background: str) -> ImagePlan:
    """The plan that fits a picture into ``width`` x ``height`` with ``strategy`` over
    ``background``: EXIF orientation applied, the first frame of an animation."""
    return ImagePlan(width=width, height=height, strategy=strategy, background=background, frame=1)


def resize_still(
    src: Image.Image, plan: ImagePlan, pillow_format: str, predecoded: Predecoded | None = None
) -> Image.Image:
    """One still picture of ``src`` through the pipeline (a :func:`fit_plan`), for robots that
    make images of other things (``/file/preview``). The result is a new image (orienting
    copies), so ``src`` may be closed afterwards."""
    frames, _ = render(src, plan, pillow_format, predecoded)
    return frames[0]
