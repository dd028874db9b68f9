"""Writing tags into media files (``/meta/write``) and reading every tag back (``/meta/read``).

Tag names are exiftool's (``Title``, ``Keywords``, ``Artist``, ``Copyright``, ``ProcessingSoftware``,
...), matched without regard to case. Images get them where the emulator's own metadata extraction
(``image_tags.py``) reads them: XMP (``dc:title``, ``dc:subject``, ``dc:description``,
``dc:creator``, ``dc:rights``, ``photoshop:City``/``State``/``Country``/``Credit``) and EXIF for the
device and software fields; any other name goes into XMP under the emulator's own namespace, from
where :func:`read_tags` reads it back. A JPEG keeps its compressed pixels (only its APP1 segments
are replaced); PNG, TIFF, WebP and GIF are written again by Pillow (PNG and TIFF losslessly).
Audio and video get container tags with ffmpeg's stream copy (``title``, ``artist``, ``comment``,
any other name as it is; MP4 and MOV keep custom names through ``use_metadata_tags``).
"""

from __future__ import annotations

import struct
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from PIL import ExifTags, Image, PngImagePlugin

from .av_probe import container_tags
from .ffmpeg import run_ffmpeg
from .xmp import DC, PHOTOSHOP, xmp_packet, xmp_properties

#: The emulator's XMP namespace for tags that have no standard place.
CUSTOM = "http://ns.transloadit.com/emulator/meta/1.0/"
_XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
#: exiftool name (lower case) -> (XMP namespace, property, is a list).
_XMP_NAMES: dict[str, tuple[str, str, bool]] = {
    "title": (DC, "title", False),
    "objectname": (DC, "title", False),
    "xptitle": (DC, "title", False),
    "description": (DC, "description", False),
    "imagedescription": (DC, "description", False),
    "caption-abstract": (DC, "description", False),
    "keywords": (DC, "subject", True),
    "subject": (DC, "subject", True),
    "tags": (DC, "subject", True),
    "artist": (DC, "creator", True),
    "creator": (DC, "creator", True),
    "by-line": (DC, "creator", True),
    "copyright": (DC, "rights", False),
    "rights": (DC, "rights", False),
    "copyrightnotice": (DC, "rights", False),
    "credit": (PHOTOSHOP, "Credit", False),
    "city": (PHOTOSHOP, "City", False),
    "state": (PHOTOSHOP, "State", False),
    "country": (PHOTOSHOP, "Country", False),
}
#: exiftool name (lower case) -> EXIF tag, for the device and software fields.
_EXIF_NAMES = {
    "make": ExifTags.Base.Make,
    "model": ExifTags.Base.Model,
    "software": ExifTags.Base.Software,
    "processingsoftware": ExifTags.Base.ProcessingSoftware,
    "artist": ExifTags.Base.Artist,
    "copyright": ExifTags.Base.Copyright,
    "imagedescription": ExifTags.Base.ImageDescription,
}
_PREFIXES = {DC: "dc", PHOTOSHOP: "photoshop"}
#: exiftool name (lower case) -> ffmpeg's metadata key.
_AV_NAMES = {"keywords": "keywords", "tags": "keywords", "artist": "artist", "creator": "artist", "rights": "copyright"}


