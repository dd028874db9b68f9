"""/image/resize's ImageMagick params end to end, on images made here, pixels checked: colorspace
(CMYK, Gray, linear RGB), type, shave, transparent, alpha, flatten, density, compress,
correct_gamma, a CLUT from another upload, and a Photoshop clipping path in a JPEG's APP13."""

from __future__ import annotations

import io
import struct
from typing import Any

import pytest
from PIL import ExifTags, Image
from starlette.testclient import TestClient

from tests.e2e.results import result_image
from transloadit_kit import Transloadit


def encode(img: Image.Image, fmt: str = "PNG", **options: Any) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **options)
    return buf.getvalue()


@pytest.fixture(scope="module")
def halves() -> bytes:
    """40x20 PNG: opaque red left half, transparent blue right half."""
    img = Image.new("RGBA", (40, 20), (255, 0, 0, 255))
    img.paste((0, 0, 255, 0), (20, 0, 40, 20))
    return encode(img)


def resize(kit: Transloadit, client: TestClient, data: bytes, name: str = "a.png", **params: Any) -> Image.Image:
    steps = {"out": {"use": ":original", "robot": "/image/resize", **params}}
    done = kit.create_assembly(steps=steps, files=[(name, data)], wait=True, timeout=60).to_dict()
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    return result_image(client, done["results"]["out"][0])


def test_colorspaces_types_and_alpha(kit: Transloadit, test_client: TestClient, halves: bytes) -> None:
    cmyk = resize(kit, test_client, halves, colorspace="CMYK", format="jpg")
    assert cmyk.mode == "CMYK" and cmyk.getpixel((5, 10))[1] > 240 and cmyk.getpixel((5, 10))[3] < 10
    assert resize(kit, test_client, halves, colorspace="Gray").mode == "L"
    # linear-light RGB is stored as it is: mid gray comes out darker
    gray = encode(Image.new("RGB", (8, 8), (128, 128, 128)))
    assert resize(kit, test_client, gray, colorspace="RGB").getpixel((2, 2))[0] < 70
    assert resize(kit, test_client, halves, type="Bilevel").mode == "1"
    assert resize(kit, test_client, halves, type="Palette").mode == "P"
    # flatten (default) puts transparency on the white background; "none" keeps it
    assert resize(kit, test_client, halves).getpixel((30, 5)) == (255, 255, 255)
    assert resize(kit, test_client, halves, background="none").getpixel((30, 5))[3] == 0
    assert resize(kit, test_client, halves, flatten=False).getpixel((30, 5))[3] == 0
    extracted = resize(kit, test_client, halves, alpha="Extract")
    assert extracted.mode == "L" and extracted.getpixel((5, 5)) == 255 and extracted.getpixel((30, 5)) == 0
    clear = resize(kit, test_client, halves, transparent="255,0,0", background="none")
    assert clear.getpixel((5, 5))[3] == 0


def test_geometry_density_compress_and_gamma(kit: Transloadit, test_client: TestClient, halves: bytes) -> None:
    assert resize(kit, test_client, halves, shave="5x2").size == (30, 16)
    dense = resize(kit, test_client, halves, density="300x150", format="jpg")
    assert tuple(round(d) for d in dense.info["dpi"]) == (300, 150)
    tiff = resize(kit, test_client, halves, format="tiff", compress="LZW")
    assert tiff.info["compression"] == "tiff_lzw"
    # A black/white checkerboard shrunk: averaged as light it is about 188, as numbers 128.
    board = Image.new("L", (64, 64))
    board.putdata([255 * ((x + y) % 2) for y in range(64) for x in range(64)])
    data = encode(board.convert("RGB"))
    plain = resize(kit, test_client, data, width=8, flatten=False).getpixel((4, 4))[0]
    linear = resize(kit, test_client, data, width=8, correct_gamma=True).getpixel((4, 4))[0]
    assert abs(plain - 128) < 12 and abs(linear - 188) < 12


def test_clut_from_another_upload(kit: Transloadit, test_client: TestClient) -> None:
    # The CLUT maps intensity 0..255 to blue..yellow; a white image becomes yellow, black blue.
    lut = Image.new("RGB", (256, 1))
    lut.putdata([(x, x, 255 - x) for x in range(256)])
    base = Image.new("RGB", (20, 10), (0, 0, 0))
    base.paste((255, 255, 255), (10, 0, 20, 10))
    use = {
        "steps": [
            {"name": ":original", "fields": "image", "as": "base"},
            {"name": ":original", "fields": "lut", "as": "clut"},
        ]
    }
    steps = {"graded": {"use": use, "robot": "/image/resize", "clut": True, "format": "png"}}
    params, signature = kit.signed(steps=steps)
    files = [("image", ("a.png", encode(base))), ("lut", ("lut.png", encode(lut)))]
    response = test_client.post("/assemblies", data={"params": params, "signature": signature}, files=files)
    assert response.status_code == 200, response.text
    done = kit.wait_for_assembly(response.json()["assembly_id"], timeout=60).to_dict()
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (graded,) = done["results"]["graded"]  # the CLUT itself is not resized
    img = result_image(test_client, graded)
    assert img.getpixel((2, 2)) == (0, 0, 255) and img.getpixel((15, 2)) == (255, 255, 0)
    no_lut = kit.create_assembly(steps=steps, files=[("a.png", encode(base))], wait=True, timeout=60).to_dict()
    assert no_lut["error"] == "IMAGE_RESIZE_NO_CLUT_FILE"


