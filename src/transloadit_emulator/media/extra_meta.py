"""Metadata a Step's ``output_meta`` asks for beyond the usual: computed only on request.

``output_meta`` is ``true`` (the usual metadata), ``false`` (none: the caller keeps only what the
robot reports), a list of names or an object of name -> bool (the usual plus those extras).
:func:`parse_output_meta` reads it; :func:`extra_meta` computes the extras for one file.

Images: ``dominant_colors``, ``blurhash``, ``thumbhash`` (all three from one copy of the image
that fits in 100 x 100 pixels, decoded once) and ``interlaced`` (from the header). Video:
``interlaced`` (the stream's field order) and ``colorspace``. Audio and video with sound:
``mean_volume``. ``average_color``, ``colorspace`` and ``has_transparency`` of images are in the
usual metadata already. Never raises: an extra that cannot be computed is left out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_log = logging.getLogger(__name__)

#: Every name ``output_meta`` takes (openapi.yaml's ``OutputMetaName``).
NAMES = frozenset(
    {
        "average_color",
        "blurhash",
        "colorspace",
        "dominant_colors",
        "has_transparency",
        "interlaced",
        "mean_volume",
        "thumbhash",
    }
)


@dataclass(frozen=True)
class OutputMeta:
    """What ``output_meta`` asks of a Step's result files."""

    #: False for ``output_meta: false``: no metadata is extracted.
    extract: bool = True
    #: Names of the extras to compute (with ``extract``).
    extras: frozenset[str] = frozenset()


USUAL = OutputMeta()


def parse_output_meta(value: Any) -> OutputMeta:
    """``output_meta`` as given in a Step (validated against its schema at creation).

    Absent or ``true``: the usual metadata. ``false``: none. A list, or an object of name -> bool:
    the usual plus the names given (with ``true``). Anything else reads as the usual.
    """
    if value is False:
        return OutputMeta(extract=False)
    if isinstance(value, list):
        names = frozenset(v for v in value if isinstance(v, str)) & NAMES
    elif isinstance(value, Mapping):
        names = frozenset(k for k, v in value.items() if v is True) & NAMES
    else:
        return USUAL
    return OutputMeta(extras=names) if names else USUAL


def extra_meta(path: Path, file_type: str | None, names: Collection[str]) -> dict[str, Any]:
    """The extras among ``names`` that apply to a file of ``file_type`` ("image", "video",
    "audio", ...), as ``meta`` keys. Those that do not apply or cannot be computed are left out."""
    wanted = frozenset(names) & NAMES
    if not wanted:
        return {}
    # Imported here: numpy and PyAV are only needed once a Step asks (and not at start-up).
    try:
        if file_type == "image":
            from .extra_image import image_extras

            return image_extras(path, wanted)
        if file_type in ("video", "audio"):
            from .extra_av import av_extras

            return av_extras(path, wanted, video=file_type == "video")
    except Exception:  # a file that opens but breaks later: the extras it has not given are left out
        _log.debug("extra metadata of %s failed", path, exc_info=True)
    return {}


def put(out: dict[str, Any], key: str, compute: Callable[[], Any]) -> None:
    """Set ``out[key]`` to what ``compute`` gives, unless it gives None or fails."""
    try:
        value = compute()
    except Exception:
        _log.debug("cannot compute %s", key, exc_info=True)
        return
    if value is not None:
        out[key] = value
