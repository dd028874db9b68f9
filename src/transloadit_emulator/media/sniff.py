"""File types the first bytes alone do not settle: markup (SVG, HTML), the Office formats inside zip
and OLE2 containers, and the extension that goes with a MIME type.

The real API knows a file by its content, not its name: an upload called ``file1`` holding
``<?xml ...><svg ...>`` is ``image/svg+xml`` with ``ext: "svg"``. Every reader here is bounded
(a few KiB of text, the zip's central directory, at most 64 sectors of an OLE2 directory) and
returns None rather than raising on a damaged file.
"""

from __future__ import annotations

import mimetypes
import os
import re
import struct
import zipfile
from pathlib import Path
from typing import BinaryIO

_TEXT_HEAD = 4096
# Processing instructions, comments and the DOCTYPE come before the root element of SVG and HTML.
_PROLOG = re.compile(rb"<\?[^>]{0,4096}\?>|<!--.{0,4096}?-->|<!doctype[^>]{0,4096}>", re.DOTALL | re.IGNORECASE)
_FIRST_TAG = re.compile(rb"<([a-z][a-z0-9:._-]{0,64})", re.IGNORECASE)
# The zip members that name an Office Open XML document's kind.
_OOXML = (
    ("word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("ppt/", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
)
# OLE2 directory stream names (UTF-16 in the file) of the old binary Office formats.
_OLE_STREAMS = {
    "worddocument": "application/msword",
    "workbook": "application/vnd.ms-excel",
    "book": "application/vnd.ms-excel",
    "powerpoint document": "application/vnd.ms-powerpoint",
}
_MAX_ZIP_ENTRIES = 20_000
_EOCD_SEARCH = 22 + 65_535  # the end record and the longest comment it may have
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_END = 0xFFFFFFFA  # sector numbers from here on mark chain ends and free sectors
_MAX_DIR_SECTORS = 64
# The extension Transloadit reports for a detected MIME type, where Python's table differs or lacks it.
_EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/svg+xml": "svg",
    "image/tiff": "tif",
    "image/heic": "heic",
    "image/heif": "heif",
    "image/avif": "avif",
    "image/webp": "webp",
    "image/x-icon": "ico",
    "image/vnd.microsoft.icon": "ico",
    "text/html": "html",
    "text/plain": "txt",
    "audio/mpeg": "mp3",
    "audio/mp4": "m4a",
    "audio/aac": "aac",
    "audio/flac": "flac",
    "audio/wav": "wav",
    "audio/ogg": "ogg",
    "audio/webm": "webm",
    "audio/x-aiff": "aif",
    "audio/midi": "mid",
    "audio/amr": "amr",
    "video/mp4": "mp4",
    "video/quicktime": "mov",
    "video/webm": "webm",
    "video/x-matroska": "mkv",
    "video/ogg": "ogv",
    "video/x-msvideo": "avi",
    "video/mpeg": "mpg",
    "video/mp2t": "ts",
    "video/3gpp": "3gp",
    "video/3gpp2": "3g2",
    "video/x-flv": "flv",
    "video/x-ms-asf": "asf",
    "application/gzip": "gz",
    "application/x-bzip2": "bz2",
    "application/x-xz": "xz",
    "application/x-7z-compressed": "7z",
    "application/vnd.rar": "rar",
    "application/x-tar": "tar",
    "application/java-archive": "jar",
    "application/epub+zip": "epub",
    "application/msword": "doc",
    "application/vnd.ms-excel": "xls",
    "application/vnd.ms-powerpoint": "ppt",
    "application/pdf": "pdf",
    "application/rtf": "rtf",
    "application/zip": "zip",
}
# Families whose extension Python's table knows well (docx, xlsx, odt, ...); elsewhere its guesses
# mislead (``.bin`` for octet-stream, ``.xsl`` for XML), so a file of an unknown type gets none.
_GUESSED_FAMILIES = ("image/", "audio/", "video/", "application/vnd.openxmlformats", "application/vnd.oasis")


