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

import base64
import logging
import math
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import av
import numpy as np
from numpy.typing import NDArray
from PIL import ExifTags, Image

from .av_probe import is_cover_art
from .pixels import open_image
from .placeholders import THUMBHASH_MAX_SIDE, blurhash, thumbhash

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
#: How many colours ``dominant_colors`` lists at most.
DOMINANT_COLORS = 5
#: BlurHash components (x, y): the algorithm's usual 4 x 3, 28 characters.
BLURHASH_COMPONENTS = (4, 3)
# Colours of the median cut closer than this (RGB distance) are one colour: JPEG noise and
# resampled edges otherwise fill the list with near-copies of the main colour.
_SAME_COLOR = 24.0
# The median cut makes a few more boxes than are listed, so merging near-copies leaves enough.
_QUANTIZE_COLORS = 8
# Pixels more transparent than this are not seen, so they colour nothing.
_VISIBLE_ALPHA = 128
# ffmpeg's volumedetect reports digital silence as -91 dB (its histogram's floor).
_SILENCE_DB = -91.0
# AVColorSpace values as FFmpeg names them (av_color_space_name); 2 is "unspecified".
_COLORSPACES = {
    0: "gbr",
    1: "bt709",
    4: "fcc",
    5: "bt470bg",
    6: "smpte170m",
    7: "smpte240m",
    8: "ycgco",
    9: "bt2020nc",
    10: "bt2020c",
    11: "smpte2085",
    12: "chroma-derived-nc",
    13: "chroma-derived-c",
    14: "ictcp",
}
# AVFieldOrder: 1 progressive; 2-5 the interlaced orders (tt, bb, tb, bt); 0 unknown.
_PROGRESSIVE, _INTERLACED_ORDERS = 1, frozenset({2, 3, 4, 5})
# EXIF orientation -> the transpose that shows the image upright.
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_PIXEL_EXTRAS = frozenset({"dominant_colors", "blurhash", "thumbhash"})
_RESAMPLED_AS_IS = frozenset({"RGB", "RGBA", "L", "LA", "CMYK"})


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
    try:
        if file_type == "image":
            return _image_extras(path, wanted)
        if file_type in ("video", "audio"):
            return _av_extras(path, wanted, video=file_type == "video")
    except Exception:  # a file that opens but breaks later: the extras it has not given are left out
        _log.debug("extra metadata of %s failed", path, exc_info=True)
    return {}


# -- images -------------------------------------------------------------------------------


