"""/document/thumbs' params beyond pages and sizes, on a vector PDF written here: an animated GIF
of the pages with its delay, thumb_index, alpha, antialiasing, colorspace, the crop box."""

from __future__ import annotations

import io
from typing import Any

import numpy as np
from PIL import Image
from starlette.testclient import TestClient

from tests.e2e.results import fetch
from transloadit_kit import Transloadit


def vector_pdf(pages: int = 2) -> bytes:
    """``pages`` pages with a 200x100 pt media box, a 100x100 crop box, and a triangle (red, then
    magenta; slanted edges show antialiasing) in the crop box's middle; no background is painted."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(pages))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    for i in range(pages):
        content = b"1 0 %d rg 20 20 m 80 20 l 50 80 l f" % i  # page 1 red, then magenta
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /CropBox [0 0 100 100] "
            f"/Contents {4 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def thumbs(kit: Transloadit, **params: Any) -> list[dict[str, Any]]:
    step = {"use": ":original", "robot": "/document/thumbs", "trim_whitespace": False, **params}
    done = kit.create_assembly(steps={"t": step}, files=[("doc.pdf", vector_pdf())], wait=True, timeout=60).to_dict()
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    results: list[dict[str, Any]] = done["results"]["t"]
    return results


def image(client: TestClient, result: dict[str, Any]) -> Image.Image:
    img = Image.open(io.BytesIO(fetch(client, result)))
    img.load()
    return img


def test_gif_animation_thumb_index_and_crop_box(kit: Transloadit, test_client: TestClient) -> None:
    pages = thumbs(kit)
    assert [(p["meta"]["page_number"], p["meta"]["thumb_index"]) for p in pages] == [(1, 0), (2, 1)]
    assert (pages[0]["meta"]["width"], pages[0]["meta"]["height"]) == (100, 100)  # the crop box
    (whole,) = thumbs(kit, page=1, pdf_use_cropbox=False)
    assert (whole["meta"]["width"], whole["meta"]["height"]) == (200, 100)
    (gif,) = thumbs(kit, format="gif", delay=50)
    animation = image(test_client, gif)
    assert gif["mime"] == "image/gif" and animation.n_frames == 2
    assert animation.info["duration"] == 500


def test_alpha_antialiasing_and_colorspace(kit: Transloadit, test_client: TestClient) -> None:
    (clear,) = thumbs(kit, page=1, alpha="Set")
    see_through = image(test_client, clear).convert("RGBA")
    assert see_through.getpixel((5, 5))[3] == 0 and see_through.getpixel((50, 40)) == (255, 0, 0, 255)
    (white,) = thumbs(kit, page=1)
    assert image(test_client, white).convert("RGBA").getpixel((5, 5)) == (255, 255, 255, 255)

    def shades(result: dict[str, Any]) -> int:
        red = np.asarray(image(test_client, result).convert("RGB"))[..., 1]
        return int(np.count_nonzero((red > 10) & (red < 245)))  # neither red nor white

    (jagged,) = thumbs(kit, page=1, density="144")
    (smooth,) = thumbs(kit, page=1, density="144", antialiasing=True)
    assert shades(jagged) == 0 and shades(smooth) > 20
    (gray,) = thumbs(kit, page=1, colorspace="Gray", format="jpg")
    assert image(test_client, gray).mode == "L"
