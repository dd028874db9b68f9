"""On-demand HLS: playlists written from a video's duration alone, and each segment encoded only
when it is asked for (``/video/ondemand``).

Segments are cut at fixed times (every ``segment`` seconds, the last one shorter), each encoded on
its own from an accurate seek, starting on a keyframe and stamped with its place in the stream
(``-output_ts_offset``), so a player joins them as one stream whatever order they were made in.
Playlist URIs are written by the caller's ``uri`` function (a query-only relative reference such
as ``?asset=480p.m3u8`` resolves against the playlist's own URL).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .ffmpeg import run_ffmpeg


@dataclass(frozen=True)
class Variant:
    """One rung of the ladder: its name, output size, bits per second and ffmpeg encoder options."""

    name: str
    width: int
    height: int
    bandwidth: int
    codec_args: tuple[str, ...]
    video_filter: str | None


def segment_count(duration: float, segment: float) -> int:
    """How many segments a ``duration``-second video has (at least one)."""
    return max(1, math.ceil(round(duration / segment, 6)))


def segment_span(duration: float, segment: float, index: int) -> tuple[float, float]:
    """``(start, length)`` in seconds of segment ``index`` (0-based); ``IndexError`` past the end."""
    if not 0 <= index < segment_count(duration, segment):
        raise IndexError(index)
    start = index * segment
    return start, min(segment, duration - start) if duration > start else segment


def media_playlist(duration: float, segment: float, uri: Callable[[int], str]) -> str:
    """The VOD media playlist of one variant: every segment with its length, then ``ENDLIST``."""
    count = segment_count(duration, segment)
    lines = ["#EXTM3U", "#EXT-X-VERSION:3", f"#EXT-X-TARGETDURATION:{math.ceil(segment)}",
             "#EXT-X-MEDIA-SEQUENCE:0", "#EXT-X-PLAYLIST-TYPE:VOD"]  # fmt: skip
    for index in range(count):
        _start, length = segment_span(duration, segment, index)
        lines += [f"#EXTINF:{length:.3f},", uri(index)]
    lines.append("#EXT-X-ENDLIST")
    return "\n".join(lines) + "\n"


def multivariant_playlist(variants: Sequence[Variant], uri: Callable[[Variant], str]) -> str:
    """The multivariant (master) playlist: one ``EXT-X-STREAM-INF`` per variant, lowest bandwidth first."""
    lines = ["#EXTM3U", "#EXT-X-VERSION:3"]
    for v in sorted(variants, key=lambda v: v.bandwidth):
        lines += [f"#EXT-X-STREAM-INF:BANDWIDTH={v.bandwidth},RESOLUTION={v.width}x{v.height}", uri(v)]
    return "\n".join(lines) + "\n"


def encode_segment(source: Path, out: Path, variant: Variant, start: float, length: float, audio: bool) -> None:
    """Encode ``length`` seconds of ``source`` from ``start`` as one MPEG-TS segment of ``variant``."""
    streams = ["-map", "0:v:0", *(["-map", "0:a:0"] if audio else [])]
    video = ["-vf", variant.video_filter] if variant.video_filter else []
    timing = ["-force_key_frames", "expr:eq(n,0)", "-output_ts_offset", f"{start:.6f}", "-muxdelay", "0"]
    run_ffmpeg(["-ss", f"{start:.6f}", "-i", str(source), "-t", f"{length:.6f}", *streams, *video,
                *variant.codec_args, *timing, "-f", "mpegts", str(out)])  # fmt: skip