def _image_extras(path: Path, names: frozenset[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    try:
        img = open_image(path)
    except Exception:  # not an image Pillow reads after all
        return out
    with img:
        if "interlaced" in names:
            _put(out, "interlaced", lambda: _image_interlaced(img, path))
        wanted = names & _PIXEL_EXTRAS
        if not wanted:
            return out
        try:
            small = work_copy(img)
        except Exception:  # undecodable pixels: no pixel extras
            _log.debug("undecodable pixels in %s", path, exc_info=True)
            return out
        if "dominant_colors" in wanted:
            _put(out, "dominant_colors", lambda: dominant_colors(small))
        if "blurhash" in wanted:
            _put(out, "blurhash", lambda: blurhash(np.asarray(small.convert("RGB")), *BLURHASH_COMPONENTS))
        if "thumbhash" in wanted:
            _put(out, "thumbhash", lambda: base64.b64encode(thumbhash(np.asarray(small))).decode("ascii"))
    return out


def _put(out: dict[str, Any], key: str, compute: Callable[[], Any]) -> None:
    """Set ``out[key]`` to what ``compute`` gives, unless it gives None or fails."""
    try:
        value = compute()
    except Exception:
        _log.debug("cannot compute %s", key, exc_info=True)
        return
    if value is not None:
        out[key] = value


def _image_interlaced(img: Image.Image, path: Path) -> bool:
    """Progressive JPEG, Adam7 PNG, interlaced GIF (first frame); other formats have no such thing."""
    if img.format in ("JPEG", "MPO"):
        return bool(img.info.get("progressive") or img.info.get("progression"))
    if img.format == "PNG":
        return bool(img.info.get("interlace"))
    if img.format == "GIF":
        return gif_interlaced(path) is True
    return False


def gif_interlaced(path: Path) -> bool | None:
    """The interlace flag of a GIF's first image descriptor; None when the file is no GIF."""
    with open(path, "rb") as fh:
        head = fh.read(13)
        if len(head) < 13 or not head.startswith(b"GIF"):
            return None
        if head[10] & 0x80:  # a global colour table of 2^(n+1) RGB entries follows
            fh.seek(3 * (2 << (head[10] & 7)), 1)
        while True:
            kind = fh.read(1)
            if kind == b",":  # image descriptor: position and size (8 bytes), then the flags
                desc = fh.read(9)
                return bool(desc[8] & 0x40) if len(desc) == 9 else None
            if kind != b"!":  # the trailer or garbage before any image
                return None
            fh.read(1)  # extension label, then data sub-blocks up to an empty one
            while True:
                size = fh.read(1)
                if not size:
                    return None
                if size == b"\x00":
                    break
                fh.seek(size[0], 1)


def work_copy(img: Image.Image) -> Image.Image:
    """The image upright, as RGBA, shrunk to fit in 100 x 100 (ThumbHash's limit) by area
    averaging; a JPEG is decoded at the smallest DCT scale that still covers that. Modes Pillow
    resamples as they are are shrunk before the conversion, so a large image is never copied whole."""
    box = (THUMBHASH_MAX_SIDE, THUMBHASH_MAX_SIDE)
    try:
        orientation = int(img.getexif().get(ExifTags.Base.Orientation) or 1)
    except Exception:
        orientation = 1
    if img.format in ("JPEG", "MPO"):
        img.draft("RGB", box)
    if img.mode in _RESAMPLED_AS_IS:
        img.thumbnail(box, Image.Resampling.BOX)
        small = _rgba(img)
    else:  # palette, 1-bit, 16-bit grey, ...: colours first (resampling a palette picks, not averages)
        small = _rgba(img)
        small.thumbnail(box, Image.Resampling.BOX)
    turn = _UPRIGHT.get(orientation)
    return small.transpose(turn) if turn is not None else small


def _rgba(img: Image.Image) -> Image.Image:
    try:
        return img.convert("RGBA")
    except ValueError:  # modes without a direct RGBA conversion (16-bit grey, ...)
        return img.convert("RGB").convert("RGBA")


def dominant_colors(rgba: Image.Image, count: int = DOMINANT_COLORS) -> list[str] | None:
    """Up to ``count`` colours of the visible pixels as ``#rrggbb``, most common first: a median
    cut (Pillow) whose near-identical colours are merged. None when no pixel is visible."""
    pixels = np.asarray(rgba.convert("RGBA")).reshape(-1, 4)
    visible = pixels[pixels[:, 3] >= _VISIBLE_ALPHA][:, :3]
    if not len(visible):
        return None
    strip = Image.fromarray(np.ascontiguousarray(visible.reshape(1, -1, 3)), "RGB")
    quantized = strip.quantize(colors=_QUANTIZE_COLORS, method=Image.Quantize.MEDIANCUT)
    palette = quantized.getpalette() or []
    used = quantized.getcolors(_QUANTIZE_COLORS * 2) or []
    # (pixels, index) -> most common first; ties by palette index, so the order is stable.
    boxes = sorted(used, key=lambda c: (-c[0], c[1]))
    merged: list[tuple[int, NDArray[np.float64]]] = []  # (pixels, colour sum) per kept colour
    for pixel_count, entry in boxes:
        index = int(cast(int, entry))  # a palette image's colours are palette indexes
        colour = np.array(palette[3 * index : 3 * index + 3], dtype=np.float64)
        for i, (n, total) in enumerate(merged):
            if float(np.linalg.norm(total / n - colour)) < _SAME_COLOR:
                merged[i] = (n + pixel_count, total + colour * pixel_count)
                break
        else:
            merged.append((pixel_count, colour * pixel_count))
    merged.sort(key=lambda m: -m[0])
    out = []
    for n, total in merged[:count]:
        r, g, b = (int(round(c)) for c in total / n)
        out.append(f"#{r:02x}{g:02x}{b:02x}")
    return out


# -- video and audio ----------------------------------------------------------------------


def _av_extras(path: Path, names: frozenset[str], *, video: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if video and names & {"interlaced", "colorspace"}:
        with av.open(str(path), metadata_errors="ignore") as container:
            stream = next((s for s in container.streams.video if not is_cover_art(s)), None)
            if stream is not None:
                if "interlaced" in names:
                    _put(out, "interlaced", lambda: _video_interlaced(container, stream))
                if "colorspace" in names:
                    _put(out, "colorspace", lambda: _COLORSPACES.get(int(stream.codec_context.colorspace)))
    if "mean_volume" in names:
        _put(out, "mean_volume", lambda: mean_volume(path))
    return out


def _video_interlaced(container: Any, stream: Any) -> bool | None:
    """The stream's field order; when the container leaves it unknown, the first frame's flag."""
    order = int(stream.codec_context.field_order)
    if order == _PROGRESSIVE:
        return False
    if order in _INTERLACED_ORDERS:
        return True
    for frame in container.decode(stream):
        return bool(frame.interlaced_frame)
    return None


def mean_volume(path: Path) -> float | None:
    """The mean volume of a file's first audio stream in dB, as ffmpeg's ``volumedetect`` reports
    it: every sample of every channel as 16-bit, the rounded mean of their squares against full
    scale, to one decimal (-91.0 for digital silence). None without sound.

    Like ffmpeg, only the stream's own span counts: the padding a codec decodes past the stream's
    duration (an AAC frame's tail) is cut off.
    """
    total, count = 0, 0
    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            stream = next(iter(container.streams.audio), None)
            if stream is None:
                return None
            span = _stream_span(stream)
            for frame in container.decode(stream):
                samples = _trimmed(_as_s16(frame), frame, span)
                total += int((samples * samples).sum())
                count += int(samples.size)
    except av.FFmpegError:  # a damaged tail: what decoded before it still counts
        _log.debug("audio of %s ends in an error", path, exc_info=True)
    if not count:
        return None
    power = (total + count // 2) // count
    if not power:
        return _SILENCE_DB
    return round(10 * math.log10(power / 2**30), 1)


def _stream_span(stream: Any) -> tuple[float, float] | None:
    """(start, end) of a stream in seconds, when the container says."""
    if stream.duration is None or stream.time_base is None:
        return None
    start = float((stream.start_time or 0) * stream.time_base)
    return start, start + float(stream.duration * stream.time_base)


def _as_s16(frame: Any) -> NDArray[np.int64]:
    """A frame's samples as 16-bit values, (channels, samples), converted as swresample does
    (floats scaled by 2^15 and rounded to even, wider integers shifted down)."""
    raw: NDArray[Any] = frame.to_ndarray()
    channels = max(1, len(frame.layout.channels))
    if not frame.format.is_planar:
        raw = raw.reshape(-1, channels).T
    kind = frame.format.name.rstrip("p")
    if kind in ("flt", "dbl"):
        return np.clip(np.rint(raw.astype(np.float64) * 32768), -32768, 32767).astype(np.int64)
    values = raw.astype(np.int64)
    if kind == "u8":
        return (values - 128) << 8
    if kind == "s32":
        return values >> 16
    if kind == "s64":
        return values >> 48
    return values


def _trimmed(samples: NDArray[np.int64], frame: Any, span: tuple[float, float] | None) -> NDArray[np.int64]:
    if span is None or frame.pts is None or frame.time_base is None or not frame.sample_rate:
        return samples
    at = float(frame.pts * frame.time_base)
    first = max(0, round((span[0] - at) * frame.sample_rate))
    last = min(samples.shape[1], round((span[1] - at) * frame.sample_rate))
    return samples[:, first:last] if last > first else samples[:, :0]
