"""BlurHash and ThumbHash: an image summed up in a few bytes a page can blur into a placeholder.

Both are written here from their public descriptions: BlurHash from Wolt's algorithm document
(a DCT of the linear-light image, the DC colour stored exactly in sRGB, the AC terms quantised and
written in base 83), ThumbHash from Evan Wallace's reference encoder (a DCT of luminance, two
chroma channels and alpha, the image composited over its own average colour, packed in 4-bit
steps). Rounding follows the references (``Math.round`` and truncation where they use them), so
the strings match theirs for the same pixels; tests pin that with their published vectors.
BlurHash scales the AC terms by their largest magnitude, as Wolt's C, Swift and Kotlin encoders
and its reference hashes do (its TypeScript encoder takes the largest signed value instead).

Callers hand in small images: ThumbHash takes at most 100 x 100 pixels, and BlurHash's authors
advise encoding a thumbnail, since the few low frequencies it keeps are the same.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

_BASE83 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~"

# sRGB byte -> linear light, the transfer function BlurHash uses (IEC 61966-2-1).
_LEVELS = np.arange(256, dtype=np.float64) / 255
_SRGB_TO_LINEAR: NDArray[np.float64] = np.where(_LEVELS <= 0.04045, _LEVELS / 12.92, ((_LEVELS + 0.055) / 1.055) ** 2.4)

#: ThumbHash's limit on the input's sides.
THUMBHASH_MAX_SIDE = 100


def _js_round(value: float) -> int:
    """JavaScript's ``Math.round``: halves go up (Python's ``round`` goes to even)."""
    return math.floor(value + 0.5)


def _sequential_sum(values: NDArray[np.float64]) -> float:
    """The sum of ``values`` added one by one in row order, as the reference's loops add them.

    ``ndarray.sum`` adds pairwise, which rounds differently; where a term is zero in exact
    arithmetic (a symmetric or flat image) that rounding noise is all there is, and ThumbHash
    scales it up to a full 4-bit value, so only the same order gives the reference's bytes.
    """
    return float(np.cumsum(values, axis=None)[-1]) if values.size else 0.0


def _cosines(n: int, k: int) -> NDArray[np.float64]:
    """``cos(pi / n * k * (i + 0.5))`` for i < n, with the C library's cosine (as JavaScript engines,
    correctly rounded in practice; vectorised cosines may differ in the last bit)."""
    step = math.pi / n * k
    return np.array([math.cos(step * (i + 0.5)) for i in range(n)])


def _base83(value: int, digits: int) -> str:
    return "".join(_BASE83[(value // 83 ** (digits - 1 - i)) % 83] for i in range(digits))


def base83_decode(text: str) -> int:
    """The integer a base-83 BlurHash field holds (ValueError for a character outside the set)."""
    value = 0
    for char in text:
        index = _BASE83.find(char)
        if index < 0:
            raise ValueError(f"{char!r} is not a base-83 digit")
        value = value * 83 + index
    return value


def _linear_to_srgb(value: float) -> int:
    v = min(1.0, max(0.0, value))
    if v <= 0.0031308:
        return math.trunc(v * 12.92 * 255 + 0.5)
    return math.trunc((1.055 * math.pow(v, 1 / 2.4) - 0.055) * 255 + 0.5)


def _sign_sqrt(value: float) -> float:
    return math.copysign(math.sqrt(abs(value)), value)


def blurhash(rgb: NDArray[np.uint8], x_components: int = 4, y_components: int = 3) -> str:
    """The BlurHash of an ``(height, width, 3)`` array of sRGB bytes.

    ``x_components`` by ``y_components`` DCT terms (1 to 9 each) are kept; 4 x 3 gives the usual
    28 characters: 1 for the size, 1 for the AC scale, 4 for the DC colour, 2 per AC term.
    """
    if not (1 <= x_components <= 9 and 1 <= y_components <= 9):
        raise ValueError("BlurHash takes 1 to 9 components on each axis")
    if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.shape[0] == 0 or rgb.shape[1] == 0:
        raise ValueError("BlurHash needs a non-empty (height, width, 3) array")
    height, width = int(rgb.shape[0]), int(rgb.shape[1])
    linear = _SRGB_TO_LINEAR[rgb]
    # The basis: cos(pi * i * x / width) along each axis (pixel corners, as the reference samples).
    cos_x = np.cos(np.pi * np.outer(np.arange(x_components), np.arange(width)) / width)
    cos_y = np.cos(np.pi * np.outer(np.arange(y_components), np.arange(height)) / height)
    # factors[j, i] = sum over pixels of basis * linear colour, normalised (AC terms count twice).
    factors = np.einsum("jy,ix,yxc->jic", cos_y, cos_x, linear) / (width * height)
    factors[:, :, :] *= 2
    factors[0, 0, :] /= 2
    terms = factors.reshape(-1, 3)
    dc, ac = terms[0], terms[1:]

    out = _base83((x_components - 1) + (y_components - 1) * 9, 1)
    if len(ac):
        quantised_max = max(0, min(82, math.floor(float(np.abs(ac).max()) * 166 - 0.5)))
        maximum = (quantised_max + 1) / 166
        out += _base83(quantised_max, 1)
    else:
        maximum = 1.0
        out += _base83(0, 1)
    r, g, b = (_linear_to_srgb(float(c)) for c in dc)
    out += _base83((r << 16) + (g << 8) + b, 4)
    for term in ac:
        q = [max(0, min(18, math.floor(_sign_sqrt(float(c) / maximum) * 9 + 9.5))) for c in term]
        out += _base83(q[0] * 19 * 19 + q[1] * 19 + q[2], 2)
    return out


def blurhash_average(text: str) -> tuple[int, int, int]:
    """The DC (average) colour a BlurHash stores exactly, as sRGB bytes."""
    value = base83_decode(text[2:6])
    return value >> 16, (value >> 8) & 255, value & 255


def thumbhash(rgba: NDArray[np.uint8]) -> bytes:
    """The ThumbHash of an ``(height, width, 4)`` array of RGBA bytes (alpha not premultiplied),
    at most :data:`THUMBHASH_MAX_SIDE` on each side."""
    if rgba.ndim != 3 or rgba.shape[2] != 4 or rgba.shape[0] == 0 or rgba.shape[1] == 0:
        raise ValueError("ThumbHash needs a non-empty (height, width, 4) array")
    h, w = int(rgba.shape[0]), int(rgba.shape[1])
    if w > THUMBHASH_MAX_SIDE or h > THUMBHASH_MAX_SIDE:
        raise ValueError(f"{w}x{h} does not fit in {THUMBHASH_MAX_SIDE}x{THUMBHASH_MAX_SIDE}")
    pixels = rgba.astype(np.float64)
    alpha = pixels[:, :, 3] / 255
    colour = pixels[:, :, :3] * (alpha / 255)[:, :, None]  # each channel weighted by its alpha, 0..1
    total_alpha = _sequential_sum(alpha)
    average = np.array([_sequential_sum(colour[:, :, c]) for c in range(3)])
    if total_alpha:
        average = average / total_alpha

    has_alpha = total_alpha < w * h
    l_limit = 5 if has_alpha else 7  # fewer luminance terms when alpha needs the room
    lx = max(1, _js_round(l_limit * w / max(w, h)))
    ly = max(1, _js_round(l_limit * h / max(w, h)))

    # Composite over the average colour, then luminance and two opponent channels.
    flat = average[None, None, :] * (1 - alpha)[:, :, None] + colour
    r, g, b = flat[:, :, 0], flat[:, :, 1], flat[:, :, 2]
    lum = (r + g + b) / 3
    p = (r + g) / 2 - b  # yellow - blue
    q = r - g  # red - green

    def encode(channel: NDArray[np.float64], nx: int, ny: int) -> tuple[float, list[float], float]:
        # The terms kept form a triangle: cx * ny < nx * (ny - cy), row by row.
        dc, ac, scale = 0.0, [], 0.0
        for cy in range(ny):
            fy = _cosines(h, cy)
            cx = 0
            while cx * ny < nx * (ny - cy):
                f = _sequential_sum(channel * _cosines(w, cx)[None, :] * fy[:, None]) / (w * h)
                if cx or cy:
                    ac.append(f)
                    scale = max(scale, abs(f))
                else:
                    dc = f
                cx += 1
        if scale:
            ac = [0.5 + 0.5 / scale * f for f in ac]
        return dc, ac, scale

    l_dc, l_ac, l_scale = encode(lum, max(3, lx), max(3, ly))
    p_dc, p_ac, p_scale = encode(p, 3, 3)
    q_dc, q_ac, q_scale = encode(q, 3, 3)
    landscape = w > h
    header24 = (
        _js_round(63 * l_dc)
        | _js_round(31.5 + 31.5 * p_dc) << 6
        | _js_round(31.5 + 31.5 * q_dc) << 12
        | _js_round(31 * l_scale) << 18
        | int(has_alpha) << 23
    )
    header16 = (ly if landscape else lx) | _js_round(63 * p_scale) << 3 | _js_round(63 * q_scale) << 9
    header16 |= int(landscape) << 15
    # Bytes wrap as the reference's Uint8Array does.
    out = bytearray(v & 255 for v in (header24, header24 >> 8, header24 >> 16, header16, header16 >> 8))
    channels = [l_ac, p_ac, q_ac]
    if has_alpha:
        a_dc, a_ac, a_scale = encode(alpha, 5, 5)
        out.append((_js_round(15 * a_dc) | _js_round(15 * a_scale) << 4) & 255)
        channels.append(a_ac)
    # The AC terms, two 4-bit values per byte, low nibble first.
    nibbles = [_js_round(15 * f) for ac in channels for f in ac]
    for i in range(0, len(nibbles), 2):
        low = nibbles[i]
        high = nibbles[i + 1] if i + 1 < len(nibbles) else 0
        out.append((low | high << 4) & 255)
    return bytes(out)
