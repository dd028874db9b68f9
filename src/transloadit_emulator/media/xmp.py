"""Reading an image's XMP packet safely: the simple, language-alternative and array properties.

XMP is RDF/XML, so parsing it means parsing untrusted XML. The parser here is expat driven
directly: a packet with any DTD is refused before a single entity is declared (no entity
expansion bombs, no external entities: a real XMP packet never carries a DTD), and packets above
``MAX_XMP_BYTES`` are not parsed at all. A malformed packet yields no properties, never an error.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from typing import Any
from xml.parsers import expat

_log = logging.getLogger(__name__)

# Photoshop can bloat XMP with its document history, so allow well beyond JPEG's 64 KiB segment.
MAX_XMP_BYTES = 2 * 1024 * 1024

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC = "http://purl.org/dc/elements/1.1/"
PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/"
IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_ARRAYS = {f"{{{RDF}}}Alt", f"{{{RDF}}}Bag", f"{{{RDF}}}Seq"}
_RDF_ATTRS = (f"{{{RDF}}}", "{http://www.w3.org/XML/1998/namespace}")

XmpProperties = dict[tuple[str, str], list[str]]


class _ForbiddenXml(ValueError):
    """The packet declares a DTD or entities, which XMP never needs."""


def xmp_packet(info: dict[str | tuple[int, int], Any]) -> bytes | None:
    """The raw XMP packet Pillow found (JPEG APP1, PNG iTXt, WebP chunk, TIFF tag 700), if any."""
    packet = info.get("xmp")
    if isinstance(packet, str):  # PNG's iTXt chunk arrives decoded
        packet = packet.encode("utf-8")
    return packet if isinstance(packet, bytes) and packet else None


def xmp_properties(packet: bytes) -> XmpProperties:
    """Every top-level property of the packet's ``rdf:Description`` elements, by (namespace, name).

    Simple properties give one value, ``rdf:Alt`` the ``x-default`` (else the first) item,
    ``rdf:Bag``/``rdf:Seq`` all their items. The first occurrence of a property wins. A packet
    that is too large, not well-formed or declares a DTD gives ``{}``.
    """
    if len(packet) > MAX_XMP_BYTES:
        _log.debug("XMP packet of %d bytes skipped", len(packet))
        return {}
    try:
        root = _parse(packet.strip(b"\x00 \t\r\n"))
    except (expat.ExpatError, _ForbiddenXml, ValueError) as exc:
        _log.debug("unreadable XMP packet: %s", exc)
        return {}
    found: XmpProperties = {}
    for description in root.iter(f"{{{RDF}}}Description"):
        for name, value in description.attrib.items():
            if not name.startswith(_RDF_ATTRS) and value.strip():
                found.setdefault(_split(name), [value.strip()])
        for prop in description:
            values = _values(prop)
            if values and not prop.tag.startswith(_RDF_ATTRS):
                found.setdefault(_split(prop.tag), values)
    return found


def _parse(data: bytes) -> ET.Element:
    """Well-formed XML without any DTD into an element tree (namespaces as ``{uri}name``)."""
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")

    def refuse(*_: object) -> None:
        raise _ForbiddenXml("XMP packets must not declare a DTD or entities")

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = lambda name, attrs: builder.start(
        _qname(name), {_qname(k): v for k, v in attrs.items()}
    )
    parser.EndElementHandler = lambda name: builder.end(_qname(name))
    parser.CharacterDataHandler = builder.data
    parser.Parse(data, True)
    return builder.close()


def _qname(name: str) -> str:
    """expat's ``uri}local`` as ElementTree's ``{uri}local``; unqualified names stay as they are."""
    return "{" + name if "}" in name else name


def _split(tag: str) -> tuple[str, str]:
    namespace, _, local = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
    return namespace, local


def _values(prop: ET.Element) -> list[str]:
    """The text values of one property element: its array's items, or its own text."""
    array = next((child for child in prop if child.tag in _ARRAYS), None)
    if array is None:
        text = (prop.text or "").strip()
        return [text] if text and len(prop) == 0 else []
    items = [(li.get(_XML_LANG, "").lower(), (li.text or "").strip()) for li in array if li.tag == f"{{{RDF}}}li"]
    if array.tag == f"{{{RDF}}}Alt":
        default = [text for lang, text in items if lang == "x-default" and text]
        return default[:1] or [text for _, text in items if text][:1]
    return [text for _, text in items if text]
