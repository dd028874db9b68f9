"""The engines behind /image/resize's ImageMagick params and the file checks, on their own:
CMYK separation, alpha modes, shave, CLUT, Photoshop resources, type matching, ClamAV's verdicts."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PIL import Image

from transloadit_emulator.media.clamav import scan
from transloadit_emulator.media.filetype import RealType, matches, real_type
from transloadit_emulator.media.image.alpha import apply_alpha, apply_clut, shave
from transloadit_emulator.media.image.clipping import parse_resources
from transloadit_emulator.media.image.colorspace import cmyk, set_type
from transloadit_emulator.media.image.encode import compression_options

EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + b"EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


def test_cmyk_takes_the_shared_ink_as_black() -> None:
    out = cmyk(Image.new("RGB", (1, 1), (128, 64, 0)))
    c, m, y, k = out.getpixel((0, 0))
    assert k == 127 and c == 0 and m == 128 and y == 255


def test_alpha_modes_and_geometry() -> None:
    img = Image.new("RGBA", (10, 6), (10, 20, 30, 100))
    assert apply_alpha(img, "Opaque", (0, 0, 0, 255)).getpixel((0, 0))[3] == 255
    assert apply_alpha(img, "Transparent", (0, 0, 0, 255)).getpixel((0, 0))[3] == 0
    assert apply_alpha(img, "Off", (0, 0, 0, 255)).mode == "RGB"
    assert apply_alpha(img, "Remove", (255, 255, 255, 255)).mode == "RGB"
    assert apply_alpha(img, "Extract", (0, 0, 0, 255)).getpixel((0, 0)) == 100
    assert shave(img, 2, 1).size == (6, 4) and shave(img, 50, 50).size == (2, 2)
    assert set_type(img, "GrayscaleAlpha", "PNG", (255, 255, 255)).mode == "LA"
    assert set_type(img, "Palette", "JPEG", (255, 255, 255)).mode == "RGB"


def test_clut_maps_each_channel_through_the_table() -> None:
    table = Image.new("RGB", (256, 1))
    table.putdata([(255 - x, 255 - x, 255 - x) for x in range(256)])  # an inverting CLUT
    assert apply_clut(Image.new("RGB", (1, 1), (0, 100, 255)), table).getpixel((0, 0)) == (255, 155, 0)


def test_photoshop_resources_keep_their_names() -> None:
    block = b"8BIM" + struct.pack(">H", 2000) + b"\x05Path1" + struct.pack(">I", 3) + b"abc\x00"
    block += b"8BIM" + struct.pack(">H", 2999) + b"\x00\x00" + struct.pack(">I", 2) + b"xy"
    assert parse_resources(block) == {2000: ("Path1", b"abc"), 2999: ("", b"xy")}


def test_compression_names() -> None:
    assert compression_options("TIFF", "Zip") == {"compression": "tiff_adobe_deflate"}
    assert compression_options("PNG", "None") == {"compress_level": 0}
    assert compression_options("WEBP", "Lossless") == {"lossless": True}
    assert compression_options("JPEG", "BZip") == {}


def test_types_by_content_and_matching(tmp_path: Path) -> None:
    fake = tmp_path / "photo.jpg"
    fake.write_bytes(b"%PDF-1.4\n%%EOF\n")
    found = real_type(fake)
    assert (found.mime, found.type) == ("application/pdf", "document")
    assert matches(found, "pdf") and matches(found, "application/pdf") and not matches(found, "image")
    png = RealType("image/png", "image", "png")
    assert matches(png, "image") and matches(png, "image/*") and matches(png, "png") and not matches(png, "jpg")
    text = tmp_path / "notes"
    text.write_text("hello, wörld")
    assert real_type(text).mime == "text/plain"


@pytest.mark.parametrize(("data", "infected"), [(EICAR, True), (b"harmless " * 10, False)])
def test_clamscan_verdicts(tmp_path: Path, data: bytes, infected: bool) -> None:
    path = tmp_path / "sample.bin"
    path.write_bytes(data)
    verdict = scan(path)
    assert verdict.infected is infected
    assert (verdict.signature == "Transloadit.Emulator.EICAR-Test-File") is infected
