"""``/image/resize``: resize, crop, pad, retouch, watermark, caption and convert images with Pillow.

Pipeline per frame: orient (EXIF or explicit rotation) -> ``crop`` region -> ``trim_whitespace``
-> resize strategy -> effects (``blur``/``blur_regions``, ``sepia``, ``brightness``, ``saturation``,
``contrast``, ``hue``, ``negate``, ``monochrome``) -> watermark -> ``text`` -> convert to a mode the
output format stores -> save. JPEGs that are only scaled are decoded at a reduced scale
(``Image.draft``) that still covers the target, which halves the cost.

The watermark is fetched once per file through :mod:`transloadit_emulator.media.remote` (http and
https only). Coordinates of ``blur_regions`` and offsets of watermarks and texts are pixels of the
resized image.

``resize_still``, ``save_image``, ``load_font`` and ``parse_color`` serve ``/file/preview`` too.
"""

from __future__ import annotations

import functools
import io
import math
import os
import random
import re
import struct
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import (
    ExifTags,
    Image,
    ImageChops,
    ImageColor,
    ImageDraw,
    ImageEnhance,
    ImageFilter,
    ImageFont,
    ImageOps,
    ImageSequence,
    UnidentifiedImageError,
    features,
)

from ..errors import RobotError, TransloaditError
from ..media.metadata import average_color
from ..media.pixels import DecodedPixels, open_image
from ..media.remote import RemoteFetchError, fetch_bytes
from .base import InputFile, OutputFile, PerFileRobot, RobotContext

# Requested output format -> (Pillow format name, file extension).
_FORMATS: dict[str, tuple[str, str]] = {
    "jpg": ("JPEG", "jpg"),
    "jpeg": ("JPEG", "jpg"),
    "png": ("PNG", "png"),
    "gif": ("GIF", "gif"),
    "webp": ("WEBP", "webp"),
    "tiff": ("TIFF", "tiff"),
    "tif": ("TIFF", "tiff"),
    "bmp": ("BMP", "bmp"),
}
if features.check("avif"):  # Pillow wheels >= 11.3 bundle libavif; source builds may not
    _FORMATS["avif"] = ("AVIF", "avif")
