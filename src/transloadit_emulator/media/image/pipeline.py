"""The image pipeline, per frame: clipping path -> orient (EXIF or a free rotation) -> shave ->
crop region -> trim -> alpha before the clip -> resize strategy -> effects and alpha (inside the
clipping path when ``clip``) -> transparent colour -> CLUT -> colorspace -> watermark -> texts ->
flatten -> a mode the output format stores -> ``type``.

JPEGs that are only scaled are decoded at a reduced scale (``Image.draft``) that still covers the
target, which halves the cost; when the caller already holds pixels decoded at such a scale
(``predecoded``, see ``media/pixels.py``), they are used instead of decoding again.
"""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image, ImageSequence

from .alpha import apply_alpha, apply_clut, flatten, make_transparent, masked, shave
from .clipping import clipping_mask
from .colors import parse_color
from .colorspace import set_type, to_colorspace
from .effects import apply_effects, trim
from .encode import ANIMATED_FORMATS, fit_mode
from .geometry import crop_region, draft_box, orient, orient_mask, orientation, resize
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
    background = parse_color(plan.background)
    clip = clipping_mask(img, plan.clip) if plan.clip is not False else None
    if clip is not None:  # the path is drawn over the pixels as stored: turn it with them
        clip = orient_mask(clip, img, plan)
    img = orient(img, plan)
    if plan.shave:
        img = shave(img, *plan.shave)
    img = crop_region(img, plan.crop)
    if plan.trim:
        img = trim(img)
    img = _resizable(img)
    if plan.preclip_alpha:
        img = apply_alpha(img, plan.preclip_alpha, background)
    if clip is not None and clip.size == img.size:
        # What follows the clip in ImageMagick's command acts inside the path only.
        img = masked(img, _retouch(img, plan, background), clip)
        img = resize(img, plan, img.size if full_size is None else full_size)
    else:
        img = resize(img, plan, full_size or img.size)
        img = _retouch(img, plan, background)
    img = _recolor(img, plan)
    if plan.watermark is not None:
        img = apply_watermark(img, plan.watermark)
    for item in plan.texts:
        img = draw_text(img, item)
    if plan.flatten:
        img = flatten(img, background)
    if plan.colorspace:
        img = to_colorspace(img, plan.colorspace, pillow_format)
    img = fit_mode(img, pillow_format, plan.background)
    return set_type(img, plan.color_type, pillow_format, background[:3]) if plan.color_type else img


def _retouch(img: Image.Image, plan: ImagePlan, background: tuple[int, int, int, int]) -> Image.Image:
    """The effects and the ``alpha`` mode: what a clipping path confines."""
    img = apply_effects(img, plan)
    return apply_alpha(img, plan.alpha, background) if plan.alpha else img


def _recolor(img: Image.Image, plan: ImagePlan) -> Image.Image:
    """``transparent``, then ``clut``."""
    if plan.transparent:
        img = make_transparent(img, parse_color(plan.transparent)[:3])
    return apply_clut(img, plan.clut) if plan.clut is not None else img


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


def fit_plan(width: int | None, height: int | None, strategy: str, background: str, *, zoom: bool = True) -> ImagePlan:
    """The plan that fits a picture into ``width`` x ``height`` with ``strategy`` over
    ``background``: EXIF orientation applied, the first frame of an animation; without ``zoom``
    smaller pictures are not enlarged."""
    return ImagePlan(width=width, height=height, strategy=strategy, background=background, frame=1, zoom=zoom)


def resize_still(
    src: Image.Image, plan: ImagePlan, pillow_format: str, predecoded: Predecoded | None = None
) -> Image.Image:
    """One still picture of ``src`` through the pipeline (a :func:`fit_plan`), for robots that
    make images of other things (``/file/preview``). The result is a new image (orienting
    copies), so ``src`` may be closed afterwards."""
    frames, _ = render(src, plan, pillow_format, predecoded)
    return frames[0]
