"""Faces in images, found with OpenCV's Haar cascade (``frontalface_alt2``).

The image is decoded upright (EXIF orientation applied; JPEGs at a reduced DCT scale) in gray,
scaled to at most ``_DETECT_SIDE`` pixels, contrast-equalised locally (CLAHE, which keeps small
faces on flat backgrounds and drops false hits) and searched with ``detectMultiScale2``.

Haar cascades give no calibrated score; ``confidence`` grows with the number of overlapping
candidate windows that agreed on the face: 62 at the minimum of 3, 70 at 5, 99 from 13 on.
OpenCV is imported on first use.
"""

from __future__ import annotations

import os
import threading
from typing import Any

import numpy as np
from PIL import Image, ImageOps

from ..errors import RobotError

_CASCADE = "haarcascade_frontalface_alt2.xml"
_DETECT_SIDE = 800
_MIN_FACE = 20
_MIN_NEIGHBORS = 3
_local = threading.local()  # a CascadeClassifier must not be shared between threads


def detect_faces(src: Image.Image) -> list[dict[str, int]]:
    """Faces in ``src`` (an open image, not yet loaded) as ``{x1, y1, x2, y2, width, height,
    confidence}`` in upright full-size pixels, sorted by their top-left corner (x, then y)."""
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
