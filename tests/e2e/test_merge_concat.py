"""/image/merge end to end, on images made here.

Merged images are checked pixel by pixel at the places the documented layout puts each image, gap
and background.
"""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest
from PIL import Image
from starlette.testclient import TestClient

from transloadit_kit import Transloadit, TransloaditApiError

BLUE, GREEN, YELLOW, RED, WHITE = (0, 0, 255), (0, 200, 0), (255, 255, 0), (255, 0, 0), (255, 255, 255)


def run(kit: Transloadit, steps: dict[str, Any], *files: tuple[str, bytes]) -> dict[str, Any]:
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=60).to_dict()


def fetch(client: TestClient, result: dict[str, Any]) -> bytes:
    response = client.get(httpx.URL(result["ssl_url"]).path)
    assert response.status_code == 200
    return bytes(response.content)


def encoded(img: Image.Image, fmt: str) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt)
    return buf.getvalue()


def near(a: tuple[int, ...], b: tuple[int, ...], tolerance: int = 16) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


# -- /image/merge -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def images() -> dict[str, tuple[str, bytes]]:
    """A 30x20 blue PNG, a 10x40 green JPEG, and a 20x10 yellow PNG whose left half is transparent."""
    third = Image.new("RGBA", (20, 10), (*YELLOW, 255))
    third.paste((0, 0, 0, 0), (0, 0, 10, 10))
    return {
        "a": ("a.png", encoded(Image.new("RGB", (30, 20), BLUE), "PNG")),
        "b": ("b.jpg", encoded(Image.new("RGB", (10, 40), GREEN), "JPEG")),
        "c": ("c.png", encoded(third, "PNG")),
    }


def merged(client: TestClient, result: dict[str, Any]) -> Image.Image:
    img = Image.open(io.BytesIO(fetch(client, result)))
    img.load()
    return img


def rgb(img: Image.Image, xy: tuple[int, int]) -> tuple[int, ...]:
    value = img.convert("RGB").getpixel(xy)
    assert isinstance(value, tuple)
    return value


