"""Image tags on real files made here: EXIF capture settings, IPTC-IIM and XMP text, their precedence.

The JPEGs carry real EXIF (Pillow's ``Image.Exif``), a real XMP packet (``save(xmp=...)``) and a
real Photoshop APP13 segment with IPTC datasets spliced in after SOI (``tests/tagged_images.py``).
Expected strings are exiftool's print forms (checked against exiftool 12.57 while writing, not here).
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import ExifTags, Image, TiffImagePlugin
from PIL.PngImagePlugin import PngInfo
from PIL.TiffImagePlugin import IFDRational

from tests.tagged_images import UTF8, app13, iptc, jpeg, xmp_packet
from transloadit_emulator.dates import transloadit_date
from transloadit_emulator.media.image_tags import (
    format_exposure_compensation,
    format_exposure_time,
    format_flash,
    light_value,
)
from transloadit_emulator.media.iptc import iptc_datasets
from transloadit_emulator.media.metadata import describe_file
from transloadit_emulator.media.xmp import MAX_XMP_BYTES, xmp_properties

T = ExifTags.Base

FULL_XMP = xmp_packet(
    'photoshop:City="Berlin" photoshop:State="Berlin" photoshop:Country="Germany" '
    'photoshop:Credit="Jane Roe / Agency" Iptc4xmpCore:Location="Zingster Str. 32" Iptc4xmpCore:CountryCode="de"',
    """<dc:title><rdf:Alt>
     <rdf:li xml:lang="de-DE">Baum</rdf:li><rdf:li xml:lang="x-default">Tree</rdf:li>
   </rdf:Alt></dc:title>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">This tree is very old.</rdf:li></rdf:Alt></dc:description>
   <dc:subject><rdf:Bag><rdf:li>tree</rdf:li><rdf:li>nature</rdf:li><rdf:li>Straße</rdf:li></rdf:Bag></dc:subject>
   <dc:creator><rdf:Seq><rdf:li>Jane Roe</rdf:li><rdf:li>John Doe</rdf:li></rdf:Seq></dc:creator>
   <dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© 2024 Jane Roe</rdf:li></rdf:Alt></dc:rights>""",
)
FULL_XMP_META = {
    "title": "Tree",
    "description": "This tree is very old.",
    "keywords": ["tree", "nature", "Straße"],
    "creator": "Jane Roe, John Doe",
    "author": "Jane Roe / Agency",
    "copyright": "© 2024 Jane Roe",
    "copyright_notice": "© 2024 Jane Roe",
    "location": "Zingster Str. 32",
    "city": "Berlin",
    "state": "Berlin",
    "country": "Germany",
    "country_code": "de",
}
TEXT_KEYS = set(FULL_XMP_META)


def camera_exif() -> Image.Exif:
    """EXIF as a camera writes it: IFD0 text, capture settings as (S)RATIONALs and SHORTs."""
    exif = Image.Exif()
    exif[T.Make] = "Canon"
    exif[T.ImageDescription] = "CANON DIGITAL CAMERA"
    exif[T.Artist] = "Camera Owner"
    exif[T.Copyright] = "Camera Copyright"
    ifd = exif.get_ifd(ExifTags.IFD.Exif)
    ifd[T.ExposureTime] = IFDRational(1, 30)
    ifd[T.FNumber] = IFDRational(56, 10)
    ifd[T.ISOSpeedRatings] = 800
    ifd[T.ExposureBiasValue] = IFDRational(4, 3)
    ifd[T.ExposureMode] = 1
    ifd[T.Flash] = 0x10
    ifd[T.MeteringMode] = 5
    ifd[T.WhiteBalance] = 1
    return exif


def meta_of(tmp_path: Path, data: bytes, name: str = "photo.jpg") -> dict[str, Any]:
    path = tmp_path / name
    path.write_bytes(data)
    facts = describe_file(path, name)
    assert facts.type == "image"
    return facts.meta


# ---------------------------------------------------------------------------------------------
# EXIF capture settings.


def test_exif_capture_settings_print_as_exiftool_does(tmp_path: Path) -> None:
    meta = meta_of(tmp_path, jpeg(exif=camera_exif()))
    assert meta["exposure_compensation"] == "+4/3"
    assert meta["exposure_mode"] == "Manual"
    assert meta["flash"] == "Off, Did not fire"
    assert meta["metering_mode"] == "Multi-segment"
    assert meta["white_balance"] == "Manual"
    assert meta["exposure_time"] == meta["shutter_speed"] == "1/30"
    assert (meta["f_number"], meta["aperture"], meta["iso"]) == (5.6, 5.6, 800)
    assert meta["light_value"] == 6.9  # 2*log2(5.6) - log2(1/30) - log2(800/100)


def test_shutter_speed_from_apex_value_without_exposure_time(tmp_path: Path) -> None:
    exif = Image.Exif()
    ifd = exif.get_ifd(ExifTags.IFD.Exif)
    ifd[T.ShutterSpeedValue] = IFDRational(5, 1)  # Tv 5: 1/32 s
    ifd[T.ApertureValue] = IFDRational(497, 100)  # Av 4.97: f/5.6
    ifd[T.ISOSpeedRatings] = 100
    ifd[T.ExposureBiasValue] = IFDRational(0, 1)
    ifd[T.WhiteBalance] = 0
    meta = meta_of(tmp_path, jpeg(exif=exif))
    assert meta["shutter_speed"] == "1/32" and "exposure_time" not in meta
    assert meta["exposure_compensation"] == "0" and meta["white_balance"] == "Auto"
    assert meta["light_value"] == 10.0 and meta["aperture"] == 5.6


def test_unlisted_enumerated_values_say_unknown(tmp_path: Path) -> None:
    exif = Image.Exif()
    ifd = exif.get_ifd(ExifTags.IFD.Exif)
    ifd[T.MeteringMode], ifd[T.ExposureMode], ifd[T.WhiteBalance], ifd[T.Flash] = 7, 3, 2, 0x03
    meta = meta_of(tmp_path, jpeg(exif=exif))
    assert (meta["metering_mode"], meta["exposure_mode"], meta["white_balance"], meta["flash"]) == (
        "Unknown (7)",
        "Unknown (3)",
        "Unknown (2)",
        "Unknown (0x3)",
    )
    assert "light_value" not in meta and "shutter_speed" not in meta


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0x00, "No Flash"),
        (0x01, "Fired"),
        (0x07, "Fired, Return detected"),
        (0x09, "On, Fired"),
        (0x0D, "On, Return not detected"),
        (0x10, "Off, Did not fire"),
        (0x14, "Off, Did not fire, Return not detected"),
        (0x18, "Auto, Did not fire"),
        (0x19, "Auto, Fired"),
        (0x20, "No flash function"),
        (0x30, "Off, No flash function"),
        (0x41, "Fired, Red-eye reduction"),
        (0x49, "On, Red-eye reduction"),
        (0x50, "Off, Red-eye reduction"),
        (0x58, "Auto, Did not fire, Red-eye reduction"),
        (0x59, "Auto, Fired, Red-eye reduction"),
        (0x5F, "Auto, Fired, Red-eye reduction, Return detected"),
        (0x02, "Unknown (0x2)"),
        (0x7F, "Unknown (0x7f)"),
    ],
)
def test_flash_values(value: int, text: str) -> None:
    assert format_flash(value) == text


@pytest.mark.parametrize(
    ("ev", "text"),
    [
        (0.0, "0"),
        (1.0, "+1"),
        (-2.0, "-2"),
        (0.5, "+1/2"),
        (-1.5, "-3/2"),
        (1 / 3, "+1/3"),
        (-1 / 3, "-1/3"),
        (4 / 3, "+4/3"),
        (-5 / 3, "-5/3"),
        (-0.7, "-0.7"),
        (0.33, "+0.33"),
    ],
)
def test_exposure_compensation_formats(ev: float, text: str) -> None:
    assert format_exposure_compensation(ev) == text


def test_exposure_time_and_light_value_formats() -> None:
    assert [format_exposure_time(t) for t in (1 / 32, 1 / 8000, 0.25, 0.3, 2.0, 30.0)] == [
        "1/32",
        "1/8000",
        "1/4",
        "0.3",
        "2",
        "30",
    ]
    assert light_value(1.0, 1.0, 100) == 0.0
    assert light_value(2.8, 1 / 250, 100) == 10.9
    assert light_value(8.0, 2.0, 400) == 3.0


def test_windows_xp_tags_fill_title_author_keywords(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[T.XPTitle] = "Sonnenuntergang".encode("utf-16-le") + b"\x00\x00"
    exif[T.XPAuthor] = "Jörg".encode("utf-16-le") + b"\x00\x00"
    exif[T.XPKeywords] = "sunset; beach;sea".encode("utf-16-le") + b"\x00\x00"
    meta = meta_of(tmp_path, jpeg(exif=exif))
    assert (meta["title"], meta["author"], meta["keywords"]) == ("Sonnenuntergang", "Jörg", ["sunset", "beach", "sea"])


def test_date_file_created_is_a_file_system_date(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(jpeg())
    meta = describe_file(path, "photo.jpg").meta
    stat = path.stat()
    assert meta["date_file_created"] == transloadit_date(getattr(stat, "st_birthtime", stat.st_ctime))


# ---------------------------------------------------------------------------------------------
# IPTC and XMP text.


def test_xmp_fields(tmp_path: Path) -> None:
    meta = meta_of(tmp_path, jpeg(xmp=FULL_XMP))
    assert {key: meta[key] for key in TEXT_KEYS} == FULL_XMP_META


def test_xmp_as_child_elements_and_in_png(tmp_path: Path) -> None:
    packet = xmp_packet(
        body="<photoshop:City>Hamburg</photoshop:City><Iptc4xmpCore:CountryCode>DE</Iptc4xmpCore:CountryCode>"
        '<dc:title><rdf:Alt><rdf:li xml:lang="en">Harbour</rdf:li></rdf:Alt></dc:title>'
    )
    info = PngInfo()
    info.add_itxt("XML:com.adobe.xmp", packet.decode())
    buf = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buf, "PNG", pnginfo=info)
    meta = meta_of(tmp_path, buf.getvalue(), "harbour.png")
    assert (meta["city"], meta["country_code"], meta["title"]) == ("Hamburg", "DE", "Harbour")


def test_iptc_fields_latin1_without_a_declared_charset(tmp_path: Path) -> None:
    block = iptc(
        (1, 0, b"\x00\x04"),
        (2, 0, b"\x00\x04"),
        (2, 5, b"Kirche"),
        (2, 25, b"kirche"),
        (2, 25, b"m\xfcnchen"),
        (2, 25, b"architektur"),
        (2, 80, b"J\xfcrgen Fotograf"),
        (2, 110, b"Agentur \x96 Bild"),  # 0x96 is Windows-1252's en dash
        (2, 116, b"\xa9 2023 J\xfcrgen"),
        (2, 120, b"Die Frauenkirche."),
        (2, 90, b"M\xfcnchen"),
        (2, 92, b"Frauenplatz 1"),
        (2, 95, b"Bayern"),
        (2, 100, b"DEU"),
        (2, 101, b"Deutschland"),
    )
    meta = meta_of(tmp_path, jpeg(iptc_block=block))
    assert {key: meta[key] for key in TEXT_KEYS} == {
        "title": "Kirche",
        "keywords": ["kirche", "münchen", "architektur"],
        "creator": "Jürgen Fotograf",
        "author": "Agentur – Bild",
        "copyright": "© 2023 Jürgen",
        "copyright_notice": "© 2023 Jürgen",
        "description": "Die Frauenkirche.",
        "city": "München",
        "location": "Frauenplatz 1",
        "state": "Bayern",
        "country_code": "DEU",
        "country": "Deutschland",
    }


def test_iptc_utf8_declared_by_coded_character_set(tmp_path: Path) -> None:
    block = iptc(UTF8, (2, 5, "Grüße aus Zürich".encode()), (2, 25, "Æble".encode()), (2, 25, "日本".encode()))
    meta = meta_of(tmp_path, jpeg(iptc_block=block))
    assert (meta["title"], meta["keywords"]) == ("Grüße aus Zürich", ["Æble", "日本"])


def test_iptc_utf8_without_a_declared_charset_is_still_read_as_utf8(tmp_path: Path) -> None:
    meta = meta_of(tmp_path, jpeg(iptc_block=iptc((2, 90, "Köln".encode()))))
    assert meta["city"] == "Köln"


def test_iptc_in_tiff(tmp_path: Path) -> None:
    tags = TiffImagePlugin.ImageFileDirectory_v2()
    tags[33723] = iptc((2, 5, b"Scan"), (2, 25, b"archive"))
    buf = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buf, "TIFF", tiffinfo=tags)
    meta = meta_of(tmp_path, buf.getvalue(), "scan.tif")
    assert (meta["title"], meta["keywords"]) == ("Scan", ["archive"])


def test_precedence_xmp_then_iptc_then_exif(tmp_path: Path) -> None:
    packet = xmp_packet(
        'photoshop:City="Berlin"',
        '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">XMP title</rdf:li></rdf:Alt></dc:title>'
        "<dc:subject><rdf:Bag><rdf:li>xmp</rdf:li></rdf:Bag></dc:subject>",
    )
    block = iptc(
        (2, 5, b"IPTC title"),
        (2, 25, b"iptc"),
        (2, 90, b"Potsdam"),
        (2, 120, b"IPTC caption"),
        (2, 80, b"IPTC By-line"),
    )
    meta = meta_of(tmp_path, jpeg(exif=camera_exif(), xmp=packet, iptc_block=block))
    assert (meta["title"], meta["keywords"], meta["city"]) == ("XMP title", ["xmp"], "Berlin")  # XMP over IPTC
    assert (meta["description"], meta["creator"]) == ("IPTC caption", "IPTC By-line")  # IPTC over EXIF
    assert meta["copyright"] == "Camera Copyright" and "copyright_notice" not in meta  # EXIF when alone
    assert meta["device_vendor"] == "Canon" and meta["flash"] == "Off, Did not fire"


@pytest.mark.parametrize(("digest_of", "title"), [(b"the IPTC as it was", "IPTC title"), (None, "XMP title")])
def test_iptc_edited_after_the_xmp_goes_first(tmp_path: Path, digest_of: bytes | None, title: str) -> None:
    """Photoshop's IPTC digest (resource 0x0425) no longer matching the IPTC: IPTC was edited later."""
    packet = xmp_packet(body='<dc:title><rdf:Alt><rdf:li xml:lang="x-default">XMP title</rdf:li></rdf:Alt></dc:title>')
    block = iptc((2, 5, b"IPTC title"))
    digest = hashlib.md5(digest_of if digest_of is not None else block).digest()
    meta = meta_of(tmp_path, jpeg(xmp=packet, segment=app13({0x0404: block, 0x0425: digest})))
    assert meta["title"] == title


