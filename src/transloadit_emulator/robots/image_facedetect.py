"""``/image/facedetect``: find faces with OpenCV's Haar cascade (``frontalface_alt2``).

The image is decoded upright (EXIF orientation applied; JPEGs at a reduced DCT scale) in gray,
scaled to at most ``_DETECT_SIDE`` pixels, contrast-equalised locally (CLAHE, which keeps small
faces on flat backgrounds and drops false hits) and searched with ``detectMultiScale2``. Boxes are
reported in pixels of the upright full-size image as ``{x1, y1, x2, y2, width, height,
confidence}``, sorted by their top-left corner (x, then y).

Haar cascades give no calibrated score; ``confidence`` grows with the number of overlapping
candidate windows that agreed on the face: 62 at the minimum of 3, 70 (the default
``min_confidence``) at 5, 99 from 13 on. Faces under ``min_confidence`` are dropped.

Without ``crop`` the input passes on unchanged with ``meta.faces`` (every face found). With
``crop`` each chosen face (``faces``: ``each``, ``max-confidence``, ``max-size``, a 0-based index)
or the box around all of them (``group``) becomes an image of its own, widened by
``crop_padding``; an image without (that) face yields no file.
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from ..errors import RobotError
from ..integers import parse_natural
from .base import InputFile, OutputFile, PerFileRobot, RobotContext

_CASCADE = "haarcascade_frontalface_alt2.xml"
_DETECT_SIDE = 800
_MIN_FACE = 20
_MIN_NEIGHBORS = 3
# Requested ``format`` -> (Pillow format, extension); ``preserve`` keeps these input formats.
_FORMATS = {"jpg": ("JPEG", "jpg"), "png": ("PNG", "png"), "tiff": ("TIFF", "tiff")}
_PRESERVE = {"JPEG": "jpg", "MPO": "jpg", "PNG": "png", "TIFF": "tiff"}
_local = threading.local()  # a CascadeClassifier must not be shared between threads


class ImageFacedetect(PerFileRobot):
    """Detects faces; annotates the image or crops the faces out."""

    name = "/image/facedetect"
    accepts = frozenset({"image"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Detect the faces of one image; crop them when ``crop`` is true."""
        name = re.split(r"[\\/]", str(file.record.get("name") or file.path.name))[-1].strip() or "file"
        min_confidence = params.get("min_confidence", 70)
        try:
            with Image.open(file.path) as probe:  # drafted for detection: crops need a fresh decode
                faces = [f for f in detect_faces(probe) if f["confidence"] >= min_confidence]
            if params.get("crop") is not True:
                return [OutputFile(path=file.path, name=name, source=file, meta={"faces": faces}, passthrough=True)]
            boxes = _chosen(faces, params.get("faces", "each"))
            if not boxes:
                return []
            with Image.open(file.path) as src:
                upright = ImageOps.exif_transpose(src)
                pillow_format, ext = _output_format(params.get("format"), src.format)
                out_name = f"{name.rsplit('.', 1)[0] if '.' in name.lstrip('.') else name}.{ext}"
                padding = str(params.get("crop_padding") or "5px")
                outputs = []
                for box, members in boxes:
                    region = upright.crop(_padded(box, padding, upright.size))
                    path = _save(region, ctx.scratch_dir, out_name, pillow_format)
                    outputs.append(OutputFile(path=path, name=out_name, source=file, meta={"faces": members}))
                return outputs
        except UnidentifiedImageError:
            raise RobotError("INVALID_INPUT_ERROR", f"The file {name!r} is not an image.") from None
        except (OSError, ValueError, EOFError, SyntaxError, Image.DecompressionBombError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise RobotError("INVALID_INPUT_ERROR", f"The image {name!r} could not be read: {reason}") from None


def detect_faces(src: Image.Image) -> list[dict[str, int]]:
    """Faces in ``src`` (an open image, not yet loaded), in upright full-size pixels."""
    import cv2

    orientation = src.getexif().get(0x0112) or 1
    full_w, full_h = (src.height, src.width) if orientation in (5, 6, 7, 8) else src.size
    scale = min(1.0, _DETECT_SIDE / max(full_w, full_h))
    want = (max(1, round(full_w * scale)), max(1, round(full_h * scale)))
    if src.format == "JPEG":
        src.draft("L", (max(want), max(want)))  # decode at a reduced scale that still covers it
    gray = ImageOps.exif_transpose(src).convert("L")
    if gray.size != want:
        gray = gray.resize(want, Image.Resampling.BOX)
    pixels = cv2.createCLAHE(clipLimit=2.0, tileGridSize=(8, 8)).apply(np.asarray(gray))
    rects, neighbours = _classifier().detectMultiScale2(
        pixels, scaleFactor=1.1, minNeighbors=_MIN_NEIGHBORS, minSize=(_MIN_FACE, _MIN_FACE)
    )
    sx, sy = full_w / want[0], full_h / want[1]
    faces = []
    for (x, y, w, h), n in zip(np.asarray(rects).reshape(-1, 4), np.ravel(neighbours), strict=True):
        x1, y1 = round(int(x) * sx), round(int(y) * sy)
        x2, y2 = min(full_w, round(int(x + w) * sx)), min(full_h, round(int(y + h) * sy))
        confidence = min(99, 50 + 4 * int(n))
        faces.append({"x1": x1, "y1": y1, "x2": x2, "y2": y2, "width": x2 - x1, "height": y2 - y1})
        faces[-1]["confidence"] = confidence
    return sorted(faces, key=lambda f: (f["x1"], f["y1"]))


def _classifier() -> Any:
    found = getattr(_local, "classifier", None)
    if found is None:
        import cv2

        cascades = cv2.data.haarcascades  # type: ignore[attr-defined]  # the stubs omit cv2.data
        found = cv2.CascadeClassifier(os.path.join(cascades, _CASCADE))
        if found.empty():
            raise RobotError("INTERNAL_COMMAND_ERROR", f"OpenCV's {_CASCADE} could not be loaded.")
        _local.classifier = found
    return found


def _chosen(faces: list[dict[str, int]], which: Any) -> list[tuple[tuple[int, int, int, int], list[dict[str, int]]]]:
    """(box, faces in it) for each image to cut out."""
    if not faces:
        return []
    if which == "group":
        box = (
            min(f["x1"] for f in faces),
            min(f["y1"] for f in faces),
            max(f["x2"] for f in faces),
            max(f["y2"] for f in faces),
        )
        return [(box, faces)]
    if which == "max-confidence":
        picked = [max(faces, key=lambda f: (f["confidence"], f["width"] * f["height"]))]
    elif which == "max-size":
        picked = [max(faces, key=lambda f: (f["width"] * f["height"], f["confidence"]))]
    elif isinstance(which, int) and not isinstance(which, bool):
        picked = [faces[which]] if 0 <= which < len(faces) else []
    else:  # each
        picked = faces
    return [((f["x1"], f["y1"], f["x2"], f["y2"]), [f]) for f in picked]


def _padded(box: tuple[int, int, int, int], padding: str, size: tuple[int, int]) -> tuple[int, int, int, int]:
    """``box`` widened by ``"Npx"`` or ``"N%"`` (of the box's width and height), inside the image."""
    x1, y1, x2, y2 = box
    match = re.fullmatch(r"([0-9]+)(px|%)", padding.strip())
    amount = parse_natural(match.group(1)) if match else None
    amount = 5 if amount is None else amount
    if match and match.group(2) == "%":
        px, py = round((x2 - x1) * amount / 100), round((y2 - y1) * amount / 100)
    else:
        px = py = amount
    return max(0, x1 - px), max(0, y1 - py), min(size[0], x2 + px), min(size[1], y2 + py)


def _output_format(requested: Any, source_format: str | None) -> tuple[str, str]:
    key = str(requested or "preserve")
    if key == "preserve":
        key = _PRESERVE.get(source_format or "", "png")
    return _FORMATS.get(key, _FORMATS["png"])


def _save(img: Image.Image, scratch: Path, out_name: str, pillow_format: str) -> Path:
    scratch.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="face-", suffix=f"-{out_name[-100:]}", dir=scratch)
    os.close(fd)
    path = Path(tmp)
    if pillow_format == "JPEG" and img.mode not in ("RGB", "L", "CMYK"):
        img = img.convert("RGB")
    elif img.mode not in ("RGB", "RGBA", "L", "LA", "CMYK"):
        img = img.convert("RGBA" if "A" in img.getbands() or "transparency" in img.info else "RGB")
    try:
        img.save(path, pillow_format, **({"quality": 92} if pillow_format == "JPEG" else {}))
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path
