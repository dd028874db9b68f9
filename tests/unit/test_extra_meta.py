"""output_meta's extras on real files made here: parsing, images, sound, odd files."""

from __future__ import annotations

import io
import math
import wave
from pathlib import Path

import numpy as np
import oxipng
import pytest
from PIL import Image

from transloadit_emulator.media.extra_av import mean_volume
from transloadit_emulator.media.extra_image import dominant_colors, gif_interlaced
from transloadit_emulator.media.extra_meta import NAMES, USUAL, OutputMeta, extra_meta, parse_output_meta
from transloadit_emulator.media.metadata import describe_file, identify_file
from transloadit_emulator.media.placeholders import blurhash_average
from transloadit_emulator.spec import load_spec

RED, BLUE = (200, 30, 30), (20, 40, 200)


def test_names_are_the_spec_s() -> None:
    schemas = load_spec()["components"]["schemas"]
    assert set(schemas["OutputMetaName"]["enum"]) == NAMES
    assert set(schemas["OutputMetaFlags"]["properties"]) == NAMES


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, USUAL),
        (True, USUAL),
        (False, OutputMeta(extract=False)),
        ([], USUAL),
        (["blurhash", "mean_volume", "blurhash"], OutputMeta(extras=frozenset({"blurhash", "mean_volume"}))),
        ({"dominant_colors": True, "thumbhash": False}, OutputMeta(extras=frozenset({"dominant_colors"}))),
        ({"thumbhash": False}, USUAL),
        ("blurhash", USUAL),  # the schema refuses it at creation; read leniently anyway
    ],
)
def test_parse_output_meta(value: object, expected: OutputMeta) -> None:
    assert parse_output_meta(value) == expected


