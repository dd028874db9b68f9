"""ffmpeg presets for video encodes: Transloadit's preset families, the size filter chain a
result gets, HLS segmenting, and which files one encode produced.

Families: ``empty`` (H.264/AAC MP4, the default), ``iphone*``, ``ipad*``, ``android*``,
``web/mp4/<size>``, ``webm`` and ``web/webm/<size>`` (VP9/Opus), ``hls/<size>`` (an HLS playlist
plus its MPEG-TS segments) and ``gif``. Shared by ``/video/encode`` and ``/video/concat``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .ffmpeg import ffmpeg_colour, scale_filter

_H264 = ["-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p"]
_AAC = ["-c:a", "aac", "-b:a", "128k"]
_VP9 = ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-row-mt", "1", "-pix_fmt", "yuv420p"]
_OPUS = ["-c:a", "libopus", "-b:a", "96k"]
_SIZES = {"1080p": (1920, 1080), "720p": (1280, 720), "540p": (960, 540), "480p": (854, 480),
          "360p": (640, 360), "270p": (480, 270), "240p": (426, 240)}  # fmt: skip
_BITRATES = {"1080p": "5000k", "720p": "2500k", "540p": "1600k", "480p": "1000k",
             "360p": "700k", "270p": "400k", "240p": "350k"}  # fmt: skip


@dataclass(frozen=True)
class Preset:
    """What a preset encodes to: container extension, ffmpeg options and a bounding box."""

    ext: str
    args: tuple[str, ...]
    box: tuple[int, int] | None = None
    hls: bool = False
    gif: bool = False


def _mp4(profile: str, box: tuple[int, int] | None, maxrate: str | None) -> Preset:
    rate = ["-maxrate", maxrate, "-bufsize", maxrate] if maxrate else []
    return Preset("mp4", (*_H264, "-crf", "23", "-profile:v", profile, *rate, *_AAC, "-movflags", "+faststart"), box)


PRESETS: dict[str, Preset] = {
    "empty": _mp4("high", None, None),
    "iphone": _mp4("main", (1280, 720), "2000k"),
    "iphone-high": _mp4("high", (1920, 1080), "5000k"),
    "iphone-low": _mp4("baseline", (480, 320), "500k"),
    "ipad": _mp4("main", (1024, 768), "2000k"),
    "ipad-high": _mp4("high", (1920, 1080), "5000k"),
    "ipad-low": _mp4("baseline", (640, 480), "700k"),
    "android": _mp4("baseline", (1280, 720), "2000k"),
    "android-high": _mp4("main", (1920, 1080), "5000k"),
    "android-low": _mp4("baseline", (480, 320), "500k"),
    "webm": Preset("webm", (*_VP9, "-b:v", "0", "-crf", "33", *_OPUS)),
    "gif": Preset("gif", ("-an",), None, gif=True),
}
for _name, _box in _SIZES.items():
    PRESETS[f"web/mp4/{_name}"] = _mp4("high", _box, _BITRATES[_name])
    PRESETS[f"web/webm/{_name}"] = Preset("webm", (*_VP9, "-b:v", _BITRATES[_name], *_OPUS), _box)
    PRESETS[f"hls/{_name}"] = Preset(
        "m3u8", (*_H264, "-b:v", _BITRATES[_name], "-maxrate", _BITRATES[_name], *_AAC), _box, hls=True
    )
# Transloadit also spells these with dashes and underscores.
for _alias in [n for n in PRESETS if "-" in n]:
    PRESETS[_alias.replace("-", "_")] = PRESETS[_alias]
for _size in _SIZES:
    PRESETS[f"hls-{_size}"] = PRESETS[f"hls/{_size}"]
_EXT_BY_FORMAT = {"mp4": "mp4", "webm": "webm", "matroska": "mkv", "mov": "mov", "gif": "gif", "ogg": "ogv"}
_SAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]+")
_EXT = re.compile(r"^[A-Za-z0-9]{1,5}$")
GIF_PALETTE = "split[a][b];[a]palettegen[p];[b][p]paletteuse"


def preset_named(name: Any) -> Preset | None:
    """The preset called ``name`` (``empty`` when None or empty); None for an unknown name."""
    return PRESETS.get(name or "empty")


def segmented(params: Mapping[str, Any], preset: Preset) -> bool:
    """Whether the result is an HLS playlist with segments: an ``hls`` preset, or ``segment: true``."""
    return preset.hls or params.get("segment") is True


def output_ext(params: Mapping[str, Any], preset: Preset) -> str:
    """The result's extension: the preset's, unless the ``ffmpeg`` overrides pick a format (``f``);
    else ``m3u8`` (the playlist) when the result is segmented."""
    chosen = _EXT_BY_FORMAT.get(str((params.get("ffmpeg") or {}).get("f")))
    if chosen:
        return chosen
    return "m3u8" if segmented(params, preset) else preset.ext


def output_filters(params: Mapping[str, Any], preset: Preset, *, palette: bool = True) -> str | None:
    """The video filter chain for the result's size (``width``/``height`` or the preset's box) and,
    for GIFs, frame rate and (with ``palette``) the palette; None when frames pass as they are."""
    width, height = params.get("width"), params.get("height")
    strategy = str(params.get("resize_strategy") or "pad")
    background = str(params.get("background") or "#000000")
    chain: list[str] = []
    if width is None and height is None and preset.box is not None:
        # Fit inside the preset's box, never enlarging, keeping the aspect ratio.
        bw, bh = preset.box
        chain.append(f"scale='min({bw},iw)':'min({bh},ih)':force_original_aspect_ratio=decrease:force_divisible_by=2")
    elif params.get("zoom") is False and (width or height):
        chain.append(_no_zoom(width, height, strategy, background))
    else:
        fitted = scale_filter(width, height, strategy, background)
        if fitted:
            chain.append(fitted)
    if preset.gif:
        size = [] if chain else ["scale='min(480,iw)':-2"]
        chain = ["fps=10", *chain, *size, *([GIF_PALETTE] if palette else [])]
    return ",".join(chain) or None


def _no_zoom(width: int | None, height: int | None, strategy: str, background: str) -> str:
    """``zoom: false``: fit into ``width`` x ``height`` without enlarging a smaller picture (padded
    to the full size over ``background`` with the ``pad`` strategy)."""
    w = f"'min({width},iw)'" if width else "-2"
    h = f"'min({height},ih)'" if height else "-2"
    if not (width and height):
        return f"scale={w}:{h}"
    fitted = f"scale={w}:{h}:force_original_aspect_ratio=decrease:force_divisible_by=2,setsar=1"
    if strategy != "pad":
        return fitted
    colour = ffmpeg_colour(background)
    return f"{fitted},pad={width + width % 2}:{height + height % 2}:(ow-iw)/2:(oh-ih)/2:color={colour}"


def container_args(params: Mapping[str, Any], preset: Preset, out: Path) -> list[str]:
    """Muxer options: for segmented results the HLS segmenter writing next to ``out``, named
    ``<stem>-NNNNN.ts`` unless ``segment_prefix`` (``<prefix><N>.ts``) or ``segment_name`` (with
    ``${segment_prefix}``, ``${segment_number}`` and ``${segment_id}``) say otherwise; a keyframe is
    forced at every ``segment_duration`` boundary, ``segment_time_delta`` seconds early."""
    if not segmented(params, preset):
        return []
    segment = int(params.get("segment_duration") or 10)
    delta = float(params.get("segment_time_delta") or 0)
    fmp4 = "libx264" not in preset.args  # MPEG-TS holds H.264; other codecs go in fMP4 segments
    boundary = f"expr:gte(t,n_forced*{segment}-{delta:g})" if delta else f"expr:gte(t,n_forced*{segment})"
    return ["-force_key_frames", boundary,
            "-f", "hls", "-hls_time", str(segment), "-hls_playlist_type", "vod", "-hls_list_size", "0",
            *(["-hls_segment_type", "fmp4", "-hls_fmp4_init_filename", f"{out.stem}-init.mp4"] if fmp4 else []),
            "-hls_segment_filename", str(out.parent / segment_pattern(params, out, "m4s" if fmp4 else "ts")),
    ]  # fmt: skip


def segment_pattern(params: Mapping[str, Any], out: Path, ext: str) -> str:
    """The segment file name pattern for ffmpeg (``%d``/``%05d`` for the number)."""
    prefix = str(params.get("segment_prefix") or "")
    name = str(params.get("segment_name") or "")
    if name:
        name = name.replace("${segment_prefix}", prefix or out.stem).replace("${segment_id}", uuid.uuid4().hex)
        if "${segment_number}" not in name:  # every segment needs a name of its own
            stem, dot, suffix = name.rpartition(".")
            name = f"{stem}${{segment_number}}.{suffix}" if dot and _EXT.match(suffix) else name + "${segment_number}"
        pattern = "%d".join(_SAFE_NAME.sub("_", part) for part in name.split("${segment_number}"))
        return pattern if _EXT.match(pattern.rpartition(".")[2]) and "." in pattern else f"{pattern}.{ext}"
    if prefix:
        return f"{_SAFE_NAME.sub('_', prefix)}%d.{ext}"
    return f"{_SAFE_NAME.sub('_', out.stem)}-%05d.{ext}"


def encoded_files(
    out: Path, preset: Preset, params: Mapping[str, Any] | None = None
) -> list[tuple[Path, dict[str, Any]]]:
    """The files one encode produced, each with its ``meta``: ``out``, and for a segmented result
    its init segment and segments in playlist order (``segment_index``)."""
    files: list[tuple[Path, dict[str, Any]]] = [(out, {})]
    if segmented(params or {}, preset) and out.suffix == ".m3u8":
        lines = out.read_text(errors="replace").splitlines()
        names = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
        init = out.parent / f"{out.stem}-init.mp4"
        if init.exists():
            files.append((init, {}))
        files += [(out.parent / n, {"segment_index": i}) for i, n in enumerate(names) if (out.parent / n).is_file()]
    return files
