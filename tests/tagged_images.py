"""Writers for test images that carry real EXIF, IPTC-IIM and XMP blocks.

IPTC goes in a Photoshop APP13 segment (8BIM resource 0x0404 holding IIM datasets) spliced
into the JPEG right after SOI; XMP through Pillow's ``save(xmp=...)``.
"""

from __future__ import annotations

import io
from typing import Any

from PIL import Image

UTF8 = (1, 90, b"\x1b%G")  # IIM 1:90 Coded Character Set: ESC % G announces UTF-8


def iptc(*datasets: tuple[int, int, bytes]) -> bytes:
    """IIM datasets: 0x1C, record, dataset, 16-bit big-endian length, value."""
    return b"".join(b"\x1c" + bytes([r, d]) + len(v).to_bytes(2, "big") + v for r, d, v in datasets)


def app13(resources: dict[int, bytes]) -> bytes:
    """A JPEG APP13 segment: "Photoshop 3.0", then one 8BIM image resource per entry."""
    body = b"Photoshop 3.0\x00"
    for resource_id, data in resources.items():
        body += b"8BIM" + resource_id.to_bytes(2, "big") + b"\x00\x00"  # empty name, padded to even
        body += len(data).to_bytes(4, "big") + data + b"\x00" * (len(data) % 2)
    return b"\xff\xed" + (len(body) + 2).to_bytes(2, "big") + body


def jpeg(
    *,
    exif: Image.Exif | None = None,
    xmp: bytes | None = None,
    iptc_block: bytes | None = None,
    segment: bytes | None = None,
) -> bytes:
    """An 8x8 JPEG with the given EXIF and XMP, and IPTC (or any raw segment) right after SOI."""
    buf = io.BytesIO()
    options: dict[str, Any] = {}
    if exif is not None:
        options["exif"] = exif
    if xmp is not None:
        options["xmp"] = xmp
    Image.new("RGB", (8, 8), (10, 120, 200)).save(buf, "JPEG", **options)
    data = buf.getvalue()
    if iptc_block is not None:
        segment = app13({0x0404: iptc_block})
    return data[:2] + segment + data[2:] if segment else data


def xmp_packet(description_attrs: str = "", body: str = "") -> bytes:
    """An XMP packet with one rdf:Description holding ``description_attrs`` and ``body``."""
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
    xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
    {description_attrs}>
   {body}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()