def test_image_merge_layouts_borders_and_backgrounds(
    kit: Transloadit, test_client: TestClient, images: dict[str, tuple[str, bytes]]
) -> None:
    steps = {
        "row": {"use": ":original", "robot": "/image/merge", "border": 5, "background": "#ff0000"},
        "column": {"use": ":original", "robot": "/image/merge", "direction": "vertical", "format": "jpg"},
        "clear": {"use": ":original", "robot": "/image/merge", "border": 2, "background": "transparent"},
    }
    done = run(kit, steps, images["a"], images["b"], images["c"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (row,) = done["results"]["row"]
    # Horizontal: widths 30 + 10 + 20 and two 5 px gaps; as high as the highest (40).
    assert (row["mime"], row["ext"], row["meta"]["width"], row["meta"]["height"]) == ("image/png", "png", 70, 40)
    img = merged(test_client, row)
    assert img.size == (70, 40)
    assert rgb(img, (15, 10)) == BLUE and rgb(img, (15, 30)) == RED  # below the 20 px high image: background
    assert rgb(img, (32, 10)) == RED  # the gap between a and b
    assert near(rgb(img, (40, 20)), GREEN) and near(rgb(img, (40, 39)), GREEN)
    assert rgb(img, (47, 5)) == RED and rgb(img, (65, 5)) == YELLOW and rgb(img, (65, 20)) == RED
    assert rgb(img, (52, 5)) == RED  # c's transparent half shows the background

    (column,) = done["results"]["column"]
    # Vertical, no border: as wide as the widest (30), heights 20 + 40 + 10.
    assert (column["mime"], column["meta"]["width"], column["meta"]["height"]) == ("image/jpeg", 30, 70)
    img = merged(test_client, column)
    assert near(rgb(img, (15, 10)), BLUE) and near(rgb(img, (5, 40)), GREEN)
    assert near(rgb(img, (25, 40)), WHITE)  # beside the 10 px wide image: the default white
    assert near(rgb(img, (15, 65)), YELLOW) and near(rgb(img, (3, 65)), WHITE)

    (clear,) = done["results"]["clear"]
    img = merged(test_client, clear)
    assert (img.mode, img.size) == ("RGBA", (64, 40))
    assert img.getpixel((31, 5)) == (0, 0, 0, 0) and img.getpixel((5, 5)) == (*BLUE, 255)


def test_image_merge_groups_by_step_or_bundles(
    kit: Transloadit, test_client: TestClient, images: dict[str, tuple[str, bytes]]
) -> None:
    steps = {
        "small": {"use": ":original", "robot": "/image/resize", "width": 10, "resize_strategy": "fit"},
        "per_step": {"use": [":original", "small"], "robot": "/image/merge"},
        "bundled": {"use": {"steps": [":original", "small"], "bundle_steps": True}, "robot": "/image/merge"},
    }
    notes = ("notes.txt", b"plain text is skipped, as other image robots skip it")
    done = run(kit, steps, images["a"], notes, images["b"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    per_step = done["results"]["per_step"]
    # One image per used Step: the uploads (30 + 10 wide), then their 10 px wide resizes.
    assert [(r["meta"]["width"], r["meta"]["height"]) for r in per_step] == [(40, 40), (20, 40)]
    (bundled,) = done["results"]["bundled"]
    assert (bundled["meta"]["width"], bundled["meta"]["height"]) == (60, 40)
    img = merged(test_client, bundled)
    # In use order: a, b, small a (10x7), small b.
    assert rgb(img, (5, 5)) == BLUE and near(rgb(img, (35, 5)), GREEN)
    assert near(rgb(img, (45, 3)), BLUE) and rgb(img, (45, 20)) == WHITE and near(rgb(img, (55, 20)), GREEN)
    assert bundled["original_id"] == done["uploads"][0]["id"]  # the first image's file is its source


def test_image_merge_errors(kit: Transloadit, images: dict[str, tuple[str, bytes]]) -> None:
    merge = {"use": ":original", "robot": "/image/merge"}
    notes = ("notes.txt", b"not an image")
    alone = run(kit, {"m": merge}, images["a"], notes)
    assert alone["error"] == "IMAGE_MERGE_FAILURE" and "at least two images" in alone["message"], alone
    forced = run(kit, {"m": {**merge, "force_accept": True}}, images["a"], notes)
    assert forced["error"] == "IMAGE_MERGE_FAILURE" and "notes.txt" in forced["message"], forced
    png = images["a"][1]
    broken = run(kit, {"m": merge}, images["a"], ("broken.png", png[: len(png) // 2]))
    assert broken["error"] == "IMAGE_MERGE_FAILURE" and "broken.png" in broken["message"], broken

    line = ("line.png", encoded(Image.new("RGB", (5000, 1), BLUE), "PNG"))
    # 5000 x (1 + 5000 + 1) pixels is over the 25,000,000 pixel cap; refused before decoding.
    big = run(kit, {"m": {**merge, "direction": "vertical", "border": 5000}}, line, line)
    assert big["error"] == "IMAGE_MERGE_FAILURE" and "25,000,000" in big["message"], big
    dot = ("dot.png", encoded(Image.new("RGB", (1, 1), BLUE), "PNG"))
    wide = run(kit, {"m": {**merge, "border": 70000}}, dot, dot)
    assert wide["error"] == "IMAGE_MERGE_FAILURE" and "70002x1" in wide["message"], wide

    for bad in ({"direction": "diagonal"}, {"border": -1}, {"background": "#12"}, {"format": "gif"}):
        with pytest.raises(TransloaditApiError) as refused:  # at creation: the Step does not validate
            run(kit, {"m": {**merge, **bad}}, images["a"], images["b"])
        assert refused.value.code == "IMAGE_MERGE_VALIDATION" and refused.value.http_status == 400, bad