def text_of(value: Any) -> str:
    """A tag value as text (lists joined with ``, ``)."""
    if isinstance(value, list | tuple):
        return ", ".join(text_of(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def write_image_tags(src: Path, out: Path, tags: Mapping[str, Any]) -> None:
    """Write ``tags`` into a copy of the image ``src`` at ``out``."""
    with Image.open(src) as img:
        exif = img.getexif()
        packet = build_xmp(tags, xmp_properties(xmp_packet(img.info) or b"<x/>"))
        for name, value in tags.items():
            tag = _EXIF_NAMES.get(name.lower())
            text = text_of(value)
            if tag is not None and text.isascii():  # EXIF text is ASCII; XMP holds the rest
                exif[tag] = text
        if img.format == "JPEG":
            out.write_bytes(_jpeg_with(src.read_bytes(), exif.tobytes(), packet))
            return
        options: dict[str, Any] = {"exif": exif.tobytes(), "xmp": packet}
        if img.format == "WEBP":
            options.update(lossless=True, quality=100)
        elif img.format == "PNG":
            info = PngImagePlugin.PngInfo()
            info.add_itxt("XML:com.adobe.xmp", packet.decode("utf-8"))
            options["pnginfo"] = info
        elif img.format == "TIFF":
            exif[700] = packet  # XMP's TIFF tag
            options["exif"] = exif.tobytes()
        frames = int(getattr(img, "n_frames", 1))
        if frames > 1 and img.format in ("GIF", "WEBP", "PNG"):
            options["save_all"] = True
        img.save(out, img.format or "PNG", **options)


def build_xmp(tags: Mapping[str, Any], existing: Mapping[tuple[str, str], list[str]]) -> bytes:
    """An XMP packet with ``tags`` (and the simple properties of ``existing`` they do not replace)."""
    props: dict[tuple[str, str], tuple[list[str], bool]] = {
        key: (values, key[1] in ("subject", "creator"))
        for key, values in existing.items()
        if key[0] in (DC, PHOTOSHOP, CUSTOM)
    }
    for name, value in tags.items():
        ns, prop, is_list = _XMP_NAMES.get(name.lower(), (CUSTOM, _xml_name(name), False))
        values = [text_of(v) for v in value] if isinstance(value, list | tuple) else [text_of(value)]
        if is_list and len(values) == 1 and "," in values[0]:
            values = [v.strip() for v in values[0].split(",") if v.strip()]
        props[(ns, prop)] = (values, is_list)
    prefixes = {**_PREFIXES, CUSTOM: "tl"}
    body = []
    for (ns, prop), (values, is_list) in props.items():
        qname = f"{prefixes[ns]}:{prop}"
        if is_list:
            items = "".join(f"<rdf:li>{escape(v)}</rdf:li>" for v in values)
            body.append(f"<{qname}><rdf:Bag>{items}</rdf:Bag></{qname}>")
        elif ns == DC and prop in ("title", "description", "rights"):
            body.append(
                f'<{qname}><rdf:Alt><rdf:li xml:lang="x-default">{escape(values[0])}</rdf:li></rdf:Alt></{qname}>'
            )
        else:
            body.append(f"<{qname}>{escape(values[0] if values else '')}</{qname}>")
    namespaces = " ".join(f'xmlns:{p}="{ns}"' for ns, p in prefixes.items())
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description rdf:about="" {namespaces}>{"".join(body)}</rdf:Description>'
        '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


def write_av_tags(src: Path, out: Path, tags: Mapping[str, Any], extra: Sequence[str] = ()) -> None:
    """Write ``tags`` into a copy of the audio or video file ``src`` at ``out`` (stream copy;
    ``extra`` ffmpeg options go before the output)."""
    args = ["-i", str(src), "-map", "0", "-c", "copy", "-map_metadata", "0", *extra]
    for name, value in tags.items():
        key = _AV_NAMES.get(name.lower(), name.lower())
        args += ["-metadata", f"{key}={text_of(value)}"]
    if out.suffix.lower() in (".mp4", ".m4a", ".mov", ".m4v", ".3gp"):
        args += ["-movflags", "use_metadata_tags"]
    run_ffmpeg([*args, str(out)], user_args=extra)  # extra: the Step's own ffmpeg options


def read_tags(path: Path, kind: str | None) -> dict[str, str]:
    """Every tag of a file by name: an image's XMP properties (the emulator's own by their
    name, others as ``prefix:name`` of their namespace's last path part) and EXIF text tags;
    an audio or video file's container tags."""
    if kind in ("audio", "video"):
        return container_tags(path)
    found: dict[str, str] = {}
    try:
        with Image.open(path) as img:
            for tag, value in img.getexif().items():
                if isinstance(value, str) and value.strip():
                    found[ExifTags.TAGS.get(tag, str(tag))] = value.strip()
            for (ns, prop), values in xmp_properties(xmp_packet(img.info) or b"<x/>").items():
                name = prop if ns == CUSTOM else f"{_PREFIXES.get(ns, ns)}:{prop}"
                found[name] = ", ".join(values)
    except Exception:  # not an image Pillow reads: no tags
        return {}
    return found


def _xml_name(name: str) -> str:
    """``name`` as an XML element name (letters, digits, ``_``, ``-``, ``.``; not starting with a digit)."""
    cleaned = "".join(c if c.isalnum() or c in "_-." else "_" for c in name) or "_"
    return cleaned if cleaned[0].isalpha() or cleaned[0] == "_" else "_" + cleaned


def _jpeg_with(data: bytes, exif: bytes, xmp: bytes) -> bytes:
    """A JPEG's bytes with its EXIF (``exif``: Pillow's bytes, ``Exif\\0\\0`` included) and XMP APP1
    segments replaced; the scan data is untouched."""
    if data[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    segments, pos = [], 2
    while pos + 4 <= len(data) and data[pos] == 0xFF and data[pos + 1] not in (0xDA, 0xD9):
        length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        segment = data[pos : pos + 2 + length]
        body = segment[4:]
        if not (segment[1] == 0xE1 and (body.startswith(b"Exif\x00") or body.startswith(_XMP_HEADER))):
            segments.append(segment)
        pos += 2 + length
    app1 = [b"\xff\xe1" + struct.pack(">H", len(b) + 2) + b for b in (exif, _XMP_HEADER + xmp)]
    # After APP0 (JFIF) when there is one: JFIF readers expect it first.
    head = 1 if segments and segments[0][1] == 0xE0 else 0
    return b"\xff\xd8" + b"".join(segments[:head] + app1 + segments[head:]) + data[pos:]
