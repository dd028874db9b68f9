"""Filters ``/video/encode`` applies around its size chain: a crop region, a rotation, and a
watermark image laid over the picture (position, size relative to the picture, offsets,
opacity, and the time it shows)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

#: The nine watermark positions.
POSITIONS = ("center", "top", "bottom", "left", "right", "top-left", "top-right", "bottom-left", "bottom-right")
_NUMBER = re.compile(r"^\s*(-?[0-9]+(?:\.[0-9]+)?)\s*(%?)\s*$")
_ROTATIONS = {90: "transpose=clock", 180: "hflip,vflip", 270: "transpose=cclock"}


def crop_filter(crop: Any) -> str | None:
    """``crop=w:h:x:y`` for a region ``{x1, y1, x2, y2}`` or ``"x1,y1,x2,y2"``, each in pixels or
    a percentage of the picture (``"10%"``); a missing corner is the picture's edge. The region is
    clipped to the picture and at least 2x2 (a crop past its edge would leave x264 no frame; see
    :func:`crop_box` for refusing one first). None for no region; ValueError for one that cannot be read."""
    corners = _corners(crop)
    if corners is None:
        return None
    x1, x2 = _coordinate(corners.get("x1"), "iw", "0"), _coordinate(corners.get("x2"), "iw", "iw")
    y1, y2 = _coordinate(corners.get("y1"), "ih", "0"), _coordinate(corners.get("y2"), "ih", "ih")
    left, top = f"max(0,min({x1},iw-2))", f"max(0,min({y1},ih-2))"
    # Even sizes: H.264 and VP9 in 4:2:0 need them.
    width = f"max(2,trunc((min({x2},iw)-{left})/2)*2)"
    height = f"max(2,trunc((min({y2},ih)-{top})/2)*2)"
    # Quoted: the commas of min() and max() would otherwise split the filter chain.
    return f"crop=w='{width}':h='{height}':x='{left}':y='{top}'"


def crop_box(crop: Any, width: int, height: int) -> tuple[float, float, float, float] | None:
    """The region ``(x1, y1, x2, y2)`` in pixels of a ``width`` x ``height`` picture, clipped to
    it (empty when it lies outside); None for no region. ValueError for one that cannot be read."""
    corners = _corners(crop)
    if corners is None:
        return None
    x1, x2 = _pixels(corners.get("x1"), width, 0), _pixels(corners.get("x2"), width, width)
    y1, y2 = _pixels(corners.get("y1"), height, 0), _pixels(corners.get("y2"), height, height)
    return max(0.0, x1), max(0.0, y1), min(float(width), x2), min(float(height), y2)


def _corners(crop: Any) -> Mapping[str, Any] | None:
    if crop is None or crop == "" or crop == {}:
        return None
    if isinstance(crop, str):
        parts = [p for p in crop.split(",")]
        if len(parts) != 4:
            raise ValueError(f"crop {crop!r} is not 'x1,y1,x2,y2'")
        crop = dict(zip(("x1", "y1", "x2", "y2"), parts, strict=True))
    if not isinstance(crop, Mapping):
        raise ValueError(f"crop {crop!r} is not a region")
    return crop


def _number(value: Any) -> tuple[float, bool]:
    """A coordinate's number and whether it is a percentage."""
    match = _NUMBER.match(str(value))
    if match is None or isinstance(value, bool):
        raise ValueError(f"crop coordinate {value!r} is not a number of pixels or a percentage")
    return float(match.group(1)), bool(match.group(2))


def _coordinate(value: Any, side: str, default: str) -> str:
    if value is None or value == "":
        return default
    number, percent = _number(value)
    return f"({side}*{number / 100:g})" if percent else f"{max(0.0, number):g}"


def _pixels(value: Any, side: int, default: float) -> float:
    if value is None or value == "":
        return default
    number, percent = _number(value)
    return side * number / 100 if percent else max(0.0, number)


def rotate_filter(rotate: Any) -> str | None:
    """The filter turning the picture ``rotate`` degrees clockwise (90, 180, 270); None for 0, 360
    or a boolean (``false`` only turns automatic rotation off, see :func:`input_options`)."""
    if isinstance(rotate, bool) or not isinstance(rotate, int):
        return None
    return _ROTATIONS.get(rotate % 360)


def input_options(rotate: Any) -> list[str]:
    """Options before the video's ``-i``: ``rotate: false`` keeps the picture as stored."""
    return ["-noautorotate"] if rotate is False else []


@dataclass(frozen=True)
class Watermark:
    """A watermark: where it goes and how big, how opaque, and when it shows."""

    position: str = "center"
    size: float | None = None  # a share of the picture, 0..1; None keeps the image's own size
    strategy: str = "fit"
    x_offset: int = 0
    y_offset: int = 0
    opacity: float = 1.0
    start: float = 0.0
    duration: float = -1.0


def _size_exprs(mark: Watermark) -> tuple[str, str]:
    """scale2ref expressions for the watermark's width and height. In scale2ref ``main_w``/``main_h``
    are the input being scaled (the watermark) and ``iw``/``ih`` the reference (the picture)."""
    p = mark.size or 1.0
    if mark.strategy == "stretch":
        return f"iw*{p:g}", f"ih*{p:g}"
    if mark.strategy == "area":
        w = f"sqrt(iw*ih*{p:g}*main_w/main_h)"
        return w, f"{w}*main_h/main_w"
    # fit: the watermark's longer side takes that share of the picture's same side.
    return (
        f"if(gte(main_w,main_h),iw*{p:g},ih*{p:g}*main_w/main_h)",
        f"if(gte(main_w,main_h),iw*{p:g}*main_h/main_w,ih*{p:g})",
    )


def _position_exprs(mark: Watermark) -> tuple[str, str]:
    x = {"left": f"{mark.x_offset}", "right": f"W-w-{mark.x_offset}"}
    y = {"top": f"{mark.y_offset}", "bottom": f"H-h-{mark.y_offset}"}
    parts = mark.position.split("-")
    horizontal = next((p for p in parts if p in x), None)
    vertical = next((p for p in parts if p in y), None)
    return (
        x[horizontal] if horizontal else f"(W-w)/2+{mark.x_offset}",
        y[vertical] if vertical else f"(H-h)/2+{mark.y_offset}",
    )


def watermark_graph(base: str, mark_input: int, mark: Watermark, out: str) -> str:
    """Filters laying input ``mark_input`` (the watermark image, looped) over the picture ``[base]``
    into ``[out]``, which ends with the picture."""
    prep = f"[{mark_input}:v]format=rgba,colorchannelmixer=aa={mark.opacity:g}[wm0]"
    if mark.size is not None:
        w, h = _size_exprs(mark)
        prep += f";[wm0][{base}]scale2ref=w='{w}':h='{h}'[wm][main]"
    else:
        prep += f";[wm0]null[wm];[{base}]null[main]"
    x, y = _position_exprs(mark)
    end = "" if mark.duration < 0 else f"*lte(t,{mark.start + mark.duration:g})"
    enable = f"gte(t,{mark.start:g}){end}"
    return f"{prep};[main][wm]overlay=x='{x}':y='{y}':shortest=1:enable='{enable}'[{out}]"
