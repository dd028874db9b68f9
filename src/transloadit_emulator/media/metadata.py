"""What a file is: its MIME type, its Transloadit ``type``, and its ``meta`` object.

Images are read with Pillow (JPEG draft mode keeps the average colour cheap). Never raises on a
corrupt or unknown file: such a file simply gets less metadata.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image, UnidentifiedImageError

# Magic numbers of common non-image formats: (offset, bytes, mime).
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"%PDF-", "application/pdf"),
    (0, b"PK\x03\x04", "application/zip"),
    (0, b"\x1f\x8b", "application/gzip"),
    (0, b"\x1a\x45\xdf\xa3", "video/webm"),
    (0, b"ID3", "audio/mpeg"),
    (0, b"OggS", "audio/ogg"),
    (0, b"fLaC", "audio/flac"),
    (257, b"ustar", "application/x-tar"),
)
_RIFF = {b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo", b"WEBP": "image/webp"}
_DOCUMENT_MIMES = {
    "application/pdf",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
    "text/plain",
}
_ARCHIVE_MIMES = {"application/zip", "application/gzip", "application/x-tar", "application/x-7z-compressed"}


@dataclass(frozen=True)
class FileFacts:
    """MIME type, Transloadit type and metadata of one file."""

    mime: str
    type: str | None
    meta: dict[str, Any] = field(default_factory=dict)


def format_date(ts: float) -> str:
    """A timestamp as Transloadit writes dates in metadata: ``2020/01/09 12:02:06 GMT``."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y/%m/%d %H:%M:%S GMT")


def describe_file(path: Path, filename: str) -> FileFacts:
    """Sniff ``path`` (named ``filename`` by the client) and extract its metadata."""
    base_meta: dict[str, Any] = {}
    try:
        base_meta["date_file_modified"] = format_date(path.stat().st_mtime)
    except OSError:
        pass
    image_facts = _describe_image(path)
    if image_facts is not None:
        mime, meta = image_facts
        return FileFacts(mime, "image", {**base_meta, **meta})
    mime = _sniff(path) or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return FileFacts(mime, type_for_mime(mime), base_meta)


def type_for_mime(mime: str) -> str | None:
    """Transloadit's abstract file type for a MIME type."""
    major = mime.split("/", 1)[0]
    if major in ("image", "video", "audio"):
        return major
    if mime in _DOCUMENT_MIMES:
        return "document"
    if mime in _ARCHIVE_MIMES:
        return "archive"
    return None


def _sniff(path: Path) -> str | None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(512)
    except OSError:
        return None
    for offset, magic, mime in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return mime
    if head[:4] == b"RIFF" and head[8:12] in _RIFF:
        return _RIFF[head[8:12]]
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand.startswith(b"M4A"):
            return "audio/mp4"
        return "video/quicktime" if brand == b"qt  " else "video/mp4"
    if len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return "audio/mpeg"
    return None


def _describe_image(path: Path) -> tuple[str, dict[str, Any]] | None:
    """(mime, meta) for an image Pillow can read, else None."""
    try:
        with Image.open(path) as img:
            mime = Image.MIME.get(img.format or "", "") or f"image/{(img.format or 'unknown').lower()}"
            exif = img.getexif()
            orientation = int(exif.get(ExifTags.Base.Orientation, 1) or 1)
            width, height = img.size
            if orientation in (5, 6, 7, 8):  # rotated by 90 degrees: the displayed size is swapped
                width, height = height, width
            meta: dict[str, Any] = {
                "width": width,
                "height": height,
                "aspect_ratio": f"{width / height:.3f}" if height else "0",
                "frame_count": int(getattr(img, "n_frames", 1)),
                "colorspace": _colorspace(img.mode),
                "has_clipping_path": False,
                "has_transparency": _has_transparency(img),
                "orientation": orientation,
            }
            meta.update(_exif_meta(exif))
            meta["average_color"] = _average_color(img)
            return mime, meta
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, SyntaxError):
        return None


