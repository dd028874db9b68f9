"""File facts on real files made here: MIME, type, image metadata and EXIF."""

from __future__ import annotations

import tarfile
import zipfile
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from transloadit_emulator.dates import transloadit_date
from transloadit_emulator.media.metadata import describe_file, identify_file


def test_format_date_is_utc_in_transloadit_style() -> None:
    assert transloadit_date(1578571326) == "2020/01/09 12:02:06 GMT"


def test_jpeg_dimensions_colour_and_ratio(tmp_path: Path) -> None:
    path = tmp_path / "red.jpg"
    Image.new("RGB", (250, 167), (200, 30, 40)).save(path, quality=95)
    facts = describe_file(path, "red.jpg")
    assert (facts.mime, facts.type) == ("image/jpeg", "image")
    meta = facts.meta
    assert (meta["width"], meta["height"], meta["aspect_ratio"]) == (250, 167, "1.497")
    assert meta["frame_count"] == 1 and meta["colorspace"] == "RGB"
    assert meta["has_transparency"] is False and meta["has_clipping_path"] is False
    r, g, b = (int(meta["average_color"][i : i + 2], 16) for i in (1, 3, 5))
    assert abs(r - 200) <= 3 and abs(g - 30) <= 3 and abs(b - 40) <= 3
    assert meta["date_file_modified"] == transloadit_date(path.stat().st_mtime)


def test_png_transparency_and_gray(tmp_path: Path) -> None:
    clear = tmp_path / "clear.png"
    img = Image.new("RGBA", (10, 10), (0, 0, 0, 255))
    img.putpixel((0, 0), (0, 0, 0, 0))
    img.save(clear)
    assert describe_file(clear, "clear.png").meta["has_transparency"] is True
    opaque = tmp_path / "opaque.png"
    Image.new("RGBA", (10, 10), (0, 0, 0, 255)).save(opaque)
    assert describe_file(opaque, "opaque.png").meta["has_transparency"] is False
    gray = tmp_path / "gray.png"
    Image.new("L", (4, 4), 128).save(gray)
    facts = describe_file(gray, "gray.png")
    assert facts.mime == "image/png" and facts.meta["colorspace"] == "Gray"


def test_animated_gif_frame_count(tmp_path: Path) -> None:
    path = tmp_path / "anim.gif"
    frames = [Image.new("RGB", (8, 8), (i * 50, 0, 0)) for i in range(5)]
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=50)
    assert describe_file(path, "anim.gif").meta["frame_count"] == 5


def test_exif_camera_gps_and_orientation(tmp_path: Path) -> None:
    path = tmp_path / "camera.jpg"
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Canon"
    exif[ExifTags.Base.Model] = "Canon EOS 5D"
    exif[ExifTags.Base.Orientation] = 6
    exif_ifd = exif.get_ifd(ExifTags.IFD.Exif)
    exif_ifd[ExifTags.Base.DateTimeOriginal] = "2021:06:30 22:16:06"
    exif_ifd[ExifTags.Base.ISOSpeedRatings] = 800
    exif_ifd[ExifTags.Base.ExposureTime] = 1 / 30
    exif_ifd[ExifTags.Base.FNumber] = 5.6
    exif_ifd[ExifTags.Base.FocalLength] = 55.0
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (52.0, 22.0, 3.36)
    gps[ExifTags.GPS.GPSLongitudeRef] = "W"
    gps[ExifTags.GPS.GPSLongitude] = (4.0, 54.0, 14.75)
    Image.new("RGB", (300, 200), (90, 90, 90)).save(path, exif=exif)
    meta = describe_file(path, "camera.jpg").meta
    assert (meta["width"], meta["height"], meta["orientation"]) == (200, 300, 6)  # displayed upright
    assert meta["device_vendor"] == "Canon" and meta["device_name"] == "Canon EOS 5D"
    assert meta["date_recorded"] == "2021/06/30 22:16:06 GMT"
    assert meta["iso"] == 800 and meta["exposure_time"] == "1/30"
    assert meta["f_number"] == 5.6 and meta["focal_length"] == "55.0 mm"
    assert meta["latitude"] == 52.3676 and meta["longitude"] == -4.904097


def test_non_images_by_content_then_name(tmp_path: Path) -> None:
    pdf = tmp_path / "doc.bin"
    pdf.write_bytes(b"%PDF-1.4\n...")
    assert (describe_file(pdf, "doc.bin").mime, describe_file(pdf, "doc.bin").type) == ("application/pdf", "document")
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert describe_file(text, "notes.txt").mime == "text/plain"
    unknown = tmp_path / "blob"
    unknown.write_bytes(b"\x00\x01\x02")
    facts = describe_file(unknown, "blob")
    assert (facts.mime, facts.type) == ("application/octet-stream", None)
    assert "width" not in facts.meta


def test_corrupt_image_does_not_raise(tmp_path: Path) -> None:
    path = tmp_path / "broken.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 20)
    facts = describe_file(path, "broken.jpg")
    assert facts.mime == "image/jpeg" and "width" not in facts.meta