def extension_for_mime(mime: str) -> str:
    """The file extension (no dot) of a MIME type, ``""`` when none is known."""
    known = _EXTENSIONS.get(mime)
    if known is not None:
        return known
    guessed = mimetypes.guess_extension(mime, strict=False) if mime.startswith(_GUESSED_FAMILIES) else None
    return guessed[1:] if guessed else ""


def sniff_markup(path: Path) -> str | None:
    """``image/svg+xml`` or ``text/html`` when the file's root element says so, else None."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(_TEXT_HEAD)
    except OSError:
        return None
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not text.startswith(b"<"):
        return None
    if text[:14].lower() == b"<!doctype html":
        return "text/html"
    match = _FIRST_TAG.search(_PROLOG.sub(b"", text))
    if match is None:
        return None
    tag = match.group(1).lower()
    if tag == b"svg" or tag.endswith(b":svg"):
        return "image/svg+xml"
    if tag in (b"html", b"head", b"body"):
        return "text/html"
    return None


def zip_kind(path: Path) -> str | None:
    """The document type a zip holds (OOXML, OpenDocument, EPUB, Java archive), or None.

    Zips whose directory lists more than :data:`_MAX_ZIP_ENTRIES` entries (or that need ZIP64 to
    count them) are not opened: documents have a few hundred, and reading a huge directory for
    every upload would let one file cost the server much memory."""
    if not _few_zip_entries(path):
        return None
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                info = archive.getinfo("mimetype")
                if info.file_size <= 128:
                    declared = archive.read(info).decode("ascii", "replace").strip()
                    if declared.startswith(("application/vnd.oasis.opendocument.", "application/epub+zip")):
                        return declared
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        return None
    if "[Content_Types].xml" in names:
        for prefix, mime in _OOXML:
            if any(name.startswith(prefix) for name in names):
                return mime
    if "META-INF/MANIFEST.MF" in names:
        return "application/java-archive"
    return None


def _few_zip_entries(path: Path) -> bool:
    """Whether the zip's end-of-directory record counts at most :data:`_MAX_ZIP_ENTRIES` entries."""
    try:
        with open(path, "rb") as fh:
            size = fh.seek(0, os.SEEK_END)
            fh.seek(max(0, size - _EOCD_SEARCH))
            tail = fh.read()
    except OSError:
        return False
    at = tail.rfind(b"PK\x05\x06")
    if at == -1 or len(tail) < at + 22:
        return False
    entries: int = struct.unpack_from("<H", tail, at + 10)[0]
    return entries <= _MAX_ZIP_ENTRIES


def ole_kind(path: Path) -> str | None:
    """The old Office format of an OLE2 compound file, from its directory's stream names, or None."""
    try:
        with open(path, "rb") as fh:
            return _ole_kind(fh.read(512), fh)
    except (OSError, struct.error, ValueError):
        return None


def _ole_kind(header: bytes, fh: BinaryIO) -> str | None:
    if header[:8] != _OLE_MAGIC:
        return None
    sector_size = 1 << struct.unpack_from("<H", header, 0x1E)[0]
    if sector_size not in (512, 4096):
        return None
    fat_sectors = [s for s in struct.unpack_from("<109I", header, 0x4C) if s < _OLE_END]
    first_dir = struct.unpack_from("<I", header, 0x30)[0]

    def sector(number: int) -> bytes:
        fh.seek((number + 1) * sector_size)
        data = fh.read(sector_size)
        if len(data) != sector_size:
            raise ValueError("truncated sector")
        return data

    per_fat = sector_size // 4
    current = first_dir
    for _ in range(_MAX_DIR_SECTORS):
        if current >= _OLE_END:
            break
        block = sector(current)
        for offset in range(0, sector_size, 128):
            length = struct.unpack_from("<H", block, offset + 64)[0]
            name = block[offset : offset + max(0, min(length, 64) - 2)].decode("utf-16-le", "replace")
            kind = _OLE_STREAMS.get(name.lower())
            if kind is not None:
                return kind
        fat_index, slot = divmod(current, per_fat)
        if fat_index >= len(fat_sectors):
            break
        current = struct.unpack_from("<I", sector(fat_sectors[fat_index]), slot * 4)[0]
    return None
