"""What a file is: its MIME type, its Transloadit ``type``, and its ``meta`` object.

The MIME type comes from the content first (magic numbers, then Pillow), the filename second.
Images are read with Pillow; JPEG draft mode keeps the average colour cheap, and when a Step will
read the image at a reduced scale it is decoded once at that scale and handed on
(:mod:`.pixels`). Never raises on a corrupt or unknown file: such a file simply gets less metadata.
"""

from __future__ import annotations

import logging
import mimetypes
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image

from ..dates import transloadit_date
from .av_probe import has_video, has_video_stream, probe_media
from .image_tags import as_int, image_tags
from .pixels import DecodedPixels, open_image
from .sniff import ole_kind, sniff_markup, zip_kind

_log = logging.getLogger(__name__)

# Magic numbers of common non-image formats: (offset, bytes, mime). Checked before Pillow so
# that loosely-identified Pillow formats (MPEG, TGA, ...) never claim a video or an archive.
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"%PDF-", "application/pdf"),
    (0, b"PK\x03\x04", "application/zip"),
    (0, b"PK\x05\x06", "application/zip"),  # empty zip
    (0, b"\x1f\x8b", "application/gzip"),
    (0, b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),  # .doc/.xls/.ppt
    (0, b"{\\rtf", "application/rtf"),
    (0, b"ID3", "audio/mpeg"),
    (0, b"fLaC", "audio/flac"),
    (0, b"\x00\x00\x01\xba", "video/mpeg"),
    (0, b"\x00\x00\x01\xb3", "video/mpeg"),
    (0, b"BZh", "application/x-bzip2"),
    (0, b"\xfd7zXZ\x00", "application/x-xz"),
    (0, b"Rar!\x1a\x07", "application/vnd.rar"),
    (0, b"FLV\x01", "video/x-flv"),
    (0, b"\x30\x26\xb2\x75\x8e\x66\xcf\x11", "video/x-ms-asf"),
    (0, b"MThd", "audio/midi"),
    (0, b"#!AMR", "audio/amr"),
    (257, b"ustar", "application/x-tar"),
)
_RIFF = {b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo", b"WEBP": "image/webp"}
# ISO-BMFF major brands (bytes 8-12 after "ftyp") that are not plain MP4 video.
_FTYP = {
    b"qt  ": "video/quicktime",
    b"M4A ": "audio/mp4",
    b"M4B ": "audio/mp4",
    b"M4P ": "audio/mp4",
    b"avif": "image/avif",
    b"avis": "image/avif",
    b"heic": "image/heic",
    b"heix": "image/heic",
    b"mif1": "image/heif",
    b"msf1": "image/heif",
    b"3gp4": "video/3gpp",
    b"3gp5": "video/3gpp",
    b"3g2a": "video/3gpp2",
}
# Containers whose real type only the filename tells (OOXML, ODF and EPUB are zips, old
# Office files are OLE storage): trust the name's MIME type when it is one of these.
_CONTAINER_SUBTYPES = {
    "application/zip": (
        "application/vnd.openxmlformats",
        "application/vnd.oasis",
        "application/epub",
        "application/java",
    ),
    "application/x-ole-storage": ("application/msword", "application/vnd.ms-"),
}
_DOCUMENT_MIMES = {
    "application/pdf",
    "application/rtf",
    "application/msword",
    "application/vnd.ms-excel",
    "application/vnd.ms-powerpoint",
    "application/epub+zip",
}
_DOCUMENT_PREFIXES = ("application/vnd.openxmlformats-officedocument.", "application/vnd.oasis.opendocument.")
_ARCHIVE_MIMES = {
    "application/zip",
    "application/gzip",
    "application/x-gzip",
    "application/x-tar",
    "application/x-7z-compressed",
    "application/x-bzip2",
    "application/x-xz",
    "application/vnd.rar",
    "application/x-rar-compressed",
}
# Pillow format names whose Pillow MIME type is missing or not what clients expect.
_PILLOW_MIME = {"MPO": "image/jpeg", "AVIF": "image/avif", "HEIF": "image/heic"}
_GRAY_MODES = {"1", "L", "LA", "La", "I", "F"}


@dataclass(frozen=True)
class FileFacts:
    """MIME type, Transloadit type and metadata of one file."""

    mime: str
    type: str | None
    meta: dict[str, Any] = field(default_factory=dict)
    #: A JPEG decoded at the ``decode_box`` asked for, for the Step that reads it next.
    pixels: DecodedPixels | None = field(default=None, compare=False, repr=False)


def describe_file(
    path: Path,
    filename: str,
    *,
    decode_box: tuple[int, int] | None = None,
    known: Mapping[str, Any] | None = None,
) -> FileFacts:
    """Sniff ``path`` (named ``filename`` by the client) and extract its metadata.

    Images get the ``meta`` keys of Transloadit's "Image Meta Data", video and audio those of its
    video and audio metadata (PyAV); other files get ``{}``. ``decode_box`` is the smallest size
    a later Step will decode the image at: a JPEG is then decoded at that scale and its pixels
    come back as ``pixels`` for that Step. ``known`` is metadata the caller
    already has (a robot that just wrote the image knows its ``average_color``): pixels are
    not decoded for keys it holds.
    """
    sniffed = _sniff(path)
    if sniffed is None or sniffed.startswith("image/"):
        image = _describe_image(path, decode_box, known or {})
        if image is not None:
            mime, meta, pixels = image
            return FileFacts(mime, type_for_mime(mime), meta, pixels)
    by_name = mimetypes.guess_type(filename)[0]
    mime = sniffed or by_name or "application/octet-stream"
    if mime.startswith(("video/", "audio/")):
        media = probe_media(path, audio_only=mime.startswith("audio/"))
        if media is not None:
            if mime.startswith("video/") and not has_video(media):
                mime = _sound_only(mime)
            return FileFacts(mime, type_for_mime(mime), media)
    mime = _container_mime(mime, by_name)
    return FileFacts(mime, type_for_mime(mime), {})


def identify_file(path: Path, filename: str) -> FileFacts:
    """The MIME type and Transloadit type of ``path``, as :func:`describe_file` gives them, without
    extracting metadata (``meta`` is empty): for Steps with ``output_meta: false``. Reads an image's
    header and a video's stream list, no pixels or samples."""
    sniffed = _sniff(path)
    if sniffed is None or sniffed.startswith("image/"):
        try:
            with Image.open(path) as img:
                mime = _image_mime(img.format)
            return FileFacts(mime, type_for_mime(mime))
        except Exception:  # Pillow raises many types on garbage input; any means "not an image"
            pass
    by_name = mimetypes.guess_type(filename)[0]
    mime = sniffed or by_name or "application/octet-stream"
    if mime.startswith("video/"):
        if has_video_stream(path) is False:
            mime = _sound_only(mime)
        return FileFacts(mime, type_for_mime(mime))
    if mime.startswith("audio/"):
        return FileFacts(mime, type_for_mime(mime))
    mime = _container_mime(mime, by_name)
    return FileFacts(mime, type_for_mime(mime))


def _sound_only(mime: str) -> str:
    """``video/mp4`` -> ``audio/mp4``: an .mp4/.ogg/.webm holding only sound."""
    return "audio/" + mime.split("/", 1)[1]


def _container_mime(mime: str, by_name: str | None) -> str:
    """The filename's MIME type where the content only says "a zip" or "an OLE file"."""
    if by_name and by_name.startswith(_CONTAINER_SUBTYPES.get(mime, ())):
        return by_name
    if mime == "application/x-ole-storage":
        return "application/octet-stream"  # an OLE file the name does not explain
    return mime


def _image_mime(fmt: str | None) -> str:
    """The MIME type of a Pillow format name."""
    name = fmt or ""
    return _PILLOW_MIME.get(name) or Image.MIME.get(name) or f"image/{name.lower() or 'unknown'}"


def type_for_mime(mime: str) -> str | None:
    """Transloadit's abstract file type for a MIME type."""
    major = mime.split("/", 1)[0]
    if major in ("image", "video", "audio"):
        return major
    if mime in _DOCUMENT_MIMES or mime.startswith(_DOCUMENT_PREFIXES):
        return "document"
    if mime in _ARCHIVE_MIMES:
        return "archive"
    return None


def _sniff(path: Path) -> str | None:
    """The MIME type the first bytes of ``path`` announce, for formats Pillow does not own."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(512)
    except OSError:
        return None
    for offset, magic, mime in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            if mime == "application/zip":
                return zip_kind(path) or mime
            if mime == "application/x-ole-storage":
                return ole_kind(path) or mime
            return mime
    if head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
        return "audio/x-aiff"
    if head[:4] == b"RIFF" and head[8:12] in _RIFF:
        return _RIFF[head[8:12]]
    if head[4:8] == b"ftyp":
        return _FTYP.get(head[8:12], "video/mp4")
    if head[:4] == b"\x1a\x45\xdf\xa3":  # EBML: the DocType says WebM or Matroska
        return "video/webm" if b"webm" in head[:64] else "video/x-matroska"
    if head[:4] == b"OggS":
        return "video/ogg" if b"theora" in head[:128] else "audio/ogg"
    # MPEG audio frame sync: 11 set bits and a version that is not "reserved". Layer bits 00
    # mark an ADTS (AAC) stream, anything else MP1/2/3.
    if len(head) > 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0 and head[1] & 0x18 != 0x08:
        return "audio/mpeg" if head[1] & 0x06 else "audio/aac"
    if len(head) >= 377 and head[0] == head[188] == head[376] == 0x47 and head[:4] != b"GIF8":
        return "video/mp2t"  # MPEG-TS: a sync byte every 188 bytes
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<":
        return sniff_markup(path)  # SVG or HTML by their root element
    return None


def _describe_image(
    path: Path, decode_box: tuple[int, int] | None, known: Mapping[str, Any]
) -> tuple[str, dict[str, Any], DecodedPixels | None] | None:
    """(mime, meta, pixels decoded for a later Step) for an image Pillow can read, else None.

    Each group of facts is read on its own, so a broken EXIF block or truncated pixel data
    costs only those keys, not the whole ``meta``.
    """
    try:
        img = open_image(path)
    except Exception:  # Pillow raises many types on garbage input; any means "not an image"
        return None
    with img:
        try:
            mime = _image_mime(img.format)
            width, height = img.size
            meta: dict[str, Any] = {}
            try:
                exif = img.getexif()
            except Exception:
                exif = Image.Exif()
            orientation = as_int(exif.get(ExifTags.Base.Orientation)) or 1
            if orientation in (5, 6, 7, 8):  # rotated by 90 degrees: the displayed size is swapped
                width, height = height, width
            stat = path.stat()
            meta.update(
                width=width,
                height=height,
                aspect_ratio=f"{width / height:.3f}" if height else "0",
                # Birth time where os.stat reports it (macOS, BSD; Windows from Python 3.12). Linux's
                # has none, so the inode change time: for a blob the emulator just wrote, its creation.
                date_file_created=transloadit_date(getattr(stat, "st_birthtime", stat.st_ctime)),
                date_file_modified=transloadit_date(stat.st_mtime),
                frame_count=_frame_count(img),
                colorspace=_colorspace(img.mode),
                has_clipping_path=False,
                orientation=orientation,
            )
        except Exception:
            _log.debug("unreadable image header in %s", path, exc_info=True)
            return None
        meta.update(image_tags(img, exif))  # EXIF, IPTC and XMP; never raises
        pixels = None
        try:
            meta["has_transparency"] = _has_transparency(img)
            if "average_color" not in known:
                meta["average_color"], pixels = _average_color(img, decode_box)
        except Exception:  # truncated or undecodable pixel data: keep the header facts
            _log.debug("undecodable pixels in %s", path, exc_info=True)
            meta.setdefault("has_transparency", False)
        return mime, meta, pixels


def _frame_count(img: Image.Image) -> int:
    try:
        return max(1, int(getattr(img, "n_frames", 1)))
    except Exception:  # a broken later frame: at least the first one is there
        return 1


def _colorspace(mode: str) -> str:
    """ImageMagick-style colorspace name for a Pillow mode."""
    if mode in _GRAY_MODES or mode.startswith("I;"):
        return "Gray"
    return {"CMYK": "CMYK", "YCbCr": "YCbCr", "LAB": "Lab", "HSV": "HSV"}.get(mode, "RGB")


def _has_transparency(img: Image.Image) -> bool:
    """An alpha channel with any pixel below 255, or a palette / colour-key transparency."""
    if "A" not in img.getbands():
        return "transparency" in img.info
    lowest = img.getchannel("A").getextrema()[0]
    return isinstance(lowest, int | float) and lowest < 255


def _average_color(img: Image.Image, decode_box: tuple[int, int] | None) -> tuple[str, DecodedPixels | None]:
    """The average colour of a file's pixels, and the pixels when a Step asked for them.

    JPEGs are decoded at 1/8 scale (DCT scaling skips most of the work; the 1x1 mean is the same
    to within rounding), or at the scale ``decode_box`` asks for, whose pixels are then handed
    back for the Step that asked.
    """
    handoff = img.format == "JPEG" and decode_box is not None
    if handoff:
        assert decode_box is not None
        img.draft(img.mode, decode_box)  # the mode stays: the robot drafts the same way
    elif img.format in ("JPEG", "MPO"):
        img.draft("RGB", (max(1, img.width // 8), max(1, img.height // 8)))
    img.load()
    return average_color(img), DecodedPixels(img) if handoff else None


def average_color(img: Image.Image) -> str:
    """``img`` scaled to one pixel, as ``#rrggbb``: Transloadit's ``average_color``.

    Alpha is dropped: the colour of the pixels, not of what they cover.
    """
    rgb = img if img.mode == "RGB" else img.convert("RGB")
    # An integer box reduction first gives the same mean for a fraction of a 1-pixel resample.
    factor = min(4, min(rgb.size) // 16)
    if factor >= 2:
        rgb = rgb.reduce(factor)
    pixel = rgb.resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
    assert isinstance(pixel, tuple)
    r, g, b = (int(c) for c in pixel[:3])
    return f"#{r:02x}{g:02x}{b:02x}"