def test_alpha_is_ignored_by_average_colour(tmp_path: Path) -> None:
    path = tmp_path / "half.png"
    img = Image.new("RGBA", (20, 10), (0, 0, 255, 255))
    img.paste((255, 0, 0, 0), (0, 0, 10, 10))  # invisible red still counts: alpha is ignored
    img.save(path)
    meta = describe_file(path, "half.png").meta
    assert meta["average_color"] in ("#7f007f", "#800080") and meta["has_transparency"] is True


def test_palette_transparency_and_cmyk(tmp_path: Path) -> None:
    pal = tmp_path / "pal.gif"
    Image.new("P", (4, 4), 0).save(pal, transparency=0)
    assert describe_file(pal, "pal.gif").meta["has_transparency"] is True
    cmyk = tmp_path / "cmyk.jpg"
    Image.new("CMYK", (8, 8), (0, 0, 0, 0)).save(cmyk)
    facts = describe_file(cmyk, "cmyk.jpg")
    assert facts.meta["colorspace"] == "CMYK" and facts.meta["average_color"] == "#ffffff"


def test_large_jpeg_average_colour_is_cheap_and_right(tmp_path: Path) -> None:
    path = tmp_path / "big.jpg"
    img = Image.new("RGB", (2500, 1667), (20, 40, 60))
    img.paste((220, 200, 180), (0, 0, 1250, 1667))
    img.save(path, quality=90)
    r, g, b = (int(describe_file(path, "big.jpg").meta["average_color"][i : i + 2], 16) for i in (1, 3, 5))
    assert abs(r - 120) <= 3 and abs(g - 120) <= 3 and abs(b - 120) <= 3


def test_apex_aperture_and_long_exposure(tmp_path: Path) -> None:
    path = tmp_path / "apex.jpg"
    exif = Image.Exif()
    ifd = exif.get_ifd(ExifTags.IFD.Exif)
    ifd[ExifTags.Base.ApertureValue] = 4.97  # APEX: f/2^(4.97/2) = f/5.6
    ifd[ExifTags.Base.ExposureTime] = 0.5
    Image.new("RGB", (4, 4)).save(path, exif=exif)
    meta = describe_file(path, "apex.jpg").meta
    assert meta["aperture"] == 5.6 and meta["exposure_time"] == "0.5" and "f_number" not in meta


def test_truncated_jpeg_keeps_header_facts(tmp_path: Path) -> None:
    full = tmp_path / "full.jpg"
    Image.effect_noise((400, 300), 50).convert("RGB").save(full)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(full.read_bytes()[:3000])
    facts = describe_file(cut, "cut.jpg")
    assert facts.type == "image" and (facts.meta["width"], facts.meta["height"]) == (400, 300)
    assert "average_color" not in facts.meta


@pytest.mark.parametrize(
    ("head", "name", "mime", "type_"),
    [
        (b"\x00\x00\x00\x18ftypisom" + bytes(20), "clip.bin", "video/mp4", "video"),
        (b"\x00\x00\x00\x14ftypqt  " + bytes(20), "clip.bin", "video/quicktime", "video"),
        (b"\x00\x00\x00\x18ftypM4A " + bytes(20), "song.bin", "audio/mp4", "audio"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm", "a.bin", "video/webm", "video"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x88matroska", "a.bin", "video/x-matroska", "video"),
        (b"ID3\x04\x00" + bytes(20), "a.bin", "audio/mpeg", "audio"),
        (b"\xff\xfb\x90\x64" + bytes(20), "a.bin", "audio/mpeg", "audio"),
        (b"OggS\x00\x02" + bytes(30), "a.bin", "audio/ogg", "audio"),
        (b"fLaC\x00\x00\x00\x22", "a.bin", "audio/flac", "audio"),
        (b"RIFF\x00\x00\x00\x00WAVEfmt ", "a.bin", "audio/wav", "audio"),
        (b"RIFF\x00\x00\x00\x00AVI LIST", "a.bin", "video/x-msvideo", "video"),
        (b"\x1f\x8b\x08\x00", "a.bin", "application/gzip", "archive"),
        (b"%PDF-1.7", "scan.jpg", "application/pdf", "document"),  # content beats the name
        (b"hello, world", "notes.txt", "text/plain", None),
    ],
)
def test_mime_by_content(tmp_path: Path, head: bytes, name: str, mime: str, type_: str | None) -> None:
    path = tmp_path / "upload"
    path.write_bytes(head)
    facts = describe_file(path, name)
    assert (facts.mime, facts.type, facts.meta) == (mime, type_, {})
    assert identify_file(path, name) == facts  # what output_meta: false gives: the same, no meta


def test_zip_based_documents_and_tar(tmp_path: Path) -> None:
    path = tmp_path / "upload"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<w/>")
    docx = describe_file(path, "report.docx")
    assert docx.type == "document" and docx.mime.endswith("wordprocessingml.document")
    assert identify_file(path, "report.docx") == docx
    assert (describe_file(path, "bundle").mime, describe_file(path, "bundle").type) == ("application/zip", "archive")
    tar_path = tmp_path / "t.tar"
    with tarfile.open(tar_path, "w") as tf:
        tf.add(path, arcname="inner")
    assert describe_file(tar_path, "t.tar").type == "archive"
