"""Reading an image's IPTC-IIM datasets (the "IPTC" block of JPEG and TIFF files).

JPEGs carry IPTC as Photoshop image resource 0x0404 in an APP13 segment (Pillow splits the
resources into ``info["photoshop"]``), TIFFs in tag 33723. The datasets are read here rather than
with ``IptcImagePlugin.getiptcinfo``, which drops the whole block at the first bad header: this
reader keeps every dataset before the damage. Text is UTF-8 when dataset 1:90 says so
(ESC % G), otherwise UTF-8 if it decodes as such, else Windows-1252 (Latin-1 plus the printable
characters legacy tools put in 0x80-0x9f).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from PIL import Image

_PHOTOSHOP_IPTC = 0x0404
_PHOTOSHOP_IPTC_DIGEST = 0x0425
_TIFF_IPTC = 33723
_CODED_CHARACTER_SET = (1, 90)
_UTF8_ESCAPES = (b"\x1b%G", b"\x1b%/I")  # ISO 2022 escapes announcing UTF-8

Dataset = tuple[int, int]


@dataclass(frozen=True)
class IptcBlock:
    """The datasets of one IPTC block, and whether Photoshop's digest says it outdates the XMP."""

    datasets: dict[Dataset, list[bytes]] = field(default_factory=dict)
    # Photoshop stores the MD5 of the IPTC it last synchronised with XMP (resource 0x0425). A
    # digest that no longer matches means a tool edited the IPTC without updating the XMP.
    edited_after_xmp: bool = False

    def text(self, dataset: Dataset) -> list[str]:
        """Every non-empty value of ``dataset`` (e.g. ``(2, 25)``, the keywords) as text."""
        utf8 = any(escape in value for value in self.datasets.get(_CODED_CHARACTER_SET, []) for escape in _UTF8_ESCAPES)
        values = (_decode(value, utf8) for value in self.datasets.get(dataset, []))
        return [value for value in values if value]


def read_iptc(img: Image.Image) -> IptcBlock | None:
    """The IPTC block of a JPEG (APP13) or TIFF (tag 33723), or None when there is none."""
    photoshop = img.info.get("photoshop")
    if isinstance(photoshop, dict) and isinstance(photoshop.get(_PHOTOSHOP_IPTC), bytes):
        data: bytes = photoshop[_PHOTOSHOP_IPTC]
        digest = photoshop.get(_PHOTOSHOP_IPTC_DIGEST)
        edited = isinstance(digest, bytes) and len(digest) == 16 and digest != hashlib.md5(data).digest()
        return IptcBlock(iptc_datasets(data), edited_after_xmp=edited)
    tiff_data = _tiff_iptc(img)
    return IptcBlock(iptc_datasets(tiff_data)) if tiff_data else None


def iptc_datasets(data: bytes) -> dict[Dataset, list[bytes]]:
    """The IIM datasets in ``data`` by (record, dataset number), repeated ones in order.

    Each dataset is a 0x1C tag marker, record and dataset numbers, a 16-bit big-endian length
    (high bit set: the low 15 bits count the bytes of a longer length that follows) and the
    value. Reading stops at the first byte that is not a marker or at a value that runs past the
    end, keeping what was read before.
    """
    found: dict[Dataset, list[bytes]] = {}
    pos = 0
    while pos + 5 <= len(data) and data[pos] == 0x1C:
        key = (data[pos + 1], data[pos + 2])
        length = int.from_bytes(data[pos + 3 : pos + 5], "big")
        pos += 5
        if length & 0x8000:
            size = length & 0x7FFF
            if not 0 < size <= 4 or pos + size > len(data):
                break
            length = int.from_bytes(data[pos : pos + size], "big")
            pos += size
        if pos + length > len(data):
            break  # a bogus or truncated length: the value is not all there
        found.setdefault(key, []).append(data[pos : pos + length])
        pos += length
    return found


def _decode(value: bytes, utf8: bool) -> str:
    if utf8:
        text = value.decode("utf-8", "replace")
    else:
        try:
            text = value.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = value.decode("cp1252")
            except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
                text = value.decode("latin-1")
    return text.strip("\x00 \t\r\n")


def _tiff_iptc(img: Image.Image) -> bytes | None:
    """TIFF tag 33723, which Photoshop writes as LONGs and others as UNDEFINED bytes."""
    tags = getattr(img, "tag_v2", None)
    if tags is None:
        return None
    value = tags.get(_TIFF_IPTC)
    if isinstance(value, bytes):
        return value
    if isinstance(value, tuple) and value and all(isinstance(v, int) and 0 <= v < 2**32 for v in value):
        order = "little" if tags.prefix == b"II" else "big"
        return b"".join(v.to_bytes(4, order) for v in value)
    return None