def test_watermark_and_base_from_use_roles(kit: Transloadit, test_client: TestClient) -> None:
    use = {
        "steps": [
            {"name": ":original", "fields": "image", "as": "base"},
            {"name": ":original", "fields": "mark", "as": "watermark"},
        ]
    }
    step = {"use": use, "robot": "/image/resize", "watermark_position": "top-left", "watermark_size": "25%"}
    params, signature = kit.signed(steps={"marked": step})
    base, mark = Image.new("RGB", (80, 40), (255, 255, 255)), Image.new("RGB", (10, 10), (0, 0, 255))
    files = [("image", ("a.png", encode(base))), ("mark", ("m.png", encode(mark)))]
    response = test_client.post("/assemblies", data={"params": params, "signature": signature}, files=files)
    assert response.status_code == 200, response.text
    done = kit.wait_for_assembly(response.json()["assembly_id"], timeout=60).to_dict()
    (marked,) = done["results"]["marked"]
    img = result_image(test_client, marked).convert("RGB")
    assert img.size == (80, 40) and img.getpixel((2, 2)) == (0, 0, 255) and img.getpixel((70, 30)) == (255, 255, 255)
    only_mark = {"steps": [{"name": ":original", "as": "watermark"}]}
    failed = kit.create_assembly(
        steps={"marked": {**step, "use": only_mark}}, files=[("m.png", encode(mark))], wait=True, timeout=60
    ).to_dict()
    assert failed["error"] == "IMAGE_RESIZE_NO_INPUT_FILE"


def _path_jpeg(
    size: tuple[int, int] = (40, 40),
    corners: tuple[tuple[float, float], ...] = ((0.25, 0.25), (0.75, 0.25), (0.75, 0.75), (0.25, 0.75)),
    orientation: int = 1,
) -> bytes:
    """A gray JPEG whose APP13 holds a clipping path through ``corners`` (fractions of the stored
    image; by default around its centre square), with an EXIF ``orientation``."""

    def knot(x: float, y: float) -> bytes:
        point = struct.pack(">2i", round(y * 2**24), round(x * 2**24))
        return struct.pack(">H", 1) + point * 3

    path = struct.pack(">HH", 0, len(corners)) + b"\0" * 22 + b"".join(knot(x, y) for x, y in corners)
    block = b"8BIM" + struct.pack(">H", 2000) + b"\x06Shape1" + b"\x00" + struct.pack(">I", len(path)) + path
    segment = b"Photoshop 3.0\x00" + block
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    jpeg = encode(Image.new("RGB", size, (120, 120, 120)), "JPEG", quality=95, exif=exif.tobytes())
    return jpeg[:2] + b"\xff\xed" + struct.pack(">H", len(segment) + 2) + segment + jpeg[2:]


def test_clipping_path(kit: Transloadit, test_client: TestClient) -> None:
    params = {"clip": True, "preclip_alpha": "Transparent", "alpha": "Opaque", "format": "png", "background": "none"}
    img = resize(kit, test_client, _path_jpeg(), "clip.jpg", **params)
    assert img.mode == "RGBA"
    assert img.getpixel((20, 20))[3] == 255 and img.getpixel((3, 3))[3] == 0
    named = resize(kit, test_client, _path_jpeg(), "clip.jpg", **{**params, "clip": "Shape1"})
    assert named.getpixel((20, 20))[3] == 255
    negated = resize(kit, test_client, _path_jpeg(), "clip.jpg", clip=True, negate=True, format="png")
    assert negated.getpixel((20, 20))[0] > 120 and negated.getpixel((3, 3))[0] < 130


@pytest.mark.parametrize(("orientation", "rotation"), [(6, True), (8, True), (3, True), (1, 90)])
def test_clipping_path_turns_with_the_image(
    kit: Transloadit, test_client: TestClient, orientation: int, rotation: bool | int
) -> None:
    """The path covers the left half of the 40x20 pixels as stored; EXIF orientation (or a
    rotation) turns both the pixels and the path, so the same pixels stay inside it."""
    left_half = ((0.0, 0.0), (0.5, 0.0), (0.5, 1.0), (0.0, 1.0))
    data = _path_jpeg((40, 20), left_half, orientation)
    params = {"clip": True, "preclip_alpha": "Transparent", "alpha": "Opaque", "format": "png", "background": "none"}
    img = resize(kit, test_client, data, "turned.jpg", rotation=rotation, **params)
    inside, outside = {
        6: ((10, 5), (10, 35)),  # 90 degrees clockwise: the stored left half is the top one
        8: ((10, 35), (10, 5)),  # counter-clockwise: the bottom one
        3: ((30, 10), (10, 10)),  # upside down: the right one
        1: ((10, 5), (10, 35)),  # rotation 90 (clockwise), EXIF ignored
    }[orientation]
    assert img.size == ((40, 20) if orientation == 3 else (20, 40))
    assert img.getpixel(inside)[3] == 255 and img.getpixel(outside)[3] == 0
