"""``/image/resize``'s ImageMagick params (alpha, colorspace, type, density, shave, transparent,
flatten, compress, ...) read into :class:`~transloadit_emulator.media.image.plan.ImagePlan` fields,
and the roles of its input files (``as: base``, ``as: clut``, ``as: watermark`` in ``use``).

Kept apart from the robot module so that each stays small; only ``/image/resize`` imports it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..base import InputFile
from .grouping import use_entries

_SHAVE = re.compile(r"^([0-9]+)(?:x([0-9]+))?$")
_DENSITY = re.compile(r"^([0-9]+(?:\.[0-9]+)?)(?:x([0-9]+(?:\.[0-9]+)?))?$")
_RGB_TRIPLET = re.compile(r"^([0-9]+),([0-9]+),([0-9]+)$")
#: ``use`` roles that are not images to resize.
AUXILIARY_ROLES = ("clut", "watermark")


def extra_fields(params: Mapping[str, Any], animated: bool = False) -> dict[str, Any]:
    """The plan fields of the ImageMagick params in ``params`` (absent ones keep the plan's
    defaults). ``flatten`` (default true) leaves animations alone, as the real robot does."""
    compress = params.get("compress")
    color_type = params.get("type")
    if compress in ("Group4", "Fax") and not color_type:
        color_type = "Bilevel"  # CCITT codecs store black and white only
    clip = params.get("clip", False)
    return {
        "correct_gamma": params.get("correct_gamma") is True,
        "shave": shave_box(params.get("shave")),
        "transparent": transparent_color(params.get("transparent")),
        "preclip_alpha": _text(params.get("preclip_alpha")),
        "alpha": _text(params.get("alpha")),
        "clip": clip if isinstance(clip, bool) else str(clip) if clip else False,
        "colorspace": _text(params.get("colorspace")),
        "color_type": _text(color_type),
        "flatten": params.get("flatten", True) is not False and not animated,
        "density": density(params.get("density")),
        "compress": _text(compress),
        "adaptive_filtering": params.get("adaptive_filtering") is True,
    }


def shave_box(value: Any) -> tuple[int, int] | None:
    """``shave`` (``"W"``, ``"WxH"`` or a number) as ``(x, y)`` pixels per side."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value, value
    match = _SHAVE.match(value.strip()) if isinstance(value, str) else None
    if match is None:
        return None
    x = int(match.group(1))
    y = int(match.group(2)) if match.group(2) is not None else x
    return (x, y) if x or y else None


def density(value: Any) -> tuple[float, float] | None:
    """``density`` (``"72"`` or ``"300x150"``) as pixels per inch."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value), float(value)
    match = _DENSITY.match(value.strip()) if isinstance(value, str) else None
    if match is None:
        return None
    x = float(match.group(1))
    y = float(match.group(2)) if match.group(2) is not None else x
    return (x, y) if x > 0 and y > 0 else None


def transparent_color(value: Any) -> str | None:
    """``transparent`` as a colour Pillow reads: ``"255,255,255"`` becomes ``rgb(255,255,255)``."""
    if not isinstance(value, str) or not value.strip():
        return None
    match = _RGB_TRIPLET.match(value.strip())
    if match:
        return "rgb({},{},{})".format(*(min(255, int(g)) for g in match.groups()))
    return value.strip()


def split_roles(params: Mapping[str, Any], files: Sequence[InputFile]) -> tuple[list[InputFile], dict[str, InputFile]]:
    """The images to resize and the first file of each auxiliary role (``clut``, ``watermark``),
    from the ``as`` of the Step's ``use`` entries. With an ``as: base`` entry only its files are
    resized; otherwise every file that has no auxiliary role is."""
    entries = use_entries(params.get("use"))
    roles: dict[str, InputFile] = {}
    taken: set[int] = set()
    base: list[InputFile] = []
    for entry in entries:
        role = (entry.as_ or "").lower()
        picked = entry.select(files)
        if role in AUXILIARY_ROLES and picked:
            roles.setdefault(role, picked[0])
            taken.update(id(f) for f in picked)
        elif role == "base":
            base.extend(picked)
    if base:
        return base, roles
    return [f for f in files if id(f) not in taken], roles


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
