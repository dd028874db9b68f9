"""Making images smaller without changing what they show (``/image/optimize``, ``/file/preview``).

- JPEG: MozJPEG's lossless transcoder (``mozjpeg-lossless-optimization``): optimised Huffman
  tables, progressive scans (always: a baseline lossless rewrite would need jpegtran from apt).
  ``lossy`` also tries a Pillow re-encode at quality 85 and keeps the smaller.
- PNG: oxipng (``pyoxipng``): filter and deflate search, colour-type and bit-depth reduction;
  ``progressive`` asks for Adam7 interlacing; ``lossy`` first reduces to a 256-colour palette;
  ``fast`` uses oxipng level 1 instead of 2.
- Other formats are returned unchanged.

Without ``keep_meta`` EXIF, comments and other metadata go (JPEG markers, PNG ancillary chunks
that do not affect rendering).
"""

from __future__ import annotations

import io
import threading
from typing import Any

import mozjpeg_lossless_optimization as mozjpeg  # type: ignore[import-untyped]
import oxipng
from PIL import Image, ImageFile, UnidentifiedImageError

_PNG_TIMEOUT_S = 120
# Pillow reads "tolerate truncated files" from a module global; only the repair path sets it.
_TRUNCATED_LOCK = threading.Lock()

#: What :func:`optimize_bytes` raises on data the optimisers cannot read.
OPTIMIZE_ERRORS = (ValueError, oxipng.PngError, OSError)
#: What :func:`repair` raises on data nothing can be decoded from.
REPAIR_ERRORS = (UnidentifiedImageError, OSError, ValueError, EOFError, SyntaxError)


def optimize_bytes(
    data: bytes, *, keep_meta: bool = True, progressive: bool = False, lossy: bool = False, fast: bool = False
) -> bytes:
    """A JPEG or PNG made smaller, or ``data`` itself when that comes out no smaller (other
    formats are returned as they are). Raises one of :data:`OPTIMIZE_ERRORS`."""
    kind = image_kind(data)
    if kind == "jpeg":
        best = _optimize_jpeg(data, keep_meta, lossy)
    elif kind == "png":
        best = _optimize_png(data, keep_meta, progressive, lossy, fast)
    else:
        return data
    return best if len(best) < len(data) else data


def image_kind(data: bytes) -> str | None:
    """``jpeg`` or ``png`` from the magic bytes, else None."""
    if data[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    return None


def repair(data: bytes) -> bytes:
    """Decode what can be decoded (truncated files included) and write it afresh: a JPEG stays a
    JPEG where its mode allows, anything else becomes a PNG. Raises one of :data:`REPAIR_ERRORS`."""
    with _TRUNCATED_LOCK:
        saved = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = True
        try:
            with Image.open(io.BytesIO(data)) as img:
                img.load()
                fmt = "JPEG" if image_kind(data) == "jpeg" and img.mode in ("RGB", "L", "CMYK") else "PNG"
                buf = io.BytesIO()
                img.save(buf, fmt, **({"quality": 95} if fmt == "JPEG" else {"optimize": True}))
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = saved
    return buf.getvalue()


def _optimize_jpeg(data: bytes, keep_meta: bool, lossy: bool) -> bytes:
    copy = mozjpeg.COPY_MARKERS.ALL if keep_meta else mozjpeg.COPY_MARKERS.NONE
    best: bytes = mozjpeg.optimize(data, copy=copy)
    if lossy:
        with Image.open(io.BytesIO(data)) as img:
            options: dict[str, Any] = {"quality": 85, "optimize": True, "progressive": True}
            for key in ("exif", "icc_profile") if keep_meta else ():
                if img.info.get(key):
                    options[key] = img.info[key]
            buf = io.BytesIO()
            img.save(buf, "JPEG", **options)
        reencoded = mozjpeg.optimize(buf.getvalue(), copy=copy)
        best = min(best, reencoded, key=len)
    return best


def _optimize_png(data: bytes, keep_meta: bool, progressive: bool, lossy: bool, fast: bool) -> bytes:
    if lossy:
        with Image.open(io.BytesIO(data)) as img:
            if img.mode not in ("P", "1", "L"):
                rgba = img.convert("RGBA" if "A" in img.getbands() or "transparency" in img.info else "RGB")
                buf = io.BytesIO()
                rgba.quantize(256, Image.Quantize.FASTOCTREE).save(buf, "PNG")
                data = buf.getvalue()
    result: bytes = oxipng.optimize_from_memory(
        data,
        level=1 if fast else 2,
        interlace=oxipng.Interlacing.Adam7 if progressive else oxipng.Interlacing.Off,
        strip=oxipng.StripChunks.none() if keep_meta else oxipng.StripChunks.safe(),
        timeout=_PNG_TIMEOUT_S,
    )
    return result
