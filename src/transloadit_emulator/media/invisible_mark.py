"""An invisible watermark for ``/file/watermark``: a keyed pseudo-random bit pattern in the least
significant bit of the blue channel (each pixel changes by at most 1 in one channel).

It survives lossless formats (PNG, TIFF, BMP, lossless WebP, GIF's palette aside) and is found
again by :func:`detect` with the same key; a lossy re-encode (JPEG) weakens or erases it, which
is why the vendor calls watermarking best effort. The key comes from :func:`mark_key`: the
account's, or per file when the Step randomizes.
"""

from __future__ import annotations

import hashlib

import numpy as np
from PIL import Image


def mark_key(*parts: str) -> int:
    """A 64-bit key from ``parts`` (the account's Auth Key; plus the file's id to randomize)."""
    return int.from_bytes(hashlib.sha256("\x00".join(parts).encode("utf-8")).digest()[:8], "big")


def _pattern(key: int, shape: tuple[int, int]) -> np.ndarray:
    return np.random.default_rng(key).integers(0, 2, size=shape, dtype=np.uint8)


def embed(img: Image.Image, key: int) -> Image.Image:
    """``img`` (as RGB or RGBA) with the key's pattern in its blue channel's lowest bit."""
    mode = "RGBA" if "A" in img.getbands() or (img.mode == "P" and "transparency" in img.info) else "RGB"
    pixels = np.array(img.convert(mode))
    blue = pixels[..., 2]
    pixels[..., 2] = (blue & 0xFE) | _pattern(key, blue.shape)
    return Image.fromarray(pixels, mode)


def detect(img: Image.Image, key: int) -> float:
    """The share of pixels whose blue lowest bit follows the key's pattern: 1.0 for an image
    marked with ``key`` (losslessly kept), about 0.5 for any other."""
    blue = np.asarray(img.convert("RGB"))[..., 2]
    return float(np.mean((blue & 1) == _pattern(key, blue.shape)))
