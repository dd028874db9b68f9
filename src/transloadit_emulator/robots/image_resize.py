"""``/image/resize``: resize, crop, pad and convert images with Pillow.

Pipeline per frame: orient (EXIF or explicit rotation) -> ``crop`` region -> resize strategy ->
convert to a mode the output format stores -> save. JPEGs that are only scaled are decoded at a
reduced scale (``Image.draft``) that still covers the target, which halves the cost.
"""

from __future__ import annotations

import os
import re
import struct
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image, ImageColor, ImageOps, ImageSequence, UnidentifiedImageError, features

from ..core.errors import RobotError
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

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> _Plan:
        """Read validated ``params``; absent keys take their documented defaults."""
        frame = params.get("frame")
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
    schema_name = "ImageResizeStep"
    accepts = frozenset({"image"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Resize one image and write it, in the requested format, under ``ctx.scratch_dir``."""
        name = _basename(str(file.record.get("name") or file.path.name))
        plan = _Plan.from_params(params)
        try:
            with Image.open(file.path) as src:
                pillow_format, ext, renamed = _output_format(params.get("format"), src.format, name)
                out_name = f"{_stem(name)}.{ext}" if renamed else name
                frames, durations = _render(src, plan, pillow_format)
                options = _save_options(pillow_format, plan, src)
                if len(frames) > 1:
                    options.update(save_all=True, append_images=frames[1:], duration=durations)
                    options.update(loop=src.info.get("loop", 0))
                    if pillow_format == "GIF":
                        options["disposal"] = 2  # frames are whole pictures, not deltas
                out_path = _save(frames[0], ctx.scratch_dir, out_name, pillow_format, options)
        except UnidentifiedImageError:
            raise RobotError("IMAGE_RESIZE_ERROR", f"The file {name!r} is not an image that can be resized.") from None
        except _PILLOW_ERRORS as exc:
            # OSError text may carry server paths; strerror is the part worth showing.
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise RobotError("IMAGE_RESIZE_ERROR", f"The file {name!r} could not be resized: {reason}") from None
        return [OutputFile(path=out_path, name=out_name, source=file)]


def _save(img: Image.Image, scratch: Path, out_name: str, pillow_format: str, options: dict[str, Any]) -> Path:
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


def _render(src: Image.Image, plan: _Plan, pillow_format: str) -> tuple[list[Image.Image], list[int]]:
    """The processed frame(s) and their durations: every frame when both input and output are
    animated, else the chosen ``frame`` (1-based, default the first)."""
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
    full_size = None
    if _can_draft(src, plan):
        swapped = plan.auto_orient and _orientation(src) in (5, 6, 7, 8)
        full_size = (src.height, src.width) if swapped else src.size
        side = max(d for d in (plan.width, plan.height) if d)
        # draft() keeps both decoded sides >= the request; a square request stays large enough
        # whichever side the target constrains, even after EXIF orientation swaps the sides.
        src.draft(src.mode, (side, side))
    return [_process(src, plan, pillow_format, full_size)], []


def _can_draft(src: Image.Image, plan: _Plan) -> bool:
    """Reduced JPEG decoding is safe unless pixel coordinates matter (crops, free rotation)."""
    return (
        src.format == "JPEG"
        and (plan.width is not None or plan.height is not None)
        and plan.crop is None
        and plan.strategy != "crop"
        and not plan.degrees
    )


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
    if img.mode in ("P", "PA", "1", "La", "RGBa"):
        # Pillow resizes palette images with NEAREST only; odd modes lack LANCZOS support.
        has_alpha = "A" in img.getbands() or "transparency" in img.info
        img = img.convert("RGBA" if has_alpha else "L" if img.mode == "1" else "RGB")
    elif img.mode.startswith("I"):  # 16/32-bit gray: scale to 8 bits instead of clipping at 255
        img = img.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    elif img.mode == "F":
        img = img.convert("L")
    img = _resize(img, plan, full_size or img.size)
    return _fit_mode(img, pillow_format, plan.background)


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
    background = _color(plan.background)
    mode = "RGBA" if background[3] < 255 or "A" in img.getbands() else "RGB"
    canvas = Image.new(mode, size, background if mode == "RGBA" else background[:3])
    x = round((size[0] - img.width) * plan.gravity[0])
    y = round((size[1] - img.height) * plan.gravity[1])
    layer = img.convert(mode)
    canvas.paste(layer, (x, y), layer if mode == "RGBA" else None)
    return canvas


def _color(value: str) -> tuple[int, int, int, int]:
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
        color = _color(background)
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
