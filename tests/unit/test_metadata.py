"""File facts on real files made here: MIME, type, image metadata and EXIF."""

from __future__ import annotations

from pathlib import Path

from PIL import ExifTags, Image

from transloadit_emulator.media.metadata import describe_file, format_date


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
    assert meta["date_file_modified"] == format_date(path.stat().st_mtime)


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
