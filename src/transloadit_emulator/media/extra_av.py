"""``output_meta`` extras of video and audio: ``interlaced`` and ``colorspace`` of the first
moving picture, ``mean_volume`` of the first sound (ffmpeg ``volumedetect``'s figure), with PyAV."""

from __future__ import annotations

import logging
import math
from pathlib import Path
from typing import Any

import av
import numpy as np
from numpy.typing import NDArray

from .av_probe import is_cover_art
from .extra_meta import put

_log = logging.getLogger(__name__)

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


def av_extras(path: Path, names: frozenset[str], *, video: bool) -> dict[str, Any]:
    """The extras among ``names`` of a video (``video``) or audio file; what fails is left out."""
    out: dict[str, Any] = {}
    if video and names & {"interlaced", "colorspace"}:
        with av.open(str(path), metadata_errors="ignore") as container:
            stream = next((s for s in container.streams.video if not is_cover_art(s)), None)
            if stream is not None:
                if "interlaced" in names:
                    put(out, "interlaced", lambda: _video_interlaced(container, stream))
                if "colorspace" in names:
                    put(out, "colorspace", lambda: _COLORSPACES.get(int(stream.codec_context.colorspace)))
    if "mean_volume" in names:
        put(out, "mean_volume", lambda: mean_volume(path))
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
