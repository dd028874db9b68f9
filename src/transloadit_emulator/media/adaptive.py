"""Adaptive streaming packages with ffmpeg: HLS (MPEG-TS segments, a media playlist per rendition
and a master playlist listing them by bandwidth), MPEG-DASH (fMP4 segments and one MPD) and CMAF
(one set of fMP4 segments with both an MPD and HLS playlists).

Renditions are packaged as they come (streams copied, so a rendition keeps its size, codec and
bitrate); a stream the container cannot hold (a VP9 rendition in HLS's MPEG-TS) is re-encoded
to H.264/AAC at its own bitrate. Segments are cut at the first keyframe after each
``segment_duration``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .ffmpeg import run_ffmpeg

_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


@dataclass(frozen=True)
class Rendition:
    """One input of the ladder: its file, picture size, bitrate (bits/s), codecs and a unique label."""

    path: Path
    width: int
    height: int
    bitrate: int
    video_codec: str
    has_audio: bool
    label: str


def safe_label(text: str) -> str:
    """A file-name-safe label."""
    return _SAFE.sub("_", text).strip("_") or "rendition"


def _ts_codecs(r: Rendition, segment: int) -> list[str]:
    """Copy what MPEG-TS holds (H.264, HEVC); re-encode the rest at the rendition's bitrate, with a
    keyframe at every segment boundary."""
    if r.video_codec in ("h264", "hevc"):
        return ["-c", "copy"]
    keys = ["-force_key_frames", f"expr:gte(t,n_forced*{segment})"]
    video = ["-c:v", "libx264", "-preset", "veryfast", "-b:v", str(r.bitrate), "-pix_fmt", "yuv420p"]
    return [*video, *keys, "-c:a", "aac"]


def package_hls(renditions: Sequence[Rendition], out_dir: Path, segment: int, audio_group: bool) -> list[Path]:
    """Segment each rendition into ``<label>_NNNNN.ts`` and ``<label>.m3u8``; with ``audio_group``
    the sound of the first rendition goes into its own ``audio.m3u8`` and the videos are silent.
    Returns the media playlists, in the order of ``renditions``."""
    hls = ["-f", "hls", "-hls_time", str(segment), "-hls_playlist_type", "vod", "-hls_list_size", "0"]
    playlists: list[Path] = []
    for r in renditions:
        playlist = out_dir / f"{r.label}.m3u8"
        streams = ["-map", "0:v:0"] + ([] if audio_group else ["-map", "0:a:0?"])
        names = ["-hls_segment_filename", str(out_dir / f"{r.label}_%05d.ts")]
        run_ffmpeg(["-i", str(r.path), *streams, *_ts_codecs(r, segment), *hls, *names, str(playlist)])
        playlists.append(playlist)
    if audio_group and any(r.has_audio for r in renditions):
        source = next(r for r in renditions if r.has_audio)
        names = ["-hls_segment_filename", str(out_dir / "audio_%05d.ts")]
        args = ["-i", str(source.path), "-map", "0:a:0", "-c:a", "aac", "-b:a", "128k"]
        run_ffmpeg([*args, *hls, *names, str(out_dir / "audio.m3u8")])
    return playlists


def master_playlist(renditions: Sequence[Rendition], audio_group: bool, closed_captions: bool) -> str:
    """The HLS master playlist: one ``EXT-X-STREAM-INF`` per rendition, lowest bandwidth first."""
    lines = ["#EXTM3U", "#EXT-X-VERSION:3"]
    with_group = audio_group and any(r.has_audio for r in renditions)
    if with_group:
        lines.append(
            '#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="audio",NAME="audio",DEFAULT=YES,AUTOSELECT=YES,URI="audio.m3u8"'
        )
    for r in sorted(renditions, key=lambda r: r.bitrate):
        attrs = [f"BANDWIDTH={r.bitrate}", f"RESOLUTION={r.width}x{r.height}"]
        if with_group:
            attrs.append('AUDIO="audio"')
        if not closed_captions:
            attrs.append("CLOSED-CAPTIONS=NONE")
        lines += ["#EXT-X-STREAM-INF:" + ",".join(attrs), f"{r.label}.m3u8"]
    return "\n".join(lines) + "\n"


def package_dash(
    renditions: Sequence[Rendition], manifest: Path, segment: int, hls_master: str | None, prefix: str
) -> None:
    """All renditions into one MPD with fMP4 segments (``<prefix>_init_<id>.m4s``,
    ``<prefix>_chunk_<id>_NNNNN.m4s``); with ``hls_master`` (CMAF) also HLS playlists over the same
    segments. The sound of the first rendition with sound is the one audio representation."""
    args: list[str] = []
    for r in renditions:
        args += ["-i", str(r.path)]
    for i in range(len(renditions)):
        args += ["-map", f"{i}:v:0"]
    audio = next((i for i, r in enumerate(renditions) if r.has_audio), None)
    if audio is not None:
        args += ["-map", f"{audio}:a:0"]
    sets = "id=0,streams=v" + (" id=1,streams=a" if audio is not None else "")
    args += ["-c", "copy", "-f", "dash", "-seg_duration", str(segment), "-use_template", "1", "-use_timeline", "1"]
    args += ["-init_seg_name", f"{prefix}_init_$RepresentationID$.m4s"]
    args += ["-media_seg_name", f"{prefix}_chunk_$RepresentationID$_$Number%05d$.m4s", "-adaptation_sets", sets]
    if hls_master:
        args += ["-hls_playlist", "1", "-hls_master_name", hls_master]
    run_ffmpeg([*args, str(manifest)])
