"""How good a still frame is as a preview, scored without a model (``/video/thumbs``' ``smart``):
sharpness (the variance of its Laplacian), exposure (how near mid-grey its mean brightness is)
and contrast (its spread of brightness), each 0..1, weighted into one score with the reasons
that stood out. The vendor scores frames with an AI model; this is the classical stand-in."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

_SIDE = 160  # frames are scored at this width: enough for blur and exposure, and fast
_SHARP_AT = 400.0  # Laplacian variance (0..255 grey) counted as fully sharp
_WEIGHTS = (0.5, 0.3, 0.2)  # sharpness, exposure, contrast


@dataclass(frozen=True)
class FrameScore:
    """A frame's score (0..1, 3 places) and the qualities that made it."""

    score: float
    reasons: tuple[str, ...]


def score_frame(path: Path) -> FrameScore:
    """Score the image at ``path``."""
    with Image.open(path) as img:
        grey = img.convert("L")
        grey.thumbnail((_SIDE, _SIDE * 4))
        pixels = np.asarray(grey, dtype=np.float64)
    laplacian = -4 * pixels[1:-1, 1:-1] + pixels[:-2, 1:-1] + pixels[2:, 1:-1] + pixels[1:-1, :-2] + pixels[1:-1, 2:]
    sharpness = min(float(laplacian.var()) / _SHARP_AT, 1.0) if laplacian.size else 0.0
    exposure = 1.0 - abs(float(pixels.mean()) / 255 - 0.5) * 2
    contrast = min(float(pixels.std()) / 64, 1.0)
    parts = (sharpness, exposure, contrast)
    score = sum(w * p for w, p in zip(_WEIGHTS, parts, strict=True))
    names = ("sharp", "well exposed", "high contrast")
    reasons = tuple(name for name, part in zip(names, parts, strict=True) if part >= 0.6)
    return FrameScore(round(score, 3), reasons or ("best available",))


def candidate_count(count: int, most: int) -> int:
    """How many frames to score for ``count`` results: three per result, at most ``most``, never
    fewer than ``count`` (the vendor's rule)."""
    return max(count, min(most, count * 3))