def _colorspace(mode: str) -> str:
    return {
        "1": "Gray",
        "L": "Gray",
        "LA": "Gray",
        "I": "Gray",
        "I;16": "Gray",
        "F": "Gray",
        "CMYK": "CMYK",
        "YCbCr": "YCbCr",
        "LAB": "Lab",
        "HSV": "HSV",
    }.get(mode, "RGB")


def _has_transparency(img: Image.Image) -> bool:
    if img.mode == "P":
        return "transparency" in img.info
    if "A" not in img.getbands():
        return "transparency" in img.info
    lowest = img.getchannel("A").getextrema()[0]
    return isinstance(lowest, int | float) and lowest < 255


def _average_color(img: Image.Image) -> str:
    """The image scaled to one pixel, as ``#rrggbb`` (JPEGs decoded at 1/8 scale first)."""
    if img.format == "JPEG":
        img.draft("RGB", (max(1, img.width // 8), max(1, img.height // 8)))
    rgb = img.convert("RGB")
    r, g, b = rgb.resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))  # type: ignore[misc]
    return f"#{r:02x}{g:02x}{b:02x}"


def _ratio(value: Any) -> float | None:
    try:
        return float(Fraction(value)) if not isinstance(value, tuple) else value[0] / value[1]
    except (TypeError, ValueError, ZeroDivisionError):
        return None


def _dms(values: Any, ref: Any) -> float | None:
    try:
        degrees, minutes, seconds = (float(v) for v in values)
    except (TypeError, ValueError):
        return None
    result = degrees + minutes / 60 + seconds / 3600
    return round(-result if ref in ("S", "W") else result, 6)


# Text EXIF tags and the meta keys Transloadit reports them under.
_EXIF_TEXT = (
    (ExifTags.Base.Make, "device_vendor"),
    (ExifTags.Base.Model, "device_name"),
    (ExifTags.Base.Software, "device_software"),
    (ExifTags.Base.ImageDescription, "description"),
    (ExifTags.Base.Artist, "creator"),
    (ExifTags.Base.Copyright, "copyright"),
)


def _exif_meta(exif: Image.Exif) -> dict[str, Any]:
    """Camera and GPS fields, named as Transloadit names them."""
    meta: dict[str, Any] = {}
    tags = ExifTags.Base
    for tag, key in _EXIF_TEXT:
        if exif.get(tag):
            meta[key] = str(exif[tag]).strip("\x00 ")
    ifd = exif.get_ifd(ExifTags.IFD.Exif)
    recorded = ifd.get(tags.DateTimeOriginal) or exif.get(tags.DateTime)
    if recorded:
        try:
            moment = datetime.strptime(str(recorded).strip("\x00 "), "%Y:%m:%d %H:%M:%S")
            meta["date_recorded"] = moment.strftime("%Y/%m/%d %H:%M:%S GMT")
        except ValueError:
            pass
    exposure = ifd.get(tags.ExposureTime)
    if exposure is not None:
        value = _ratio(exposure)
        if value:
            meta["exposure_time"] = f"1/{round(1 / value)}" if value < 1 else f"{value:g}"
    for tag, key in ((tags.FNumber, "f_number"), (tags.ApertureValue, "aperture")):
        value = _ratio(ifd.get(tag)) if ifd.get(tag) is not None else None
        if value is not None:
            meta[key] = round(value, 2)
    if "aperture" not in meta and "f_number" in meta:
        meta["aperture"] = meta["f_number"]
    iso = ifd.get(tags.ISOSpeedRatings)
    if iso:
        meta["iso"] = int(iso[0] if isinstance(iso, tuple) else iso)
    focal = ifd.get(tags.FocalLength)
    if focal is not None and _ratio(focal) is not None:
        meta["focal_length"] = f"{_ratio(focal):.1f} mm"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    if gps:
        lat = _dms(gps.get(ExifTags.GPS.GPSLatitude), gps.get(ExifTags.GPS.GPSLatitudeRef))
        lon = _dms(gps.get(ExifTags.GPS.GPSLongitude), gps.get(ExifTags.GPS.GPSLongitudeRef))
        if lat is not None and lon is not None:
            meta["latitude"], meta["longitude"] = lat, lon
    return meta
