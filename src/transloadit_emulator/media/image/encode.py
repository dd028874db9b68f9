"""Output formats: which format a result is written in, the pixel mode it can store, encoder
options (quality, progressive, kept ICC profile and EXIF) and writing files, stills or animations."""

from __future__ import annotations

import os
import struct
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image, features

from .colors import parse_color
from .plan import ImagePlan

#: Requested output format -> (Pillow format name, file extension).
FORMATS: dict[str, tuple[str, str]] = {
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
    FORMATS["avif"] = ("AVIF", "avif")
# Input Pillow format -> the output format that keeps it when ``format`` is null.
_KEEP_FORMAT = {"JPEG": "jpg", "MPO": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp", "TIFF": "tiff", "BMP": "bmp"}
if "avif" in FORMATS:
    _KEEP_FORMAT["AVIF"] = "avif"
_ALPHA_FORMATS = {"PNG", "WEBP", "TIFF", "GIF", "AVIF"}
#: Pillow formats written with every frame of an animated input.
ANIMATED_FORMATS = frozenset({"GIF", "WEBP"})
#: What Pillow raises on unreadable or hostile image data.
PILLOW_ERRORS = (OSError, ValueError, EOFError, SyntaxError, struct.error, Image.DecompressionBombError)


def output_format(requested: Any, source_format: str | None) -> tuple[str, str, bool]:
    """(Pillow format, extension, whether the file's extension changes) of a result: the
    ``requested`` format, else the source's own when it can be written, else PNG (keeps alpha).
    ``ValueError`` for a requested format that cannot be written."""
    if requested is not None and str(requested).strip():
        key = str(requested).strip().lower().lstrip(".")
        if key not in FORMATS:
            supported = ", ".join(sorted(FORMATS))
            raise ValueError(f"the output format {requested!r} is not supported (use one of {supported})")
        pillow_format, ext = FORMATS[key]
        return pillow_format, ext, True
    kept = _KEEP_FORMAT.get(source_format or "")
    if kept is None:  # a format Pillow reads but we do not write (PSD, ICO, ...): PNG keeps alpha
        return "PNG", "png", True
    pillow_format, ext = FORMATS[kept]
    return pillow_format, ext, False  # same format: the client's name stays as it was


def fit_mode(img: Image.Image, pillow_format: str, background: str) -> Image.Image:
    """Convert to a mode the output format can store; flatten alpha onto ``background`` if needed."""
    has_alpha = "A" in img.getbands() or (img.mode == "P" and "transparency" in img.info)
    if pillow_format in _ALPHA_FORMATS:
        if img.mode in ("RGB", "RGBA", "L") or (img.mode == "LA" and pillow_format in ("PNG", "TIFF")):
            return img
        if img.mode in ("CMYK", "LAB") and pillow_format == "TIFF":
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


def save_options(pillow_format: str, plan: ImagePlan, src: Image.Image) -> dict[str, Any]:
    """Encoder options: quality, progressive JPEG, and the kept ICC profile and EXIF of ``src``."""
    options: dict[str, Any] = {}
    if pillow_format in ("JPEG", "WEBP", "AVIF"):
        options["quality"] = max(1, min(100, plan.quality))
    if pillow_format == "JPEG":
        options["progressive"] = plan.progressive
        options["optimize"] = plan.progressive  # optimised Huffman tables come with progressive
    if plan.density is not None and pillow_format in ("JPEG", "PNG", "TIFF", "BMP"):
        options["dpi"] = plan.density
    if pillow_format == "PNG" and plan.adaptive_filtering:
        options["optimize"] = True  # every filter tried at zlib's strongest level
    options.update(compression_options(pillow_format, plan.compress))
    if plan.strip or pillow_format not in ("JPEG", "PNG", "WEBP", "TIFF", "AVIF"):
        return options
    icc = src.info.get("icc_profile")
    if icc:
        options["icc_profile"] = icc
    try:
        exif = src.getexif()
    except PILLOW_ERRORS:
        return options
    if exif:
        if plan.auto_orient or plan.degrees:
            exif[ExifTags.Base.Orientation] = 1  # the pixels are now upright
        options["exif"] = exif.tobytes()
    return options


#: ``compress`` -> Pillow's TIFF ``compression`` (Pillow writes no BZip or JPEG 2000 TIFFs; those
#: and ``Lossless`` keep the writer's default).
_TIFF_COMPRESSION = {
    "None": "raw",
    "LZW": "tiff_lzw",
    "Zip": "tiff_adobe_deflate",
    "RLE": "packbits",
    "JPEG": "jpeg",
    "Fax": "tiff_ccitt",
    "Group4": "group4",
}


def compression_options(pillow_format: str, compress: str | None) -> dict[str, Any]:
    """Encoder options for ImageMagick's ``-compress``: TIFF codecs, PNG without zlib (``None``),
    lossless WebP (``Lossless``); other pairs keep the format's own compression."""
    if compress is None:
        return {}
    if pillow_format == "TIFF" and compress in _TIFF_COMPRESSION:
        return {"compression": _TIFF_COMPRESSION[compress]}
    if pillow_format == "PNG" and compress == "None":
        return {"compress_level": 0}
    if pillow_format == "WEBP" and compress == "Lossless":
        return {"lossless": True}
    return {}


def animation_options(
    pillow_format: str, frames: Sequence[Image.Image], durations: Sequence[int] | int, loop: int | None
) -> dict[str, Any]:
    """Options that write ``frames`` as one animation: ``durations`` in ms (one per frame, or
    one for all), ``loop`` as Pillow takes it (0: forever; None: the writer's default)."""
    options: dict[str, Any] = {"save_all": True, "append_images": list(frames[1:])}
    options["duration"] = durations if isinstance(durations, int) else list(durations)
    if loop is not None:
        options["loop"] = loop
    if pillow_format == "GIF":
        options["disposal"] = 2  # frames are whole pictures, not deltas
    return options


def save_image(img: Image.Image, scratch: Path, out_name: str, pillow_format: str, options: dict[str, Any]) -> Path:
    """Write ``img`` to a fresh file in ``scratch``; no partial file survives a failed encode."""
    scratch.mkdir(parents=True, exist_ok=True)
    # mkstemp: unique even when two inputs (or two Steps) share a filename. The name is only a
    # debugging aid (the Assembly names results itself), so it is kept short.
    fd, tmp = tempfile.mkstemp(prefix="image-", suffix=f"-{out_name[-100:]}", dir=scratch)
    os.close(fd)
    path = Path(tmp)
    try:
        img.save(path, pillow_format, **options)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def save_result(
    img: Image.Image,
    scratch: Path,
    name: str,
    source_format: str | None,
    requested: Any = None,
    quality: int = 92,
    lossless: bool = False,
) -> tuple[Path, str]:
    """Write a robot's result picture: in ``requested`` format, else the source's own (PNG when
    it cannot be written); the name gets the new extension when the format changes; ``lossless``
    WebP when asked. Returns the path and the result's name."""
    pillow_format, ext, renamed = output_format(requested, source_format)
    stem = name.rsplit(".", 1)[0] if "." in name else name
    out_name = f"{stem}.{ext}" if renamed else name
    img = fit_mode(img, pillow_format, "#FFFFFF")
    options: dict[str, Any] = (
        {"quality": max(1, min(100, quality))} if pillow_format in ("JPEG", "WEBP", "AVIF") else {}
    )
    if lossless and pillow_format == "WEBP":
        options["lossless"] = True
    return save_image(img, scratch, out_name, pillow_format, options), out_name
