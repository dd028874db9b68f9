"""``/image/resize``: resize, crop, pad and convert images with Pillow."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PIL import Image, ImageColor, ImageOps, UnidentifiedImageError

from ..core.errors import RobotError
from .base import InputFile, OutputFile, PerFileRobot, RobotContext

# Output format -> (Pillow format name, file extension).
_FORMATS: dict[str, tuple[str, str]] = {
    "jpg": ("JPEG", "jpg"),
    "jpeg": ("JPEG", "jpg"),
    "png": ("PNG", "png"),
    "gif": ("GIF", "gif"),
    "webp": ("WEBP", "webp"),
    "tiff": ("TIFF", "tiff"),
    "bmp": ("BMP", "bmp"),
}
_PILLOW_TO_FORMAT = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp", "TIFF": "tiff", "BMP": "bmp"}
_ALPHA_FORMATS = {"PNG", "WEBP", "TIFF", "GIF"}
# Where the kept region sits for each gravity: fractions of the leftover width and height.
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


class ImageResize(PerFileRobot):
    """Resizes each image with one of Transloadit's resize strategies."""

    name = "/image/resize"
    schema_name = "ImageResizeStep"

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Resize one image and write it in the requested format."""
        name = str(file.record.get("name") or file.path.name)
        try:
            with Image.open(file.path) as src:
                out_format = _output_format(params.get("format"), src.format)
                target = _target_size(params, src.size)
                true_size = src.size
                if _can_draft(src, params, target):
                    # Decode at a reduced scale that still covers the target: about 2x faster.
                    # Square, so it also covers the target when EXIF orientation swaps the sides.
                    side = max(t for t in target if t)
                    src.draft(src.mode, (side, side))
                decoded = src.size
                img = _rotate(src, params.get("rotation", True))
                if img.size != decoded:  # EXIF orientation swapped the sides
                    true_size = (true_size[1], true_size[0])
                icc = None if params.get("strip") else img.info.get("icc_profile")
                exif = None if params.get("strip") else _clean_exif(img)
                img = _apply_crop(img, params.get("crop"))
                img = _resize(img, params, true_size)
                pillow_format, ext = _FORMATS[out_format]
                img = _fit_mode(img, pillow_format, params.get("background", "#FFFFFF"))
                basename = name.rsplit(".", 1)[0] if "." in name else name
                out_name = f"{basename}.{ext}"
                out_path = ctx.scratch_dir / f"{file.record.get('id', 'file')}-{out_name}"
                img.save(out_path, pillow_format, **_save_options(pillow_format, params, icc, exif))
        except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
            raise RobotError(
                "IMAGE_RESIZE_ERROR", f"The file {name!r} could not be resized as an image: {exc}"
            ) from None
        return [OutputFile(path=out_path, name=out_name, source=file)]


def _output_format(requested: Any, source_format: str | None) -> str:
    if isinstance(requested, str) and requested.lower() in _FORMATS:
        return requested.lower()
    return _PILLOW_TO_FORMAT.get(source_format or "", "png")


def _target_size(params: Mapping[str, Any], size: tuple[int, int]) -> tuple[int | None, int | None]:
    width, height = params.get("width"), params.get("height")
    w = int(width) if isinstance(width, int) and not isinstance(width, bool) else None
    h = int(height) if isinstance(height, int) and not isinstance(height, bool) else None
    return w, h


def _can_draft(src: Image.Image, params: Mapping[str, Any], target: tuple[int | None, int | None]) -> bool:
    """Reduced JPEG decoding is safe unless pixel coordinates matter (crops, free rotation)."""
    rotation = params.get("rotation", True)
    free_rotation = isinstance(rotation, int | float) and not isinstance(rotation, bool)
    return (
        src.format == "JPEG"
        and any(target)
        and params.get("crop") is None
        and params.get("resize_strategy", "fit") != "crop"
        and not free_rotation
    )


def _rotate(img: Image.Image, rotation: Any) -> Image.Image:
    """``true``/``"auto"``: follow EXIF orientation; a number: rotate clockwise; ``false``: leave."""
    if rotation is True or rotation == "auto":
        return ImageOps.exif_transpose(img)
    img.load()
    if isinstance(rotation, int | float) and not isinstance(rotation, bool) and rotation % 360:
        return img.rotate(-float(rotation), expand=True)
    return img


def _clean_exif(img: Image.Image) -> bytes | None:
    exif = img.getexif()
    if not exif:
        return None
    exif[0x0112] = 1  # the pixels are now upright
    return exif.tobytes()


def _apply_crop(img: Image.Image, crop: Any) -> Image.Image:
    """Cut the ``crop`` region (``{x1,y1,x2,y2}`` or ``"x1,y1,x2,y2"``) before resizing."""
    if crop is None:
        return img
    if isinstance(crop, str):
        numbers = [int(n) for n in re.findall(r"-?\d+", crop)]
        if len(numbers) != 4:
            raise ValueError(f"crop {crop!r} needs four numbers x1,y1,x2,y2")
        x1, y1, x2, y2 = numbers
    elif isinstance(crop, dict):
        x1, y1, x2, y2 = (int(crop.get(k, 0)) for k in ("x1", "y1", "x2", "y2"))
    else:
        raise ValueError(f"crop {crop!r} must be an object with x1, y1, x2, y2")
    x1, x2 = max(0, x1), min(img.width, x2)
    y1, y2 = max(0, y1), min(img.height, y2)
    if x2 <= x1 or y2 <= y1:
        raise ValueError(f"crop {crop!r} selects no pixels of a {img.width}x{img.height} image")
    return img.crop((x1, y1, x2, y2))


def _resize(img: Image.Image, params: Mapping[str, Any], true_size: tuple[int, int]) -> Image.Image:
    """Apply the resize strategy. Sizes are computed from ``true_size``, the image's full
    resolution, since ``img`` may have been decoded at a reduced scale."""
    w, h = _target_size(params, img.size)
    if w is None and h is None:
        return img
    strategy = params.get("resize_strategy", "fit")
    zoom = params.get("zoom", True) is not False
    gravity = _GRAVITY.get(str(params.get("gravity", "center")), (0.5, 0.5))
    sw, sh = true_size
    # With one side given, that side alone sets the scale; the other follows the aspect ratio.
    given = [r for r in ((w / sw) if w else None, (h / sh) if h else None) if r is not None]
    if w is None:
        w = max(1, round(sw * given[0]))
    if h is None:
        h = max(1, round(sh * given[0]))
    if strategy == "stretch":
        return img.resize((w, h), Image.Resampling.LANCZOS)
    if strategy == "crop":  # never drafted: img is at full resolution
        return _cut(img, min(w, sw), min(h, sh), gravity)
    if strategy in ("fillcrop", "min_fit"):
        scale = max(w / sw, h / sh)
        if not zoom:
            scale = min(scale, 1.0)
        scaled = _scale(img, true_size, scale)
        return _cut(scaled, min(w, scaled.width), min(h, scaled.height), gravity) if strategy == "fillcrop" else scaled
    scale = min(given)
    if not zoom:
        scale = min(scale, 1.0)
    scaled = _scale(img, true_size, scale)
    if strategy == "pad":
        background = _color(params.get("background", "#FFFFFF"))
        mode = "RGBA" if background[3] < 255 or "A" in scaled.getbands() else "RGB"
        canvas = Image.new(mode, (w, h), background if mode == "RGBA" else background[:3])
        x = round((w - scaled.width) * gravity[0])
        y = round((h - scaled.height) * gravity[1])
        canvas.paste(scaled.convert(mode), (x, y))
        return canvas
    return scaled


def _scale(img: Image.Image, true_size: tuple[int, int], scale: float) -> Image.Image:
    size = (max(1, round(true_size[0] * scale)), max(1, round(true_size[1] * scale)))
    if size == img.size:
        return img
    return img.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)


def _cut(img: Image.Image, w: int, h: int, gravity: tuple[float, float]) -> Image.Image:
    x = round((img.width - w) * gravity[0])
    y = round((img.height - h) * gravity[1])
    return img.crop((x, y, x + w, y + h))


def _color(value: Any) -> tuple[int, int, int, int]:
    text = str(value).strip().lower()
    if text in ("transparent", "none"):
        return (255, 255, 255, 0)
    if text == "opaque":
        return (0, 0, 0, 255)
    if re.fullmatch(r"[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8}", text):
        text = "#" + text
    rgba = ImageColor.getcolor(text, "RGBA")
    assert isinstance(rgba, tuple)
    return (rgba[0], rgba[1], rgba[2], rgba[3])


def _fit_mode(img: Image.Image, pillow_format: str, background: Any) -> Image.Image:
    """Convert to a mode the output format can store; flatten alpha onto ``background`` if needed."""
    has_alpha = "A" in img.getbands() or (img.mode == "P" and "transparency" in img.info)
    if pillow_format in _ALPHA_FORMATS and pillow_format != "GIF":
        if img.mode in ("RGB", "RGBA", "L", "LA") or (pillow_format == "TIFF" and img.mode == "CMYK"):
            return img
        return img.convert("RGBA" if has_alpha else "RGB")
    if pillow_format == "GIF":
        return img if img.mode in ("P", "L") else img.convert("RGBA" if has_alpha else "RGB")
    if has_alpha:
        rgba = img.convert("RGBA")
        color = _color(background)
        canvas = Image.new("RGB", rgba.size, color[:3] if color[3] else (255, 255, 255))
        canvas.paste(rgba, mask=rgba.getchannel("A"))
        return canvas
    return img if img.mode in ("RGB", "L") or (pillow_format == "JPEG" and img.mode == "CMYK") else img.convert("RGB")


def _save_options(pillow_format: str, params: Mapping[str, Any], icc: Any, exif: bytes | None) -> dict[str, Any]:
    quality = params.get("quality", 92)
    options: dict[str, Any] = {}
    if pillow_format in ("JPEG", "WEBP"):
        options["quality"] = int(quality)
    if pillow_format == "JPEG":
        options["progressive"] = bool(params.get("progressive", False))
        options["optimize"] = bool(params.get("progressive", False))
    if icc and pillow_format in ("JPEG", "PNG", "WEBP", "TIFF"):
        options["icc_profile"] = icc
    if exif and pillow_format in ("JPEG", "PNG", "WEBP", "TIFF"):
        options["exif"] = exif
    return options