# Input Pillow format -> the output format that keeps it when ``format`` is null.
_KEEP_FORMAT = {"JPEG": "jpg", "MPO": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp", "TIFF": "tiff", "BMP": "bmp"}
if "avif" in _FORMATS:
    _KEEP_FORMAT["AVIF"] = "avif"
_ALPHA_FORMATS = {"PNG", "WEBP", "TIFF", "GIF", "AVIF"}
_ANIMATED_FORMATS = {"GIF", "WEBP"}
# Where the kept region sits for each gravity: fractions of the leftover width and height.
# "attention" and "entropy" (content-aware in libvips) fall back to the centre.
_GRAVITY: dict[str, tuple[float, float]] = {
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
# What Pillow raises on unreadable or hostile image data.
_PILLOW_ERRORS = (OSError, ValueError, EOFError, SyntaxError, struct.error, Image.DecompressionBombError)
_WATERMARK_POSITIONS = tuple(_GRAVITY)  # the nine positions, without attention/entropy
_ALIGN = ("left", "center", "right")
_VALIGN = ("top", "center", "bottom")
_BLUR = re.compile(r"^([0-9]+(?:\.[0-9]+)?)x([0-9]+(?:\.[0-9]+)?)$")
#: Blur strength (Gaussian sigma) of ``blur_regions`` when ``blur`` is not set.
_REGION_SIGMA = 8.0
# The sepia matrix (RGB -> RGB) of the classic "sepia tone" filter.
_SEPIA = (0.393, 0.769, 0.189, 0, 0.349, 0.686, 0.168, 0, 0.272, 0.534, 0.131, 0)


@dataclass(frozen=True)
class _Watermark:
    """A fetched watermark and how to lay it on each frame."""

    image: Image.Image  # RGBA, opacity already applied
    position: str
    x_offset: int
    y_offset: int
    size: float | None  # fraction of the image, from "NN%"
    strategy: str
    repeat_x: bool
    repeat_y: bool


@dataclass(frozen=True)
class _Plan:
    """The params, with robot-params.md defaults applied, in the shapes the pipeline uses."""

    width: int | None
    height: int | None
    strategy: str
    zoom: bool
    gravity: tuple[float, float]
    crop: Any
    background: str
    quality: int
    strip: bool
    progressive: bool
    rotation: Any
    frame: int | None
    trim: bool = False
    blur: float | None = None
    blur_regions: tuple[Mapping[str, Any], ...] = ()
    sepia: int | None = None
    brightness: float = 1.0
    saturation: float = 1.0
    contrast: float = 1.0
    hue: float = 100.0
    negate: bool = False
    monochrome: bool = False
    texts: tuple[Mapping[str, Any], ...] = ()
    watermark: _Watermark | None = None

    @classmethod
    def from_params(cls, params: Mapping[str, Any], watermark: _Watermark | None = None) -> _Plan:
        """Read validated ``params``; absent keys take their documented defaults."""
        frame = params.get("frame")
        sepia = params.get("sepia")
        regions = params.get("blur_regions")
        return cls(
            width=_dimension(params.get("width")),
            height=_dimension(params.get("height")),
            strategy=str(params.get("resize_strategy") or "fit"),
            zoom=params.get("zoom", True) is not False,
            gravity=_GRAVITY.get(str(params.get("gravity") or "center"), (0.5, 0.5)),
            crop=params.get("crop"),
            background=str(params.get("background") or "#FFFFFF"),
            quality=int(params.get("quality") or 92),
            strip=params.get("strip") is True,
            progressive=params.get("progressive") is True,
            rotation=params.get("rotation", True),
            frame=frame if isinstance(frame, int) and not isinstance(frame, bool) and frame >= 1 else None,
            trim=params.get("trim_whitespace") is True,
            blur=_blur_sigma(params.get("blur")),
            blur_regions=tuple(regions) if isinstance(regions, list) else (),
            sepia=sepia if isinstance(sepia, int) and not isinstance(sepia, bool) else None,
            brightness=_number(params.get("brightness"), 1.0),
            saturation=_number(params.get("saturation"), 1.0),
            contrast=_number(params.get("contrast"), 1.0),
            hue=_number(params.get("hue"), 100.0),
            negate=params.get("negate") is True,
            monochrome=params.get("monochrome") is True,
            texts=_text_items(params.get("text")),
            watermark=watermark,
        )

    @property
    def auto_orient(self) -> bool:
        """Whether EXIF orientation is applied (``true`` or ``"auto"``)."""
        return self.rotation is True or self.rotation == "auto"

    @property
    def degrees(self) -> float:
        """An explicit clockwise rotation, 0 when ``rotation`` is not a number."""
        rotation = self.rotation
        if isinstance(rotation, int | float) and not isinstance(rotation, bool):
            return float(rotation) % 360
        return 0.0


class ImageResize(PerFileRobot):
    """Resizes each image with one of Transloadit's resize strategies."""

    name = "/image/resize"
    accepts = frozenset({"image"})

    def check_params(self, step: Mapping[str, Any]) -> None:
        """The watermark, text and blur-region params answer with their own error codes."""
        check_params(step)

    def decode_request(self, params: Mapping[str, Any]) -> tuple[int, int] | None:
        """The box a JPEG input may be decoded down to for these params (None: decode it whole)."""
        try:
            return _draft_box(_Plan.from_params(params))
        except (TypeError, ValueError):  # params that still hold Assembly Variables
            return None

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Resize one image and write it, in the requested format, under ``ctx.scratch_dir``."""
        name = _basename(str(file.record.get("name") or file.path.name))
        step_key = f"{ctx.assembly_id}:{ctx.step_name}"
        seed = f"{step_key}:{file.record.get('id')}"
        watermark = _load_watermark(params, step_key, seed=seed, allow_private=ctx.allow_private_imports)
        plan = _Plan.from_params(params, watermark)
        try:
            with open_image(file.path) as src:
                pillow_format, ext, renamed = _output_format(params.get("format"), src.format, name)
                out_name = f"{_stem(name)}.{ext}" if renamed else name
                frames, durations = _render(src, plan, pillow_format, file.pixels)
                options = _save_options(pillow_format, plan, src)
                if len(frames) > 1:
                    options.update(save_all=True, append_images=frames[1:], duration=durations)
                    options.update(loop=src.info.get("loop", 0))
                    if pillow_format == "GIF":
                        options["disposal"] = 2  # frames are whole pictures, not deltas
                out_path = save_image(frames[0], ctx.scratch_dir, out_name, pillow_format, options)
                # From the pixels at hand: describing the result need not decode it again.
                known = {"average_color": average_color(frames[0])}
        except UnidentifiedImageError:
            raise RobotError("IMAGE_RESIZE_ERROR", f"The file {name!r} is not an image that can be resized.") from None
        except _PILLOW_ERRORS as exc:
            # OSError text may carry server paths; strerror is the part worth showing.
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise RobotError("IMAGE_RESIZE_ERROR", f"The file {name!r} could not be resized: {reason}") from None
        return [OutputFile(path=out_path, name=out_name, source=file, known=known)]


def check_params(step: Mapping[str, Any]) -> None:
    """Raise the specific ``IMAGE_RESIZE_INVALID_*`` codes for malformed watermark, text and
    blur-region params; everything else is left to the JSON schema (``IMAGE_RESIZE_VALIDATION``)."""
    positions = step.get("watermark_position")
    if positions is not None:
        listed = positions if isinstance(positions, list) else [positions]
        if not listed or any(p not in _WATERMARK_POSITIONS for p in listed):
            raise TransloaditError(
                "IMAGE_RESIZE_INVALID_WATERMARK_POSITION",
                f"watermark_position {positions!r} is not one of {', '.join(_WATERMARK_POSITIONS)} or a list of them.",
            )
    for key in ("watermark_x_offset", "watermark_y_offset"):
        if key in step and not _is_int(step[key]):
            raise TransloaditError(
                "IMAGE_RESIZE_INVALID_WATERMARK_OFFSET", f"{key} must be a whole number of pixels, not {step[key]!r}."
            )
    if "text" in step and step["text"] is not None:
        text = step["text"]
        items = text if isinstance(text, list) else [text]
        if not all(isinstance(item, Mapping) for item in items):
            raise TransloaditError(
                "IMAGE_RESIZE_INVALID_TEXT_VALUE", "text must be an object {text, size, color, ...} or a list of them."
            )
        for i, item in enumerate(items):
            problem = _text_problem(item)
            if problem:
                raise TransloaditError("IMAGE_RESIZE_INVALID_TEXT_OBJECT_VALUE", f"text[{i}]: {problem}")
    regions = step.get("blur_regions")
    if regions is not None:
        if not isinstance(regions, list):
            raise TransloaditError("IMAGE_RESIZE_INVALID_BLUR_REGION", "blur_regions must be a list of regions.")
        for i, region in enumerate(regions):
            if not (
                isinstance(region, Mapping)
                and all(_is_number(region.get(k)) and region[k] >= 0 for k in ("x", "y", "width", "height"))
                and region["width"] > 0
                and region["height"] > 0
            ):
                raise TransloaditError(
                    "IMAGE_RESIZE_INVALID_BLUR_REGION",
                    f"blur_regions[{i}] must be {{x, y, width, height}} with non-negative numbers, not {region!r}.",
                )


def _text_problem(item: Mapping[str, Any]) -> str | None:
    """What is wrong with one ``text`` object, or None."""
    if not isinstance(item.get("text"), str):
        return "text is required and must be a string"
    for key in ("size", "stroke_width"):
        if key in item and not (_is_number(item[key]) and 0 <= item[key] <= 2000):
            return f"{key} must be a number from 0 to 2000, not {item[key]!r}"
    for key in ("rotate", "x_offset", "y_offset"):
        if key in item and not _is_number(item[key]):
            return f"{key} must be a number, not {item[key]!r}"
    if "align" in item and item["align"] not in _ALIGN:
        return f"align must be one of {', '.join(_ALIGN)}, not {item['align']!r}"
    if "valign" in item and item["valign"] not in _VALIGN:
        return f"valign must be one of {', '.join(_VALIGN)}, not {item['valign']!r}"
    if "font" in item and not isinstance(item["font"], str):
        return f"font must be a font name, not {item['font']!r}"
    for key in ("color", "background_color", "stroke_color"):
        if key in item and not _is_color(item[key]):
            return f"{key} {item[key]!r} is not a colour"
    return None


def _is_color(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        parse_color(value)
    except ValueError:
        return False
    return True


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _is_int(value: Any) -> bool:
    return _is_number(value) and float(value).is_integer()


def _number(value: Any, default: float) -> float:
    return float(value) if _is_number(value) else default


def _blur_sigma(value: Any) -> float | None:
    """``"radius x sigma"`` as a Gaussian sigma: the sigma, or half the radius when sigma is 0."""
    match = _BLUR.match(str(value)) if isinstance(value, str) else None
    if match is None:
        return None
    radius, sigma = float(match.group(1)), float(match.group(2))
    sigma = sigma or radius / 2
    return sigma or None


def _text_items(value: Any) -> tuple[Mapping[str, Any], ...]:
    items = value if isinstance(value, list) else [value] if isinstance(value, Mapping) else []
    return tuple(item for item in items if isinstance(item, Mapping))


@functools.lru_cache(maxsize=4)
def _fetch_watermark(step_key: str, url: str, allow_private: bool) -> bytes:
    """The watermark's bytes, fetched once per Step (``step_key``) however many files it resizes.
    Non-public addresses are refused unless the emulator allows private imports."""
    try:
        return fetch_bytes(url, allow_private=allow_private)
    except RemoteFetchError as exc:
        raise RobotError("IMAGE_RESIZE_ERROR", f"The watermark could not be fetched: {exc}") from None


def _load_watermark(
    params: Mapping[str, Any], step_key: str, seed: str, allow_private: bool = False
) -> _Watermark | None:
    """Fetch and prepare ``watermark_url``; one of several ``watermark_position``s is picked at
    random, seeded by the file so that a replay places it alike."""
    url = params.get("watermark_url")
    if not isinstance(url, str) or not url.strip():
        return None
    data = _fetch_watermark(step_key, url.strip(), allow_private)
    try:
        with Image.open(io.BytesIO(data)) as wm:
            image = ImageOps.exif_transpose(wm).convert("RGBA")
    except (UnidentifiedImageError, *_PILLOW_ERRORS):
        raise RobotError("IMAGE_RESIZE_ERROR", f"The watermark at {url!r} is not an image.") from None
    opacity = _number(params.get("watermark_opacity"), 1.0)
    if opacity < 1:
        alpha = image.getchannel("A").point(lambda v: round(v * max(0.0, opacity)))
        image.putalpha(alpha)
    positions = params.get("watermark_position") or "center"
    listed = positions if isinstance(positions, list) else [positions]
    size = params.get("watermark_size")
    match = re.fullmatch(r"([0-9]+)%", size.strip()) if isinstance(size, str) else None
    return _Watermark(
        image=image,
        position=str(random.Random(seed).choice(listed)),
        x_offset=int(_number(params.get("watermark_x_offset"), 0)),
        y_offset=int(_number(params.get("watermark_y_offset"), 0)),
        size=int(match.group(1)) / 100 if match else None,
        strategy=str(params.get("watermark_resize_strategy") or "fit"),
        repeat_x=params.get("watermark_repeat_x") is True,
        repeat_y=params.get("watermark_repeat_y") is True,
    )


def save_image(img: Image.Image, scratch: Path, out_name: str, pillow_format: str, options: dict[str, Any]) -> Path:
    """Write ``img`` to a fresh file in ``scratch``; no partial file survives a failed encode."""
    scratch.mkdir(parents=True, exist_ok=True)
    # mkstemp: unique even when two inputs (or two Steps) share a filename. The name is only a
    # debugging aid here (the Assembly uses ``OutputFile.name``), so it is kept short.
    fd, tmp = tempfile.mkstemp(prefix="resize-", suffix=f"-{out_name[-100:]}", dir=scratch)
    os.close(fd)
    path = Path(tmp)
    try:
        img.save(path, pillow_format, **options)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def _dimension(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def _basename(name: str) -> str:
    """The last path component of a client-supplied name (never a path into the scratch dir)."""
    return re.split(r"[\\/]", name)[-1].strip() or "file"


def _stem(name: str) -> str:
    return name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name


def _output_format(requested: Any, source_format: str | None, name: str) -> tuple[str, str, bool]:
    """(Pillow format, extension, whether the name's extension changes) for the output."""
    if requested is not None and str(requested).strip():
        key = str(requested).strip().lower().lstrip(".")
        if key not in _FORMATS:
            supported = ", ".join(sorted(_FORMATS))
            raise ValueError(f"the output format {requested!r} is not supported (use one of {supported})")
        pillow_format, ext = _FORMATS[key]
        return pillow_format, ext, True
    kept = _KEEP_FORMAT.get(source_format or "")
    if kept is None:  # a format Pillow reads but we do not write (PSD, ICO, ...): PNG keeps alpha
        return "PNG", "png", True
    pillow_format, ext = _FORMATS[kept]
    return pillow_format, ext, False  # same format: the client's name stays as it was


def resize_still(
    src: Image.Image,
    width: int | None,
    height: int | None,
    strategy: str,
    background: str,
    pillow_format: str,
    pixels: DecodedPixels | None = None,
) -> Image.Image:
    """One still picture of ``src`` through this robot's pipeline, for robots that make images
    of other things (``/file/preview``): EXIF orientation applied, the first frame of an
    animation, fitted into ``width`` x ``height`` with ``strategy`` (a ``resize_strategy``) over
    ``background``, in a mode ``pillow_format`` stores. ``pixels`` are those the upload's metadata
    extraction already decoded, if any, which a JPEG then takes instead of decoding again. The
    result is a new image (orienting copies), so ``src`` may be closed afterwards."""
    params = {"width": width, "height": height, "resize_strategy": strategy, "background": background, "frame": 1}
    frames, _ = _render(src, _Plan.from_params(params), pillow_format, pixels)
    return frames[0]


def still_decode_box(width: int | None, height: int | None, strategy: str) -> tuple[int, int] | None:
    """The box :func:`resize_still` may decode a JPEG down to (None: it decodes it whole)."""
    return _draft_box(_Plan.from_params({"width": width, "height": height, "resize_strategy": strategy}))


def _render(
    src: Image.Image, plan: _Plan, pillow_format: str, pixels: DecodedPixels | None = None
) -> tuple[list[Image.Image], list[int]]:
    """The processed frame(s) and their durations: every frame when both input and output are
    animated, else the chosen ``frame`` (1-based, default the first). ``pixels``: ``src`` as
    the upload's metadata extraction decoded it, if it did."""
    n_frames = int(getattr(src, "n_frames", 1))
    if n_frames > 1 and plan.frame is None and pillow_format in _ANIMATED_FORMATS:
        frames, durations = [], []
        for frame in ImageSequence.Iterator(src):
            durations.append(int(frame.info.get("duration", 100)))
            # Frames after the first may change mode; RGBA keeps each one's transparency.
            frames.append(_process(frame.convert("RGBA"), plan, pillow_format, None))
        return frames, durations
    if plan.frame is not None and n_frames > 1:
        src.seek(min(plan.frame, n_frames) - 1)
        return [_process(src.convert("RGBA"), plan, pillow_format, None)], []
    box = _draft_box(plan) if src.format == "JPEG" else None
    if box is None:
        return [_process(src, plan, pillow_format, None)], []
    swapped = plan.auto_orient and _orientation(src) in (5, 6, 7, 8)
    full_size = (src.height, src.width) if swapped else src.size
    # The upload's metadata extraction may have decoded this very file at this scale already.
    img = pixels.take(box) if pixels is not None else None
    if img is None:
        src.draft(src.mode, box)
        img = src
    return [_process(img, plan, pillow_format, full_size)], []


def _draft_box(plan: _Plan) -> tuple[int, int] | None:
    """The box a JPEG may be decoded down to (``Image.draft``) for this plan, or None when it
    must be decoded whole: reduced decoding is safe unless pixel coordinates matter (crops,
    free rotation, trimming)."""
    if plan.crop is not None or plan.strategy == "crop" or plan.degrees or plan.trim:
        return None
    sides = [d for d in (plan.width, plan.height) if d]
    if not sides:
        return None
    # draft() keeps both decoded sides >= the request; a square request stays large enough
    # whichever side the target constrains, even after EXIF orientation swaps the sides.
    return (max(sides), max(sides))


def _orientation(img: Image.Image) -> int:
    try:
        return int(img.getexif().get(ExifTags.Base.Orientation) or 1)
    except (TypeError, ValueError):
        return 1


def _process(img: Image.Image, plan: _Plan, pillow_format: str, full_size: tuple[int, int] | None) -> Image.Image:
    """One frame through the pipeline. ``full_size`` is the upright full-resolution size when
    ``img`` was drafted: sizes are computed from it so that they do not depend on the draft."""
    img = _rotate(img, plan)
    img = _apply_crop(img, plan.crop)
    if plan.trim:
        img = _trim(img)
    if img.mode in ("P", "PA", "1", "La", "RGBa"):
        # Pillow resizes palette images with NEAREST only; odd modes lack LANCZOS support.
        has_alpha = "A" in img.getbands() or "transparency" in img.info
        img = img.convert("RGBA" if has_alpha else "L" if img.mode == "1" else "RGB")
    elif img.mode.startswith("I"):  # 16/32-bit gray: scale to 8 bits instead of clipping at 255
        img = img.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    elif img.mode == "F":
        img = img.convert("L")
    img = _resize(img, plan, full_size or img.size)
    img = _effects(img, plan)
    if plan.watermark is not None:
        img = _apply_watermark(img, plan.watermark)
    for item in plan.texts:
        img = _draw_text(img, item)
    return _fit_mode(img, pillow_format, plan.background)


def _trim(img: Image.Image) -> Image.Image:
    """Cut away the borders that have the top-left corner's colour (within a little JPEG noise)."""
    img.load()
    probe = img if img.mode in ("RGB", "RGBA", "L", "LA") else img.convert("RGBA" if "A" in img.getbands() else "RGB")
    corner = probe.getpixel((0, 0))
    diff = ImageChops.difference(probe, Image.new(probe.mode, probe.size, corner))
    box = diff.point(lambda v: 255 if v > 24 else 0).getbbox()
    if box is None or box == (0, 0, img.width, img.height):
        return img  # one colour throughout, or nothing to trim
    return img.crop(box)


def _on_color(img: Image.Image, op: Callable[[Image.Image], Image.Image], gray_ok: bool = True) -> Image.Image:
    """Apply ``op`` to the colour channels only (RGB, or L when ``gray_ok``); alpha is kept as is."""
    alpha = img.getchannel("A") if "A" in img.getbands() else None
    keep_gray = gray_ok and img.mode in ("L", "LA")
    base = img.convert("L" if keep_gray else "RGB") if img.mode not in ("RGB", "L") or alpha is not None else img
    out = op(base)
    if alpha is not None:
        out = out.convert("L" if keep_gray and out.mode == "L" else "RGB")
        out.putalpha(alpha)
    return out


def _effects(img: Image.Image, plan: _Plan) -> Image.Image:
    """Blur, sepia, brightness/saturation/contrast/hue multipliers, negate and monochrome."""
    if plan.blur_regions:
        img = _blur_regions(img, plan.blur_regions, plan.blur or _REGION_SIGMA)
    elif plan.blur:
        sigma = plan.blur
        img = _on_color(img, lambda im: im.filter(ImageFilter.GaussianBlur(sigma)))
    if plan.sepia is not None:
        strength = 0.4 + 0.6 * min(99, max(0, plan.sepia)) / 99
        img = _on_color(img, lambda im: Image.blend(im, im.convert("RGB", _SEPIA), strength), gray_ok=False)
    if plan.brightness != 1:
        img = _on_color(img, lambda im: ImageEnhance.Brightness(im).enhance(plan.brightness))
    if plan.saturation != 1:
        img = _on_color(img, lambda im: ImageEnhance.Color(im).enhance(plan.saturation))
    if plan.contrast != 1:
        img = _on_color(img, lambda im: ImageEnhance.Contrast(im).enhance(plan.contrast))
    if plan.hue != 100:
        img = _on_color(img, lambda im: _shift_hue(im, plan.hue), gray_ok=True)
    if plan.negate:
        img = _on_color(img, ImageOps.invert)
    if plan.monochrome:
        img = _on_color(img, lambda im: im.convert("L").convert("1").convert("L"))
    return img


def _shift_hue(img: Image.Image, hue: float) -> Image.Image:
    """ImageMagick's ``-modulate 100,100,hue``: 100 keeps, 0 and 200 turn the hue by 180 degrees."""
    if img.mode != "RGB":
        return img  # gray has no hue
    offset = round((hue - 100) * 1.8 / 360 * 256) % 256
    h, s, v = img.convert("HSV").split()
    h = h.point(lambda x: (x + offset) % 256)
    return Image.merge("HSV", (h, s, v)).convert("RGB")


def _blur_regions(img: Image.Image, regions: tuple[Mapping[str, Any], ...], sigma: float) -> Image.Image:
    """Blur the ellipses inscribed in each ``{x, y, width, height}`` box."""
    mask = Image.new("L", img.size, 0)
    draw = ImageDraw.Draw(mask)
    for r in regions:
        x, y, w, h = (float(r[k]) for k in ("x", "y", "width", "height"))
        draw.ellipse((x, y, x + w - 1, y + h - 1), fill=255)
    blurred = _on_color(img, lambda im: im.filter(ImageFilter.GaussianBlur(sigma)))
    return Image.composite(blurred, img if img.mode == blurred.mode else img.convert(blurred.mode), mask)


def _anchor(outer: tuple[int, int], inner: tuple[int, int], position: str, dx: int, dy: int) -> tuple[int, int]:
    """Top-left corner of ``inner`` placed at ``position`` in ``outer``. Offsets from a side point
    inwards (positive moves towards the centre); on a centred axis positive is right / down."""
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


def _watermark_size(mark: tuple[int, int], canvas: tuple[int, int], share: float, strategy: str) -> tuple[int, int]:
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


def _paste(base: Image.Image, layer: Image.Image, x: int, y: int) -> None:
    """Alpha-composite ``layer`` onto RGBA ``base`` at (x, y), clipping what falls outside."""
    left, top = max(0, x), max(0, y)
    right, bottom = min(base.width, x + layer.width), min(base.height, y + layer.height)
    if right <= left or bottom <= top:
        return
    part = layer.crop((left - x, top - y, right - x, bottom - y))
    base.alpha_composite(part, (left, top))


def _apply_watermark(img: Image.Image, wm: _Watermark) -> Image.Image:
    mark = wm.image
    if wm.size is not None:
        size = _watermark_size(mark.size, img.size, wm.size, wm.strategy)
        if size != mark.size:
            mark = mark.resize(size, Image.Resampling.LANCZOS)
    had_alpha = "A" in img.getbands()
    base = img.convert("RGBA")
    x0, y0 = _anchor(base.size, mark.size, wm.position, wm.x_offset, wm.y_offset)
    xs = _tiles(x0, mark.width, base.width) if wm.repeat_x else [x0]
    ys = _tiles(y0, mark.height, base.height) if wm.repeat_y else [y0]
    for y in ys:
        for x in xs:
            _paste(base, mark, x, y)
    return base if had_alpha else base.convert("RGB")


def _tiles(start: int, step: int, length: int) -> list[int]:
    """Positions of tiles of ``step`` covering 0..length that include ``start``."""
    first = start - ((start + step - 1) // step) * step if start > 0 else start
    return list(range(first, length, step))


def load_font(name: Any, size: float) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A font by name from the system's font directories, else the font that ships with Pillow."""
    if isinstance(name, str) and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 _.-]{0,99}", name):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            pass
    return ImageFont.load_default(size=size)


def _draw_text(img: Image.Image, item: Mapping[str, Any]) -> Image.Image:
    """Draw one ``text`` object: a layer with the text (and its background), rotated, aligned."""
    text = str(item.get("text", ""))
    if not text:
        return img
    size = max(1.0, _number(item.get("size"), 12))
    font = load_font(item.get("font"), size)
    stroke = int(_number(item.get("stroke_width"), 0))
    color = parse_color(str(item.get("color") or "#000000"))
    background = parse_color(str(item.get("background_color") or "transparent"))
    stroke_color = parse_color(str(item.get("stroke_color") or "transparent"))
    probe = ImageDraw.Draw(Image.new("RGBA", (1, 1)))
    left, top, right, bottom = (math.floor(v) for v in probe.textbbox((0, 0), text, font=font, stroke_width=stroke))
    pad = max(1, round(size * 0.1))
    layer = Image.new("RGBA", (right - left + 1 + 2 * pad, bottom - top + 1 + 2 * pad), background)
    ImageDraw.Draw(layer).text(
        (pad - left, pad - top), text, font=font, fill=color, stroke_width=stroke, stroke_fill=stroke_color
    )
    rotate = _number(item.get("rotate"), 0)
    if rotate % 360:
        layer = layer.rotate(-rotate, Image.Resampling.BICUBIC, expand=True)  # clockwise, as ImageMagick
    valign = str(item.get("valign") or "center")
    align = str(item.get("align") or "center")
    position = "-".join(p for p in (valign, align) if p != "center") or "center"
    x, y = _anchor(
        img.size, layer.size, position, int(_number(item.get("x_offset"), 0)), int(_number(item.get("y_offset"), 0))
    )
    had_alpha = "A" in img.getbands()
    base = img.convert("RGBA")
    _paste(base, layer, x, y)
    return base if had_alpha else base.convert("RGB")


def _rotate(img: Image.Image, plan: _Plan) -> Image.Image:
    """``true``/``"auto"``: follow EXIF orientation; a number: rotate clockwise; ``false``: leave."""
    if plan.auto_orient:
        return ImageOps.exif_transpose(img)
    img.load()
    if plan.degrees:
        # Pillow rotates counter-clockwise; the corners a free rotation uncovers stay transparent.
        mode = "RGBA" if img.mode in ("RGB", "P", "RGBA") else img.mode
        return img.convert(mode).rotate(-plan.degrees, Image.Resampling.BICUBIC, expand=True)
    return img


def _apply_crop(img: Image.Image, crop: Any) -> Image.Image:
    """Cut the ``crop`` region (``{x1,y1,x2,y2}`` or ``"x1,y1,x2,y2"``) before resizing."""
    if crop is None:
        return img
    if isinstance(crop, str):
        numbers = [int(float(n)) for n in re.findall(r"-?\d+(?:\.\d+)?", crop)]
        if len(numbers) != 4:
            raise ValueError(f"crop {crop!r} needs four numbers x1,y1,x2,y2")
        x1, y1, x2, y2 = numbers
    elif isinstance(crop, Mapping):
        try:
            x1, y1, x2, y2 = (int(float(crop.get(k, 0))) for k in ("x1", "y1", "x2", "y2"))
        except (TypeError, ValueError):
            raise ValueError(f"crop {dict(crop)!r} needs numeric x1, y1, x2, y2") from None
    else:
        raise ValueError(f"crop {crop!r} must be an object with x1, y1, x2, y2")
    x1, x2 = max(0, x1), min(img.width, x2)
    y1, y2 = max(0, y1), min(img.height, y2)
    if x2 <= x1 or y2 <= y1:
        raise ValueError(f"crop {crop!r} selects no pixels of a {img.width}x{img.height} image")
    return img.crop((x1, y1, x2, y2))


def _resize(img: Image.Image, plan: _Plan, true_size: tuple[int, int]) -> Image.Image:
    """Apply the resize strategy. Sizes are computed from ``true_size``, the image's full
    resolution, since ``img`` may have been decoded at a reduced scale."""
    w, h = plan.width, plan.height
    if w is None and h is None:
        return img
    sw, sh = true_size
    if plan.strategy == "crop":  # a region at full resolution; a missing side is kept whole
        return _cut(img, min(w or sw, sw), min(h or sh, sh), plan.gravity)
    # With one side given, that side alone sets the scale; the other follows the aspect ratio.
    given = [r for r in ((w / sw) if w else None, (h / sh) if h else None) if r is not None]
    w = w or _round(sw * given[0])
    h = h or _round(sh * given[0])
    if plan.strategy == "stretch":
        size = (w, h) if plan.zoom else (min(w, sw), min(h, sh))
        return img if size == img.size else img.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    if plan.strategy in ("fillcrop", "min_fit"):
        scale = max(w / sw, h / sh)  # cover the box
    else:
        scale = min(given)  # fit inside the box
    if not plan.zoom:
        scale = min(scale, 1.0)
    scaled = _scale(img, true_size, scale)
    if plan.strategy == "fillcrop":
        return _cut(scaled, min(w, scaled.width), min(h, scaled.height), plan.gravity)
    if plan.strategy == "pad":
        return _pad(scaled, (w, h), plan)
    return scaled


def _round(value: float) -> int:
    """Half up, at least 1: Python's round() goes to even, so 2500.5 would become 2500."""
    return max(1, int(value + 0.5))


def _scale(img: Image.Image, true_size: tuple[int, int], scale: float) -> Image.Image:
    size = (_round(true_size[0] * scale), _round(true_size[1] * scale))
    if size == img.size:
        return img
    return img.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)


def _cut(img: Image.Image, w: int, h: int, gravity: tuple[float, float]) -> Image.Image:
    x = round((img.width - w) * gravity[0])
    y = round((img.height - h) * gravity[1])
    return img.crop((x, y, x + w, y + h))


def _pad(img: Image.Image, size: tuple[int, int], plan: _Plan) -> Image.Image:
    """``img`` on a ``size`` canvas of ``background``, placed at ``gravity``."""
    background = parse_color(plan.background)
    mode = "RGBA" if background[3] < 255 or "A" in img.getbands() else "RGB"
    canvas = Image.new(mode, size, background if mode == "RGBA" else background[:3])
    x = round((size[0] - img.width) * plan.gravity[0])
    y = round((size[1] - img.height) * plan.gravity[1])
    layer = img.convert(mode)
    canvas.paste(layer, (x, y), layer if mode == "RGBA" else None)
    return canvas


def parse_color(value: str) -> tuple[int, int, int, int]:
    """A ``background`` value as RGBA; ``transparent``/``none`` are fully transparent white."""
    text = value.strip().lower()
    if text in ("transparent", "none"):
        return (255, 255, 255, 0)
    if text == "opaque":
        return (0, 0, 0, 255)
    if re.fullmatch(r"[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8}", text):
        text = "#" + text
    rgba = ImageColor.getcolor(text, "RGBA")  # raises ValueError on an unknown name
    assert isinstance(rgba, tuple)
    return (rgba[0], rgba[1], rgba[2], rgba[3])


def _fit_mode(img: Image.Image, pillow_format: str, background: str) -> Image.Image:
    """Convert to a mode the output format can store; flatten alpha onto ``background`` if needed."""
    has_alpha = "A" in img.getbands() or (img.mode == "P" and "transparency" in img.info)
    if pillow_format in _ALPHA_FORMATS:
        if img.mode in ("RGB", "RGBA", "L") or (img.mode == "LA" and pillow_format in ("PNG", "TIFF")):
            return img
        if img.mode == "CMYK" and pillow_format == "TIFF":
            return img
        return img.convert("RGBA" if has_alpha else "RGB")
    if has_alpha:  # JPEG, BMP: no alpha, so the transparent parts show the background
        rgba = img.convert("RGBA")
        color = parse_color(background)
        canvas = Image.new("RGB", rgba.size, color[:3] if color[3] else (255, 255, 255))
        canvas.paste(rgba, mask=rgba.getchannel("A"))
        return canvas
    if img.mode in ("RGB", "L") or (pillow_format == "JPEG" and img.mode == "CMYK"):
        return img
    return img.convert("RGB")


def _save_options(pillow_format: str, plan: _Plan, src: Image.Image) -> dict[str, Any]:
    """Encoder options: quality, progressive JPEG, and the kept ICC profile and EXIF."""
    options: dict[str, Any] = {}
    if pillow_format in ("JPEG", "WEBP", "AVIF"):
        options["quality"] = max(1, min(100, plan.quality))
    if pillow_format == "JPEG":
        options["progressive"] = plan.progressive
        options["optimize"] = plan.progressive  # optimised Huffman tables come with progressive
    if plan.strip or pillow_format not in ("JPEG", "PNG", "WEBP", "TIFF", "AVIF"):
        return options
    icc = src.info.get("icc_profile")
    if icc:
        options["icc_profile"] = icc
    try:
        exif = src.getexif()
    except _PILLOW_ERRORS:
        return options
    if exif:
        if plan.auto_orient or plan.degrees:
            exif[ExifTags.Base.Orientation] = 1  # the pixels are now upright
        options["exif"] = exif.tobytes()
    return options
