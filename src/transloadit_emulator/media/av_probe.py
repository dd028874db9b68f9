"""Video and audio metadata with PyAV (FFmpeg's libraries in-process: far cheaper than ffprobe).

Gives the ``meta`` keys of Transloadit's video and audio metadata: dimensions, duration,
framerate, bitrates, codecs, sample rate, channels, rotation, seekable, and the container's
tags (title, artist, album, year, genre, date_recorded, location); and the cover art a file
embeds. Never raises: a file PyAV cannot open yields None.

PyAV is imported inside the functions: metadata extraction is imported at start-up, and loading
PyAV's libraries then would delay the server's first answer.
"""

from __future__ import annotations

import logging
import math
import re
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from av.audio.stream import AudioStream
    from av.video.stream import VideoStream

_log = logging.getLogger(__name__)
_ISO6709 = re.compile(r"^([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)")
#: FFmpeg decoder names that differ from the codec's name.
_DECODER_TO_CODEC = {"mp3float": "mp3", "mp2float": "mp2", "mp1float": "mp1", "aac_fixed": "aac"}
_TAGS = ("title", "artist", "album", "genre", "comment", "composer", "copyright", "description")


def probe_media(path: Path, *, audio_only: bool = False) -> dict[str, Any] | None:
    """``meta`` for a video or audio file; None when it holds neither or cannot be read.

    With ``audio_only`` (a file whose content says it is audio) picture streams are ignored:
    they are cover art or a misreading of the bytes.
    """
    import av

    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            pictures = [] if audio_only else container.streams.video
            video = next((s for s in pictures if not is_cover_art(s)), None)
            audio = next(iter(container.streams.audio), None)
            if video is None and audio is None:
                return None
            meta: dict[str, Any] = {}
            duration = _duration(container, video or audio)
            meta["duration"] = round(duration, 3) if duration is not None else None
            meta["overall_bitrate"] = int(container.bit_rate) if container.bit_rate else None
            meta["seekable"] = _seekable(container)
            if video is not None:
                meta.update(_video_meta(video))
            if audio is not None:
                meta.update(_audio_meta(audio))
            meta.update(_tags({**_lower(container.metadata), **_stream_tags(video, audio)}))
            return meta
    except (av.FFmpegError, OSError, ValueError, UnicodeDecodeError) as exc:
        _log.debug("PyAV cannot read %s: %s", path, exc)
        return None


def container_tags(path: Path) -> dict[str, str]:
    """Every tag of the container and its first audio and video streams, names lower-cased
    (the container's win); ``{}`` when PyAV cannot open the file."""
    import av

    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            video = next(iter(container.streams.video), None)
            audio = next(iter(container.streams.audio), None)
            return {**_stream_tags(video, audio), **_lower(dict(container.metadata))}
    except (av.FFmpegError, OSError, ValueError, UnicodeDecodeError) as exc:
        _log.debug("PyAV cannot read %s: %s", path, exc)
        return {}


def attached_picture(path: Path, *, max_bytes: int = 50 * 1024 * 1024) -> bytes | None:
    """The bytes of the first picture embedded in an audio or video file (an MP3's APIC frame,
    an MP4's ``covr`` atom, a FLAC picture block, a Matroska image attachment): usually a JPEG or
    PNG file. None when there is none, it is larger than ``max_bytes`` or the file cannot be read."""
    import av

    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            stream = next((s for s in container.streams.video if is_cover_art(s)), None)
            if stream is None:
                return None
            # The picture is the stream's one packet, stored up front: no decoding needed.
            for packet in container.demux(stream):
                if packet.size:
                    return bytes(packet) if packet.size <= max_bytes else None
            return None
    except (av.FFmpegError, OSError, ValueError, UnicodeDecodeError) as exc:
        _log.debug("PyAV cannot read a picture from %s: %s", path, exc)
        return None


def has_video(meta: dict[str, Any]) -> bool:
    """Whether probed ``meta`` describes a moving picture (not just audio)."""
    return meta.get("video_codec") is not None


