"""A file's type from its content, never its name: every file here is named ``file1``."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import mimetypes
import struct
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from transloadit_emulator.media.ffmpeg import ffmpeg_exe
from transloadit_emulator.media.metadata import describe_file, identify_file
from transloadit_emulator.media.sniff import extension_for_mime

SVG_NODE_SDK = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
)
SVG_INKSCAPE = (
    b'\xef\xbb\xbf<?xml version="1.0" standalone="no"?>\n<!-- Created with Inkscape -->\n'
    b'<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
    b'<svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:rect width="1" height="1"/></svg:svg>'
)
SVG_BARE = b'  \n<svg viewBox="0 0 1 1"><circle r="1"/></svg>'


def ole2(stream: str) -> bytes:
    """A minimal OLE2 compound file (512-byte sectors: header, one FAT sector, one directory sector)
    whose directory holds the root entry and ``stream``, as Word, Excel and PowerPoint files do."""
    free, end, fat_sector = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", header, 0x2C, 1, 1, 0, 4096, end, 0, end, 0)
    struct.pack_into("<109I", header, 0x4C, 0, *([free] * 108))
    fat = struct.pack("<128I", fat_sector, end, *([free] * 126))

    def entry(name: str, kind: int) -> bytes:
        raw = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le")
        raw[: len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded), kind, 1)
        return bytes(raw)

    directory = entry("Root Entry", 5) + entry("\x01CompObj", 2) + entry(stream, 2) + bytes(128)
    return bytes(header) + fat + directory


def zipped(*members: tuple[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buf.getvalue()


def media(tmp_path: Path, ext: str, *args: str) -> bytes:
    out = tmp_path / f"clip.{ext}"
    subprocess.run([ffmpeg_exe(), "-y", "-loglevel", "error", *args, str(out)], check=True, timeout=120)
    return out.read_bytes()


def image(fmt: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 200, 30)).save(buf, fmt)
    return buf.getvalue()


def tar_bytes() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as archive:
        info = tarfile.TarInfo("a.txt")
        info.size = 2
        archive.addfile(info, io.BytesIO(b"hi"))
    return buf.getvalue()


DOCUMENTS = {
    "svg (node-sdk)": (SVG_NODE_SDK, "image/svg+xml", "image", "svg"),
    "svg (inkscape)": (SVG_INKSCAPE, "image/svg+xml", "image", "svg"),
    "svg (bare)": (SVG_BARE, "image/svg+xml", "image", "svg"),
    "html": (b"<!DOCTYPE html>\n<html><body>hi</body></html>", "text/html", None, "html"),
    "html (no doctype)": (b"<!-- page -->\n<HTML><head></head></HTML>", "text/html", None, "html"),
    "pdf": (image("PDF"), "application/pdf", "document", "pdf"),
    "docx": (
        zipped(("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w/>")),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "document",
        "docx",
    ),
    "xlsx": (
        zipped(("[Content_Types].xml", b"<Types/>"), ("xl/workbook.xml", b"<x/>")),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "document",
        "xlsx",
    ),
    "pptx": (
        zipped(("[Content_Types].xml", b"<Types/>"), ("ppt/presentation.xml", b"<p/>")),
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "document",
        "pptx",
    ),
    "odt": (
        zipped(("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", b"<o/>")),
        "application/vnd.oasis.opendocument.text",
        "document",
        "odt",
    ),
    "epub": (zipped(("mimetype", b"application/epub+zip")), "application/epub+zip", "document", "epub"),
    "doc": (ole2("WordDocument"), "application/msword", "document", "doc"),
    "xls": (ole2("Workbook"), "application/vnd.ms-excel", "document", "xls"),
    "ppt": (ole2("PowerPoint Document"), "application/vnd.ms-powerpoint", "document", "ppt"),
    "zip": (zipped(("a.txt", b"hi")), "application/zip", "archive", "zip"),
    "tar": (tar_bytes(), "application/x-tar", "archive", "tar"),
    "gz": (gzip.compress(b"hi"), "application/gzip", "archive", "gz"),
    "bz2": (bz2.compress(b"hi"), "application/x-bzip2", "archive", "bz2"),
    "xz": (lzma.compress(b"hi"), "application/x-xz", "archive", "xz"),
    "7z": (b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(24), "application/x-7z-compressed", "archive", "7z"),
    "jpeg": (image("JPEG"), "image/jpeg", "image", "jpg"),
    "png": (image("PNG"), "image/png", "image", "png"),
    "gif": (image("GIF"), "image/gif", "image", "gif"),
    "webp": (image("WEBP"), "image/webp", "image", "webp"),
}


@pytest.mark.parametrize("kind", list(DOCUMENTS))
def test_type_from_content_not_name(kind: str, tmp_path: Path) -> None:
    data, mime, type_, ext = DOCUMENTS[kind]
    path = tmp_path / "file1"
    path.write_bytes(data)
    for facts in (describe_file(path, "file1"), identify_file(path, "file1")):
        assert (facts.mime, facts.type) == (mime, type_), kind
    assert extension_for_mime(mime) == ext


SINE = ("-f", "lavfi", "-i", "sine=frequency=440:duration=0.5:sample_rate=22050")
TESTSRC = ("-f", "lavfi", "-i", "testsrc2=size=64x48:rate=10:duration=0.5")
AV = {
    "mp3": (("mp3", *SINE), "audio/mpeg", "audio", "mp3"),
    "wav": (("wav", *SINE), "audio/wav", "audio", "wav"),
    "flac": (("flac", *SINE), "audio/flac", "audio", "flac"),
    "ogg": (("ogg", *SINE, "-c:a", "libvorbis"), "audio/ogg", "audio", "ogg"),
    "aiff": (("aiff", *SINE), "audio/x-aiff", "audio", "aif"),
    "mp4": (("mp4", *TESTSRC, "-c:v", "libx264", "-pix_fmt", "yuv420p"), "video/mp4", "video", "mp4"),
    "mov": (("mov", *TESTSRC, "-c:v", "libx264", "-pix_fmt", "yuv420p"), "video/quicktime", "video", "mov"),
    "webm": (("webm", *TESTSRC, "-c:v", "libvpx-vp9"), "video/webm", "video", "webm"),
    "mkv": (("mkv", *TESTSRC, "-c:v", "libx264"), "video/x-matroska", "video", "mkv"),
    "avi": (("avi", *TESTSRC, "-c:v", "mpeg4"), "video/x-msvideo", "video", "avi"),
    "ts": (("ts", *TESTSRC, "-c:v", "mpeg2video"), "video/mp2t", "video", "ts"),
    "flv": (("flv", *TESTSRC, "-c:v", "flv1"), "video/x-flv", "video", "flv"),
}


@pytest.mark.parametrize("kind", list(AV))
def test_audio_and_video_containers_from_content(kind: str, tmp_path: Path) -> None:
    (ext_in, *args), mime, type_, ext = AV[kind]
    path = tmp_path / "file1"
    path.write_bytes(media(tmp_path, ext_in, *args))
    facts = describe_file(path, "file1")
    assert (facts.mime, facts.type) == (mime, type_), kind
    assert facts.meta.get("duration"), kind  # really probed as media
    assert extension_for_mime(mime) == ext


def test_markup_that_is_neither_svg_nor_html_stays_unknown(tmp_path: Path) -> None:
    path = tmp_path / "file1"
    path.write_bytes(b'<?xml version="1.0"?><gpx version="1.1"/>')
    assert describe_file(path, "file1").mime == "application/octet-stream"
    assert describe_file(path, "track.xml").mime == mimetypes.guess_type("track.xml")[0]  # the name still helps
    path.write_bytes(b"plain <svg> in the middle")
    assert describe_file(path, "notes.txt").mime == "text/plain"


def test_a_zip_with_a_huge_directory_is_not_opened(tmp_path: Path) -> None:
    path = tmp_path / "file1"
    path.write_bytes(zipped(("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w/>")))
    assert describe_file(path, "file1").mime.endswith("wordprocessingml.document")
    data = bytearray(path.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 0xFFFF, 0xFFFF)  # a directory claiming 65,535 entries
    path.write_bytes(bytes(data))
    assert describe_file(path, "file1").mime == "application/zip"  # still a zip, its members unread


def test_unknown_types_get_no_extension() -> None:
    assert extension_for_mime("application/octet-stream") == ""  # not Python's ".bin"
    assert extension_for_mime("application/xml") == ""  # not ".xsl"
    assert extension_for_mime("application/vnd.oasis.opendocument.spreadsheet") == "ods"
