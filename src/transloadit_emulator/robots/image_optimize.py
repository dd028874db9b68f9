"""``/image/optimize``: make images smaller without changing what they show.

- JPEG: MozJPEG's lossless transcoder (``mozjpeg-lossless-optimization``): optimised Huffman
  tables, progressive scans. The output is progressive whatever ``progressive`` says (MozJPEG
  always writes progressive scans; a baseline lossless rewrite would need jpegtran from apt).
  ``lossy: true`` also tries a Pillow re-encode at quality 85 and keeps the smaller.
- PNG: oxipng (``pyoxipng``): filter and deflate search, colour-type and bit-depth reduction;
  ``progressive`` asks for Adam7 interlacing; ``lossy: true`` first reduces to a 256-colour palette.
  ``priority: conversion-speed`` uses oxipng level 1 instead of 2.
- Other formats are returned unchanged.

``preserve_meta_data: false`` drops EXIF, comments and other metadata (JPEG markers, PNG ancillary
chunks that do not affect rendering). The result is never larger than the input: when the
optimised bytes are not smaller, the input's bytes are the result. ``fix_breaking_images`` (on by
default) re-encodes an image the optimiser cannot read, as far as it decodes; that result may be
larger. Without it such an image fails the Step with ``INVALID_INPUT_ERROR``.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import mozjpeg_lossless_optimization as mozjpeg  # type: ignore[import-untyped]
import oxipng
from PIL import Image, ImageFile, UnidentifiedImageError

from ..errors import RobotError
from .base import InputFile, OutputFile, PerFileRobot, RobotContext

_PNG_TIMEOUT_S = 120
# Pillow reads "tolerate truncated files" from a module global; only the repair path sets it.
_TRUNCATED_LOCK = threading.Lock()


class ImageOptimize(PerFileRobot):
    """Losslessly shrinks JPEG and PNG images; other images pass unchanged."""

    name = "/image/optimize"
    accepts = frozenset({"image"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Optimise one image into ``ctx.scratch_dir``; never larger than the input."""
        name = re.split(r"[\\/]", str(file.record.get("name") or file.path.name))[-1].strip() or "file"
        data = file.path.read_bytes()
        keep_meta = params.get("preserve_meta_data", True) is not False
        progressive = params.get("progressive") is True
        lossy = params.get("lossy") is True
        fast = params.get("priority") == "conversion-speed"
        fix = params.get("fix_breaking_images", True) is not False
        try:
            best = optimize_bytes(data, keep_meta=keep_meta, progressive=progressive, lossy=lossy, fast=fast)
        except OPTIMIZE_ERRORS as exc:
            if not fix:
                raise RobotError(
                    "INVALID_INPUT_ERROR", f"The image {name!r} cannot be optimized: {_reason(exc)}"
                ) from None
            best = _repair(data, _kind(data), name)
        return [OutputFile(path=_write(ctx.scratch_dir, name, best), name=name, source=file)]


#: What :func:`optimize_bytes` raises on data the optimisers cannot read.
OPTIMIZE_ERRORS = (ValueError, oxipng.PngError, OSError)


def optimize_bytes(
    data: bytes, *, keep_meta: bool = True, progressive: bool = False, lossy: bool = False, fast: bool = False
) -> bytes:
    """A JPEG or PNG made smaller as this robot does, or ``data`` itself when that comes out no
    smaller (other formats are returned as they are). Raises one of :data:`OPTIMIZE_ERRORS`."""
    kind = _kind(data)
    if kind == "jpeg":
        best = _optimize_jpeg(data, keep_meta, lossy)
    elif kind == "png":
        best = _optimize_png(data, keep_meta, progressive, lossy, fast)
    else:
        return data
    return best if len(best) < len(data) else data


def _kind(data: bytes) -> str | None:
    if data[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    return None


def _reason(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__


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


def _repair(data: bytes, kind: str | None, name: str) -> bytes:
    """Decode what can be decoded (truncated files included) and write it afresh."""
    with _TRUNCATED_LOCK:
        saved = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = True
        try:
            with Image.open(io.BytesIO(data)) as img:
                img.load()
                fmt = "JPEG" if kind == "jpeg" and img.mode in ("RGB", "L", "CMYK") else "PNG"
                buf = io.BytesIO()
                img.save(buf, fmt, **({"quality": 95} if fmt == "JPEG" else {"optimize": True}))
        except (UnidentifiedImageError, OSError, ValueError, EOFError, SyntaxError) as exc:
            raise RobotError("INVALID_INPUT_ERROR", f"The image {name!r} cannot be repaired: {_reason(exc)}") from None
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = saved
    return buf.getvalue()


def _write(scratch: Path, name: str, data: bytes) -> Path:
    scratch.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="optimize-", suffix=f"-{name[-100:]}", dir=scratch)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return Path(tmp)
