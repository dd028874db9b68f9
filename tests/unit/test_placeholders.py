"""BlurHash and ThumbHash encoders against their reference vectors."""

from __future__ import annotations

import base64
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray
from PIL import Image

from transloadit_emulator.media.placeholders import base83_decode, blurhash, blurhash_average, thumbhash

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# From woltapp/blurhash Reference/Hashes.csv (commit ac03f49): (image, x components, y components, hash).
BLURHASH_VECTORS = [
    ("blurhash_pic4.png", 1, 1, "008ia?"),
    ("blurhash_pic4.png", 4, 3, "L08ia?o|fQo|tkfQfQfQfQfQfQfQ"),
    ("blurhash_pic4.png", 2, 7, "t08ia?o|tkfQfQfQtkfQfQfQtkfQfQfQ"),
    ("blurhash_pic4.png", 6, 1, "508ia?o|fQo|fQo|"),
    ("blurhash_pic5.png", 1, 1, "00HV9w"),
    ("blurhash_pic5.png", 4, 3, "L%HV9wj[fQj[~qfQfQfQ%MfQfQfQ"),
    ("blurhash_pic5.png", 1, 6, "j%HV9w~q%Mt7t7of"),
    ("blurhash_pic5.png", 3, 4, "T%HV9wj[fQ~qfQfQ%MfQfQt7fQfQ"),
    ("blurhash_pic5.png", 5, 5, "e%HV9wj[fQj[fQ~qfQfQfQfQ%MfQfQfQfQt7fQfQfQfQt7fQfQfQfQ"),
    (
        "blurhash_pic5.png",
        8,
        8,
        ":%HV9wj[fQj[fQj[fQj[~qfQfQfQfQfQfQfQ%MfQfQfQfQfQfQfQt7fQfQfQfQfQfQfQt7fQfQfQfQfQfQfQ"
        "offQfQfQfQfQfQfQoffQfQfQfQfQfQfQoffQfQfQfQfQfQfQ",
    ),
]


def rgb_of(name: str) -> NDArray[np.uint8]:
    with Image.open(FIXTURES / name) as img:
        return np.asarray(img.convert("RGB"))  # the reference drops alpha


@pytest.mark.parametrize(("name", "nx", "ny", "expected"), BLURHASH_VECTORS)
def test_blurhash_matches_the_reference_hashes(name: str, nx: int, ny: int, expected: str) -> None:
    assert blurhash(rgb_of(name), nx, ny) == expected


def test_blurhash_of_a_flat_image_stores_its_colour() -> None:
    flat = np.zeros((12, 20, 3), dtype=np.uint8)
    flat[:, :] = (200, 30, 30)
    text = blurhash(flat)
    assert len(text) == 28 and text[0] == "L"  # (4 - 1) + (3 - 1) * 9 = 21 -> "L"
    assert blurhash_average(text) == (200, 30, 30)  # the DC colour is stored exactly


def test_blurhash_dc_is_the_linear_light_mean() -> None:
    half = np.zeros((10, 10, 3), dtype=np.uint8)
    half[:, 5:] = 255  # black | white: the linear mean 0.5 is sRGB 188, not 128
    assert blurhash_average(blurhash(half)) == (188, 188, 188)


def test_blurhash_refuses_bad_input() -> None:
    with pytest.raises(ValueError):
        blurhash(np.zeros((4, 4, 3), dtype=np.uint8), 10, 3)
    with pytest.raises(ValueError):
        blurhash(np.zeros((0, 4, 3), dtype=np.uint8))
    with pytest.raises(ValueError):
        base83_decode("L!")


def pattern(w: int, h: int, alpha: bool) -> NDArray[np.uint8]:
    """Deterministic pixels without symmetries (so no DCT term is zero in exact arithmetic)."""
    y, x = np.mgrid[0:h, 0:w]
    r = (x * x * 31 + y * 17 + x * y * 7) % 256
    g = (x * 53 + y * y * 11 + 90) % 256
    b = (x * y * 13 + x * 3 + y * 29 + 40) % 256
    a = (x * 19 + y * y * 23 + 60) % 256 if alpha else np.full_like(x, 255)
    return np.ascontiguousarray(np.stack([r, g, b, a], -1).astype(np.uint8))


# Computed by the reference encoder (evanw/thumbhash js/thumbhash.js, commit a652ce6, rgbaToThumbHash
# under Node 20) from the pixels pattern() gives: opaque and translucent, landscape and portrait.
THUMBHASH_VECTORS = [
    (100, 75, False, "IAgCBYB4Zvl7ZGe2hXlHVwpH16BW"),
    (48, 64, True, "IAiCBAAHRn1DaqVAB3ZpYGaWxqC3tbd2Bw=="),
    (100, 100, False, "IAgCBwBJZflqd4eoUmh6ajhHieAoD24G"),
    (7, 3, True, "XLeFKoQYZkGQiJqbTwlQaSFLMEyohXg="),
    (33, 90, False, "HwgCAwD4R3aHeENV80mIsHU="),
    (90, 20, True, "4AeCAYAICSY0kkbrTMBwdPfmlpZaioc="),
]


@pytest.mark.parametrize(("w", "h", "alpha", "expected"), THUMBHASH_VECTORS)
def test_thumbhash_matches_the_reference_encoder(w: int, h: int, alpha: bool, expected: str) -> None:
    assert base64.b64encode(thumbhash(pattern(w, h, alpha))).decode() == expected


def test_thumbhash_of_the_reference_example_image() -> None:
    with Image.open(FIXTURES / "thumbhash_flower.jpg") as img:
        rgba = np.asarray(img.convert("RGBA"))
    assert rgba.shape == (100, 75, 4)
    assert base64.b64encode(thumbhash(rgba)).decode() == "k0oGLQaSVsN0BVhn2oq2Z5SQUQcZ"


def thumbhash_average(hash_: bytes) -> tuple[float, float, float]:
    """The average colour a ThumbHash header holds (the reference decoder's formula)."""
    header = hash_[0] | hash_[1] << 8 | hash_[2] << 16
    lum, p, q = (header & 63) / 63, ((header >> 6) & 63) / 31.5 - 1, ((header >> 12) & 63) / 31.5 - 1
    b = lum - 2 / 3 * p
    r = (3 * lum - b + q) / 2
    return r, r - q, b


def test_thumbhash_header_flags_and_average() -> None:
    flat = np.zeros((40, 80, 4), dtype=np.uint8)
    flat[:, :] = (40, 120, 200, 255)
    hash_ = thumbhash(flat)
    assert hash_[2] >> 7 == 0 and hash_[4] >> 7 == 1  # opaque; landscape
    r, g, b = thumbhash_average(hash_)
    assert (r * 255, g * 255, b * 255) == pytest.approx((40, 120, 200), abs=6)
    translucent = flat.copy()
    translucent[:, :40, 3] = 0
    assert thumbhash(translucent)[2] >> 7 == 1  # the alpha flag
    with pytest.raises(ValueError):
        thumbhash(np.zeros((101, 10, 4), dtype=np.uint8))