# ---------------------------------------------------------------------------------------------
# Broken blocks cost only their own keys.

# Billion laughs: each entity is ten of the one before, 10**9 "lol"s once expanded.
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(1, 10))
    + b']><x:xmpmeta xmlns:x="adobe:ns:meta/">&lol9;</x:xmpmeta>'
)


@pytest.mark.parametrize(
    "packet",
    [
        FULL_XMP[: len(FULL_XMP) // 2],  # truncated mid-element
        b"\x00\xff not xml at all \x01",
        LAUGHS,
        FULL_XMP.replace(b"<x:xmpmeta", b'<!DOCTYPE x [<!ENTITY t SYSTEM "file:///etc/hostname">]><x:xmpmeta', 1),
        FULL_XMP.replace(b"Tree", b"&undeclared;"),
    ],
    ids=["truncated", "garbage", "entity-expansion", "external-entity", "undeclared-entity"],
)
def test_malformed_xmp_loses_only_its_own_keys(tmp_path: Path, packet: bytes) -> None:
    meta = meta_of(tmp_path, jpeg(exif=camera_exif(), xmp=packet, iptc_block=iptc((2, 90, b"Bremen"))))
    assert "title" not in meta and "keywords" not in meta  # the XMP's keys are gone
    assert meta["city"] == "Bremen"  # the IPTC's are not
    assert meta["flash"] == "Off, Did not fire" and meta["description"] == "CANON DIGITAL CAMERA"  # nor EXIF's


def test_xmp_parser_refuses_entities_without_expanding_them() -> None:
    assert xmp_properties(LAUGHS) == {}
    oversized = FULL_XMP.replace(b"</x:xmpmeta>", b" " * MAX_XMP_BYTES + b"</x:xmpmeta>")
    assert xmp_properties(oversized) == {}
    assert xmp_properties(FULL_XMP)[("http://purl.org/dc/elements/1.1/", "subject")] == ["tree", "nature", "Straße"]


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        (b"\x1c\x02\x5a\x00\xffBerl", ["title", "keywords"]),  # length runs past the end
        (b"\x1c\x02\x5a\xff\xff\x00", ["title", "keywords"]),  # extended length with 32767 length bytes
        (b"\x1c\x02", ["title", "keywords"]),  # header cut short
        (b"\x00\x13garbage after the datasets", ["title", "keywords"]),
    ],
    ids=["bogus-length", "bogus-extended-length", "truncated-header", "garbage"],
)
def test_malformed_iptc_keeps_what_came_before(tmp_path: Path, tail: bytes, kept: list[str]) -> None:
    block = iptc((2, 5, b"Harbour"), (2, 25, b"boats")) + tail
    packet = xmp_packet('photoshop:Country="Germany"')
    meta = meta_of(tmp_path, jpeg(exif=camera_exif(), xmp=packet, iptc_block=block))
    assert (meta["title"], meta["keywords"]) == ("Harbour", ["boats"]) and "city" not in meta
    assert meta["country"] == "Germany" and meta["white_balance"] == "Manual"


def test_bogus_photoshop_resource_size_does_not_raise(tmp_path: Path) -> None:
    segment = bytearray(app13({0x0404: iptc((2, 5, b"Harbour"))}))
    segment[4 + 14 + 8 : 4 + 14 + 12] = (0x7FFFFFFF).to_bytes(4, "big")  # resource size far past the segment
    meta = meta_of(tmp_path, jpeg(exif=camera_exif(), segment=bytes(segment)))
    assert meta["title"] == "Harbour" and meta["exposure_mode"] == "Manual"


def test_iptc_extended_length_dataset() -> None:
    caption = b"x" * 40000
    data = b"\x1c\x02\x78\x80\x04" + len(caption).to_bytes(4, "big") + caption + iptc((2, 5, b"T"))
    assert iptc_datasets(data) == {(2, 120): [caption], (2, 5): [b"T"]}
