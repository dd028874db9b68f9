"""/image/enhance, /image/upscale, /image/bgremove and /file/watermark end to end on images made
here: contrast stretched, sizes doubled with sharp edges, a disc cut out of its background, an
invisible mark found again with the account's key and not with another."""

from __future__ import annotations

import io
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw
from starlette.testclient import TestClient

from tests.e2e.results import fetch, result_image
from transloadit_emulator.media.invisible_mark import detect, mark_key
from transloadit_kit import Transloadit


def encode(img: Image.Image, fmt: str = "PNG", **options: Any) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **options)
    return buf.getvalue()


def run(kit: Transloadit, step: dict[str, Any], *files: tuple[str, bytes]) -> dict[str, Any]:
    steps = {"out": {"use": ":original", **step}}
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=60).to_dict()


@pytest.fixture(scope="module")
def scene() -> Image.Image:
    """160x120: a red disc on a noisy sky-blue background."""
    img = Image.new("RGB", (160, 120), (90, 160, 220))
    ImageDraw.Draw(img).ellipse((50, 30, 110, 90), fill=(230, 60, 30))
    noise = np.random.default_rng(7).integers(-8, 8, (120, 160, 3))
    return Image.fromarray(np.clip(np.asarray(img, dtype=int) + noise, 0, 255).astype(np.uint8))


def test_enhance_stretches_levels_and_keeps_format(
    kit: Transloadit, test_client: TestClient, scene: Image.Image
) -> None:
    dull = Image.fromarray((np.asarray(scene) * 0.35 + 70).astype(np.uint8))
    done = run(kit, {"robot": "/image/enhance", "preset": "none"}, ("dull.jpg", encode(dull, "JPEG", quality=95)))
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (result,) = done["results"]["out"]
    assert result["name"] == "dull.jpg" and result["mime"] == "image/jpeg"
    out = np.asarray(result_image(test_client, result).convert("L"), dtype=float)
    assert out.std() > 2 * np.asarray(dull.convert("L"), dtype=float).std()
    bw = run(kit, {"robot": "/image/enhance", "preset": "noir", "denoise": 5}, ("a.png", encode(scene)))
    pixels = np.asarray(result_image(test_client, bw["results"]["out"][0]).convert("RGB"), dtype=int)
    assert np.abs(pixels[..., 0] - pixels[..., 2]).max() <= 2  # black and white


def test_upscale_doubles_and_keeps_edges(kit: Transloadit, test_client: TestClient, scene: Image.Image) -> None:
    done = run(kit, {"robot": "/image/upscale", "scale": 4}, ("s.png", encode(scene)))
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (result,) = done["results"]["out"]
    assert (result["meta"]["width"], result["meta"]["height"]) == (640, 480)
    big = result_image(test_client, result).convert("RGB")
    assert big.getpixel((320, 240))[0] > 180 and big.getpixel((10, 10))[2] > 180
    # Edge-preserving sharpening: the disc's edge is a steeper step than plain Lanczos makes.
    plain = scene.resize((640, 480), Image.Resampling.LANCZOS)
    steps = [np.abs(np.diff(np.asarray(im, dtype=int)[240, :, 0])).max() for im in (big, plain)]
    assert steps[0] > 1.2 * steps[1]


def test_bgremove_cuts_out_the_disc(kit: Transloadit, test_client: TestClient, scene: Image.Image) -> None:
    done = run(kit, {"robot": "/image/bgremove"}, ("s.jpg", encode(scene, "JPEG", quality=95)))
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (result,) = done["results"]["out"]
    assert result["name"] == "s.png" and result["meta"]["has_transparency"] is True
    alpha = np.asarray(result_image(test_client, result).getchannel("A"))
    assert alpha[60, 80] == 255 and alpha[5, 5] == 0 and alpha[60, 20] == 0
    disc = np.pi * 30 * 30
    assert abs(int((alpha > 128).sum()) - disc) < 0.15 * disc
    inverse = run(kit, {"robot": "/image/bgremove", "select": "background", "format": "webp"}, ("s.png", encode(scene)))
    (kept,) = inverse["results"]["out"]
    assert kept["mime"] == "image/webp"
    alpha = np.asarray(result_image(test_client, kept).getchannel("A"))
    assert alpha[60, 80] == 0 and alpha[5, 5] == 255


def test_watermark_is_invisible_and_keyed(kit: Transloadit, test_client: TestClient, scene: Image.Image) -> None:
    files = [("a.png", encode(scene)), ("b.png", encode(scene)), ("notes.txt", b"plain text")]
    done = run(kit, {"robot": "/file/watermark"}, *files)
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    results = {r["name"]: r for r in done["results"]["out"]}
    assert fetch(test_client, results["notes.txt"]) == b"plain text"  # passed through unchanged
    marked = result_image(test_client, results["a.png"]).convert("RGB")
    diff = np.abs(np.asarray(marked, dtype=int) - np.asarray(scene, dtype=int))
    assert diff.max() == 1 and diff[..., :2].max() == 0  # only the blue channel's lowest bit
    key = mark_key(kit.key)
    assert detect(marked, key) == 1.0 and detect(scene, key) < 0.6
    assert detect(marked, mark_key("another-account")) < 0.6
    randomized = run(kit, {"robot": "/file/watermark", "randomize": True}, *files[:2])
    a, b = (result_image(test_client, r) for r in randomized["results"]["out"])
    assert detect(a, key) < 0.6 and np.asarray(a).tobytes() != np.asarray(b).tobytes()
