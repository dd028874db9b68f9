"""The size of a generated image or clip from ``width``, ``height`` and ``aspect_ratio``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...errors import RobotError

#: The largest side the emulator generates.
MAX_SIDE = 4096


def generated_size(params: Mapping[str, Any], default_width: int, prefix: str) -> tuple[int, int]:
    """``(width, height)``: both given; one given and the other from ``aspect_ratio`` (``W:H``,
    default square); neither, ``default_width`` wide. Even sides (video codecs need them)."""
    ratio = str(params.get("aspect_ratio") or "1:1")
    try:
        rw, rh = (float(part) for part in ratio.split(":"))
        if rw <= 0 or rh <= 0:
            raise ValueError(ratio)
    except ValueError:
        raise RobotError(f"{prefix}_VALIDATION", f"aspect_ratio {ratio!r} is not W:H.") from None
    width, height = params.get("width"), params.get("height")
    if width is None and height is None:
        width = default_width
    if width is None:
        width = float(height) * rw / rh  # type: ignore[arg-type]
    if height is None:
        height = float(width) * rh / rw
    size = (_even(float(width)), _even(float(height)))
    if max(size) > MAX_SIDE:
        raise RobotError(f"{prefix}_VALIDATION", f"{size[0]}x{size[1]} is larger than {MAX_SIDE} pixels a side.")
    return size


def _even(side: float) -> int:
    """The nearest even number of pixels (halves up: 101 -> 102), at least 2."""
    return max(2, int(side / 2 + 0.5) * 2)