def is_cover_art(stream: VideoStream) -> bool:
    """Whether a picture stream is embedded cover art (an MP3's or M4A's one-frame "video"), not a video."""
    import av

    return bool(stream.disposition & av.stream.Disposition.attached_pic)


def has_video_stream(path: Path) -> bool | None:
    """Whether a file holds a moving picture (a video stream that is not cover art), from its
    headers alone; None when PyAV cannot open it."""
    import av

    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            return any(not is_cover_art(s) for s in container.streams.video)
    except (av.FFmpegError, OSError, ValueError, UnicodeDecodeError) as exc:
        _log.debug("PyAV cannot read %s: %s", path, exc)
        return None


def _duration(container: Any, stream: Any) -> float | None:
    import av

    if container.duration is not None:
        return float(container.duration / av.time_base)
    if stream is not None and stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    return None


def _seekable(container: Any) -> bool:
    # A file PyAV opened from disk is seekable unless it is a raw stream without an index.
    return container.format.name not in ("mpegts", "mp3", "adts", "aac") or container.duration is not None


def _video_meta(stream: VideoStream) -> dict[str, Any]:
    ctx = stream.codec_context
    rate = stream.average_rate or stream.guessed_rate
    width, height = int(ctx.width or 0) or None, int(ctx.height or 0) or None
    rotation = _rotation(stream)
    if rotation in (90, 270) and width and height:
        width, height = height, width  # Transloadit reports the displayed orientation
    return {
        "width": width,
        "height": height,
        "aspect_ratio": f"{width / height:.3f}" if width and height else None,
        "framerate": round(float(rate), 3) if isinstance(rate, Fraction) and rate else None,
        "video_bitrate": int(stream.bit_rate) if stream.bit_rate else None,
        "video_codec": ctx.name,
        "rotation": rotation,
        "frame_count": int(stream.frames) if stream.frames else None,
    }


def _rotation(stream: VideoStream) -> int:
    """Degrees the picture is shown turned (display matrix side data, or the legacy ``rotate`` tag)."""
    tag = stream.metadata.get("rotate")
    if tag and tag.lstrip("-").isdigit():
        return int(tag) % 360
    try:
        degrees = stream.side_data.get("DISPLAYMATRIX") if hasattr(stream, "side_data") else None
    except (KeyError, AttributeError, TypeError):
        degrees = None
    if isinstance(degrees, int | float) and not math.isnan(degrees):
        return int(round(-degrees)) % 360
    return 0


def _audio_meta(stream: AudioStream) -> dict[str, Any]:
    ctx = stream.codec_context
    return {
        "audio_bitrate": int(stream.bit_rate) if stream.bit_rate else None,
        "audio_samplerate": int(ctx.sample_rate) if ctx.sample_rate else None,
        "audio_channels": int(ctx.channels) if getattr(ctx, "channels", None) else None,
        "audio_codec": _DECODER_TO_CODEC.get(ctx.name, ctx.name),
    }


def _lower(tags: dict[str, str]) -> dict[str, str]:
    return {k.lower(): v for k, v in tags.items()}


def _stream_tags(*streams: Any) -> dict[str, str]:
    # Ogg and FLAC keep Vorbis comments on the audio stream rather than the container.
    out: dict[str, str] = {}
    for stream in streams:
        if stream is not None:
            for key, value in _lower(dict(stream.metadata)).items():
                out.setdefault(key, value)
    return out


def _tags(tags: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {name: tags.get(name) for name in _TAGS if tags.get(name)}
    year = tags.get("date") or tags.get("year")
    if year and year[:4].isdigit():
        out["year"] = int(year[:4])
    created = tags.get("creation_time")
    if created:
        out["date_recorded"] = created.replace("-", "/").replace("T", " ")[:19]
    location = tags.get("location") or tags.get("com.apple.quicktime.location.iso6709")
    match = _ISO6709.match(location or "")
    if match:
        out["latitude"], out["longitude"] = float(match.group(1)), float(match.group(2))
    return out
