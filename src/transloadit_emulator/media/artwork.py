"""Cover art of audio and video files: read the embedded picture out, or embed one (ffmpeg's
``attached_pic`` disposition: an MP3's APIC frame, an MP4/M4A ``covr`` atom, a FLAC picture block)."""

from __future__ import annotations

from pathlib import Path

from .av_probe import attached_picture
from .ffmpeg import run_ffmpeg

#: Containers ffmpeg can write cover art into, by extension.
AUDIO_CONTAINERS = frozenset({"mp3", "m4a", "mp4", "m4b", "flac"})
VIDEO_CONTAINERS = frozenset({"mp4", "m4v", "mov"})


def cover_picture(path: Path) -> tuple[bytes, str] | None:
    """The embedded picture and its extension (``jpg``, ``png``, ``gif``, ``bmp`` or ``webp``);
    None when the file holds none."""
    data = attached_picture(path)
    if not data:
        return None
    return data, picture_ext(data)


def picture_ext(data: bytes) -> str:
    """The extension of a picture by its magic number (``jpg`` when unrecognised)."""
    if data.startswith(b"\x89PNG"):
        return "png"
    if data[:4] == b"GIF8":
        return "gif"
    if data[:2] == b"BM":
        return "bmp"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return "jpg"


def embed_cover(media: Path, picture: Path, out: Path, *, keep_video: bool, audio_args: list[str]) -> None:
    """Write ``media`` with ``picture`` as its cover art to ``out``. The sound is copied unless
    ``audio_args`` (an encoder) are given; a video's picture streams are kept with ``keep_video``.
    JPEG and PNG pictures are stored as they are, others as JPEG."""
    head = picture.read_bytes()[:16]
    kind = picture_ext(head)
    codec = "copy" if kind in ("jpg", "png") else "mjpeg"
    maps = ["-map", "0:v?", "-map", "0:a?"] if keep_video else ["-map", "0:a:0"]
    # The picture is the output's last video stream: after the video's own, if any.
    cover = "-disposition:v:1" if keep_video else "-disposition:v:0"
    args = ["-i", str(media), "-i", str(picture), *maps, "-map", "1:0", "-map_metadata", "0"]
    args += ["-c", "copy", *(audio_args or []), f"-c:v:{1 if keep_video else 0}", codec, cover, "attached_pic"]
    if out.suffix == ".mp3":
        args += ["-id3v2_version", "3"]
    run_ffmpeg([*args, str(out)])