def two_colours(size: tuple[int, int] = (64, 32)) -> Image.Image:
    """Three quarters red on the left, a quarter blue on the right."""
    img = Image.new("RGB", size, RED)
    img.paste(BLUE, (size[0] * 3 // 4, 0, size[0], size[1]))
    return img


def test_dominant_colours_most_common_first() -> None:
    assert dominant_colors(two_colours().convert("RGBA")) == ["#c81e1e", "#1428c8"]
    # Invisible pixels colour nothing, whatever their RGB.
    veiled = two_colours().convert("RGBA")
    veiled.paste((20, 40, 200, 0), (0, 0, 48, 32))
    assert dominant_colors(veiled) == ["#1428c8"]
    assert dominant_colors(Image.new("RGBA", (4, 4), (0, 0, 0, 0))) is None


def test_dominant_colours_merge_jpeg_noise(tmp_path: Path) -> None:
    path = tmp_path / "two.jpg"
    two_colours((200, 100)).save(path, quality=70)
    colours = extra_meta(path, "image", ["dominant_colors"])["dominant_colors"]
    assert 2 <= len(colours) <= 5
    for got, want in zip(colours[:2], (RED, BLUE), strict=True):
        rgb = tuple(int(got[i : i + 2], 16) for i in (1, 3, 5))
        assert max(abs(a - b) for a, b in zip(rgb, want, strict=True)) <= 12, colours


def test_image_extras_from_one_small_copy(tmp_path: Path) -> None:
    path = tmp_path / "big.png"
    two_colours((640, 320)).save(path)
    meta = extra_meta(path, "image", NAMES)
    # the rest is usual meta; has_alpha comes with the ThumbHash, as the vendor's stored assets have it
    assert set(meta) == {"dominant_colors", "blurhash", "thumbhash", "has_alpha", "interlaced"}
    assert meta["interlaced"] is False and len(meta["blurhash"]) == 28 and meta["has_alpha"] is False
    r, g, b = blurhash_average(meta["blurhash"])
    assert b < r and g < 60  # mostly red
    assert meta["thumbhash"].isascii() and len(meta["thumbhash"]) % 4 == 0  # base64


def test_has_alpha_means_an_alpha_channel_even_when_opaque(tmp_path: Path) -> None:
    opaque_rgba = tmp_path / "opaque.png"
    two_colours((40, 20)).convert("RGBA").save(opaque_rgba)
    see_through = tmp_path / "palette.gif"
    Image.new("P", (8, 8), 0).save(see_through, transparency=0)
    assert extra_meta(opaque_rgba, "image", ["thumbhash"])["has_alpha"] is True
    assert extra_meta(see_through, "image", ["thumbhash"])["has_alpha"] is True
    assert "has_alpha" not in extra_meta(opaque_rgba, "image", ["blurhash"])  # only beside the ThumbHash


def test_orientation_is_applied_before_hashing(tmp_path: Path) -> None:
    upright, turned = tmp_path / "upright.png", tmp_path / "turned.png"
    img = two_colours((80, 40))
    img.save(upright)
    exif = Image.Exif()
    exif[0x0112] = 6  # to be shown turned 90 degrees clockwise: stored turned the other way
    img.transpose(Image.Transpose.ROTATE_90).save(turned, exif=exif)
    assert extra_meta(turned, "image", ["blurhash", "thumbhash"]) == extra_meta(
        upright, "image", ["blurhash", "thumbhash"]
    )


def save(img: Image.Image, fmt: str, **options: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **options)
    return buf.getvalue()


def test_interlaced_images(tmp_path: Path) -> None:
    img = two_colours()
    files = {
        "progressive.jpg": save(img, "JPEG", progressive=True),
        "baseline.jpg": save(img, "JPEG"),
        "adam7.png": oxipng.optimize_from_memory(save(img, "PNG"), interlace=oxipng.Interlacing.Adam7),
        "plain.png": save(img, "PNG"),
        "interlaced.gif": save(img, "GIF"),  # Pillow interlaces GIFs by default
        "plain.gif": save(img, "GIF", interlace=False),
        "still.webp": save(img, "WEBP"),
    }
    got = {}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        got[name] = extra_meta(tmp_path / name, "image", ["interlaced"])["interlaced"]
    assert got == {
        "progressive.jpg": True,
        "baseline.jpg": False,
        "adam7.png": True,
        "plain.png": False,
        "interlaced.gif": True,
        "plain.gif": False,
        "still.webp": False,
    }


def test_gif_parser_reads_past_extensions_and_refuses_garbage(tmp_path: Path) -> None:
    frames = [two_colours(), two_colours().transpose(Image.Transpose.FLIP_LEFT_RIGHT)]
    path = tmp_path / "anim.gif"
    # A comment and a loop extension come before the first image descriptor.
    frames[0].save(path, save_all=True, append_images=frames[1:], loop=0, comment=b"x" * 300, interlace=False)
    assert gif_interlaced(path) is False
    path.write_bytes(path.read_bytes()[:40])
    assert gif_interlaced(path) is None
    path.write_bytes(b"not a gif at all")
    assert gif_interlaced(path) is None


def write_wav(path: Path, samples: np.ndarray, rate: int = 8000, channels: int = 1) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples.astype("<i2").tobytes())
    return path


def test_mean_volume_of_pcm(tmp_path: Path) -> None:
    t = np.arange(8000) / 8000
    half = np.round(16384 * np.sin(2 * math.pi * 440 * t))  # half of full scale: 10*log10(1/8) = -9.03 dB
    assert mean_volume(write_wav(tmp_path / "half.wav", half)) == -9.0
    stereo = np.stack([half, half / 4], axis=1).reshape(-1)  # both channels count
    expected = 10 * math.log10((0.5**2 / 2 + 0.125**2 / 2) / 2)
    assert mean_volume(write_wav(tmp_path / "st.wav", stereo, channels=2)) == pytest.approx(expected, abs=0.06)
    assert mean_volume(write_wav(tmp_path / "silence.wav", np.zeros(800))) == -91.0
    assert extra_meta(tmp_path / "half.wav", "audio", ["mean_volume", "interlaced"]) == {"mean_volume": -9.0}


def test_odd_files_give_no_extras(tmp_path: Path) -> None:
    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)  # a JPEG start, then garbage
    assert extra_meta(junk, "image", NAMES) == {}
    noise = tmp_path / "noise.mp4"
    noise.write_bytes(bytes((i * 7919) % 251 for i in range(4096)))
    assert extra_meta(noise, "video", NAMES) == {}
    assert extra_meta(noise, "audio", ["mean_volume"]) == {}
    truncated = tmp_path / "cut.png"
    truncated.write_bytes(save(two_colours(), "PNG")[:45])  # the header, no pixels
    assert extra_meta(truncated, "image", NAMES) == {"interlaced": False}
    assert extra_meta(tmp_path / "missing.png", "image", NAMES) == {}
    assert extra_meta(junk, None, NAMES) == {} and extra_meta(junk, "image", ["nope"]) == {}


def test_identify_file_gives_describe_file_s_type_without_meta(tmp_path: Path) -> None:
    path = tmp_path / "p.png"
    two_colours().save(path)
    assert identify_file(path, "p.png").meta == {}
    assert identify_file(path, "p.png").mime == describe_file(path, "p.png").mime == "image/png"
