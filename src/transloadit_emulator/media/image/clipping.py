"""Photoshop clipping paths (``clip``): read from a JPEG's APP13 or a TIFF's tag 34377 resources.

Image resources 2000-2997 hold paths (their names are the resources' Pascal strings) and 2999
names the one Photoshop clips with. A path is 26-byte records: subpath headers (selector 0 or 3)
followed by Bezier knots (1, 2, 4, 5) holding control point, anchor and control point as 8.24
fixed-point fractions of the image's height and width. The path is drawn with each Bezier segment
flattened into 16 lines, filled with the non-zero rule.
"""

from __future__ import annotations

import struct
from typing import Any

from PIL import Image, ImageDraw

_PATHS = range(2000, 2998)
_CLIPPING_NAME = 2999
_STEPS = 16
Point = tuple[float, float]


def clipping_mask(img: Image.Image, which: bool | str) -> Image.Image | None:
    """The mask (L, 255 inside) of ``img``'s clipping path: the one Photoshop marked, else the
    first (``which`` True), or the path called ``which``; None when there is no such path."""
    resources = _resources(img)
    paths = {rid: data for rid, (_, data) in resources.items() if rid in _PATHS}
    if not paths:
        return None
    names = {resources[rid][0] or f"Path {rid - 1999}": rid for rid in paths}
    if isinstance(which, str):
        chosen = names.get(which)
    else:
        marked = _pascal(resources.get(_CLIPPING_NAME, ("", b""))[1])
        chosen = names.get(marked) if marked else None
        chosen = chosen if chosen is not None else min(paths)
    if chosen is None:
        return None
    return draw_path(paths[chosen], img.size)


def draw_path(data: bytes, size: tuple[int, int]) -> Image.Image:
    """A path resource's subpaths filled into a mask of ``size``."""
    width, height = size
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    for knots in _subpaths(data):
        points: list[Point] = []
        for i, (_, anchor, leave) in enumerate(knots):
            enter_next, anchor_next, _ = knots[(i + 1) % len(knots)]
            points.extend(_bezier(anchor, leave, enter_next, anchor_next))
        if len(points) >= 3:
            draw.polygon([(x * width, y * height) for x, y in points], fill=255)
    return mask


def _subpaths(data: bytes) -> list[list[tuple[Point, Point, Point]]]:
    """Each subpath's knots as (control in, anchor, control out), points as (x, y) fractions."""
    subpaths: list[list[tuple[Point, Point, Point]]] = []
    for offset in range(0, len(data) - 25, 26):
        record = data[offset : offset + 26]
        selector = struct.unpack(">H", record[:2])[0]
        if selector in (0, 3):
            subpaths.append([])
        elif selector in (1, 2, 4, 5) and subpaths:
            numbers = struct.unpack(">6i", record[2:26])
            pts = [(numbers[j + 1] / 2**24, numbers[j] / 2**24) for j in (0, 2, 4)]
            subpaths[-1].append((pts[0], pts[1], pts[2]))
    return [knots for knots in subpaths if knots]


def _bezier(p0: Point, c0: Point, c1: Point, p1: Point) -> list[Point]:
    """A cubic Bezier segment as ``_STEPS`` points (its end point excluded)."""
    out = []
    for i in range(_STEPS):
        t = i / _STEPS
        u = 1 - t
        out.append(
            (
                u**3 * p0[0] + 3 * u * u * t * c0[0] + 3 * u * t * t * c1[0] + t**3 * p1[0],
                u**3 * p0[1] + 3 * u * u * t * c0[1] + 3 * u * t * t * c1[1] + t**3 * p1[1],
            )
        )
    return out


def _resources(img: Image.Image) -> dict[int, tuple[str, bytes]]:
    """Photoshop image resources by id, with their names: a JPEG's APP13 segments (Pillow keeps
    them in ``applist``) or a TIFF's tag 34377."""
    blob = b""
    for marker, segment in getattr(img, "applist", []):
        if marker == "APP13" and segment.startswith(b"Photoshop 3.0\x00"):
            blob += segment[14:]
    tags: Any = getattr(img, "tag_v2", None)
    if not blob and tags is not None and isinstance(tags.get(34377), bytes | bytearray):
        blob = bytes(tags.get(34377))
    return parse_resources(blob)


def parse_resources(blob: bytes) -> dict[int, tuple[str, bytes]]:
    """``8BIM`` resource blocks: signature, id, Pascal name padded to even, size, data padded to even."""
    out: dict[int, tuple[str, bytes]] = {}
    pos = 0
    while pos + 12 <= len(blob) and blob[pos : pos + 4] == b"8BIM":
        rid = struct.unpack(">H", blob[pos + 4 : pos + 6])[0]
        name_len = blob[pos + 6]
        name = blob[pos + 7 : pos + 7 + name_len].decode("latin-1")
        pos += 6 + ((name_len + 2) & ~1)
        if pos + 4 > len(blob):
            break
        size = struct.unpack(">I", blob[pos : pos + 4])[0]
        pos += 4
        out[rid] = (name, blob[pos : pos + size])
        pos += size + (size & 1)
    return out


def _pascal(data: bytes) -> str:
    return data[1 : 1 + data[0]].decode("latin-1") if data else ""
