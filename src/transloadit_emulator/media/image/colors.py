"""Colour values of image params: CSS names, ``#rgb``/``#rrggbb``/``#rrggbbaa`` with or without
the ``#``, and the words ``transparent``, ``none`` and ``opaque``."""

from __future__ import annotations

import re
from typing import Any

from PIL import ImageColor

RGBA = tuple[int, int, int, int]

_BARE_HEX = re.compile(r"[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8}")


def parse_color(value: str) -> RGBA:
    """``value`` as RGBA; ``transparent``/``none`` are fully transparent white. Raises
    ``ValueError`` on a name or form Pillow does not know."""
    text = value.strip().lower()
    if text in ("transparent", "none"):
        return (255, 255, 255, 0)
    if text == "opaque":
        return (0, 0, 0, 255)
    if _BARE_HEX.fullmatch(text):
        text = "#" + text
    rgba = ImageColor.getcolor(text, "RGBA")
    assert isinstance(rgba, tuple)
    return (rgba[0], rgba[1], rgba[2], rgba[3])


def is_color(value: Any) -> bool:
    """Whether ``value`` is a string :func:`parse_color` reads."""
    if not isinstance(value, str):
        return False
    try:
        parse_color(value)
    except ValueError:
        return False
    return True
