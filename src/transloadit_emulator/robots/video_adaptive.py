"""``/video/adaptive``: an adaptive streaming package of the Step's videos, each video one
rendition of the ladder (encode them first with ``/video/encode``, one Step per size, and bundle
those Steps in ``use``).

``technique``: ``dash`` (the default: fMP4 segments and ``playlist.mpd``), ``hls`` (MPEG-TS
segments, one media playlist per rendition and the master ``playlist.m3u8`` listing them lowest
bandwidth first) or ``cmaf`` (one set of fMP4 segments with ``playlist.mpd`` and the HLS
``hls_playlist_name``, ``playlist.m3u8`` by default). ``playlist_name`` names the main manifest;
``segment_duration`` the seconds per segment (cut at the next keyframe); ``preset``, ``width``/
``height`` and ``ffmpeg`` re-encode every rendition as ``/video/encode`` would (keyframes at the
segment boundaries) before packaging, else renditions are packaged as they come; ``audio_group`` puts HLS
sound in its own rendition; ``closed_captions: false`` says ``CLOSED-CAPTIONS=NONE``. Every file of
the package is a result with ``meta.relative_path`` (the package is flat: store it under one
prefix and the playlists play).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import PurePosixPath
from typing import Any

from ..errors import RobotError
from ..media.adaptive import Rendition, master_playlist, package_dash, package_hls, safe_label
from ..media.av_probe import probe_media
from ..media.ffmpeg import override_args, run_ffmpeg
from ..media.video_presets import output_filters, preset_named
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.media_inputs import duration_of, has_sound

_CODE = "VIDEO_ADAPTIVE_VALIDATION"
MAX_RENDITIONS = 16
#: The longest segment ffmpeg's DASH muxer writes (its ``seg_duration`` ends at 2147 s).
MAX_SEGMENT_SECONDS = 2147


class VideoAdaptive(Robot):
    """Packages the Step's videos as one HLS, DASH or CMAF ladder."""

    name = "/video/adaptive"
    #: One ffmpeg: the vendor's ffmpeg stack versions pick nothing here.
    params_without_local_meaning = frozenset({"ffmpeg_stack"})
    job_slots = 6  # a video robot: the vendor weighs them heavy
    accepts = frozenset({"video"})

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Every file of the package: manifests first, then playlists and segments."""
        if not 1 <= len(files) <= MAX_RENDITIONS:
            raise RobotError(_CODE, f"/video/adaptive packages 1 to {MAX_RENDITIONS} renditions, got {len(files)}.")
        technique = str(params.get("technique") or "dash")
        segment = int(params.get("segment_duration") or 10)
        if not 1 <= segment <= MAX_SEGMENT_SECONDS:
            raise RobotError(_CODE, f"segment_duration must be 1 to {MAX_SEGMENT_SECONDS} seconds, got {segment}.")
        renditions = _encoded(ctx, params, _renditions(files), segment)
        out_dir = ctx.scratch_dir / "adaptive"
        out_dir.mkdir(exist_ok=True)
        default_name = "playlist.m3u8" if technique == "hls" else "playlist.mpd"
        main = out_dir / PurePosixPath(str(params.get("playlist_name") or default_name)).name
        if technique == "hls":
            audio_group = params.get("audio_group") is True
            package_hls(renditions, out_dir, segment, audio_group)
            main.write_text(master_playlist(renditions, audio_group, params.get("closed_captions") is not False))
        else:
            hls_name = str(params.get("hls_playlist_name") or "playlist.m3u8") if technique == "cmaf" else None
            prefix = safe_label(PurePosixPath(main.name).stem)
            package_dash(renditions, main, segment, PurePosixPath(hls_name).name if hls_name else None, prefix)
        by_label = {r.label: f for r, f in zip(renditions, files, strict=True)}
        ordered = sorted(out_dir.iterdir(), key=lambda p: (p.suffix not in (".mpd", ".m3u8"), p != main, p.name))
        return [
            OutputFile(p, p.name, _source(p.name, by_label, files[0]), meta={"relative_path": p.name})
            for p in ordered
            if p.is_file()
        ]


def _renditions(files: Sequence[InputFile]) -> list[Rendition]:
    out: list[Rendition] = []
    for f in files:
        meta = f.record.get("meta") or {}
        width, height = meta.get("width"), meta.get("height")
        if not isinstance(width, int) or not isinstance(height, int):
            raise RobotError(_CODE, f"{f.record.get('name')!r} has no picture to stream.")
        bitrate = meta.get("overall_bitrate")
        if not isinstance(bitrate, int) or bitrate <= 0:
            bitrate = int(int(f.record.get("size") or 0) * 8 / duration_of(f, _CODE))
        label = safe_label(f"{PurePosixPath(str(f.record.get('name') or f.path.name)).stem}_{height}p")
        while label in {r.label for r in out}:
            label += "_"
        out.append(Rendition(f.path, width, height, bitrate, str(meta.get("video_codec") or ""), has_sound(f), label))
    return out


def _encoded(
    ctx: RobotContext, params: Mapping[str, Any], renditions: list[Rendition], segment: int
) -> list[Rendition]:
    """The renditions re-encoded with the Step's ``preset``, size and ``ffmpeg`` overrides; as they
    are when the Step sets none of them."""
    if not any(params.get(k) for k in ("preset", "width", "height", "ffmpeg")):
        return renditions
    preset = preset_named(params.get("preset"))
    if preset is None or preset.gif:
        raise RobotError(_CODE, f"The preset {params.get('preset')!r} cannot encode a streaming rendition.")
    filters = output_filters(params, preset)
    tail = [
        *(["-vf", filters] if filters else []),
        *preset.args,
        "-force_key_frames",
        f"expr:gte(t,n_forced*{segment})",
    ]
    user = override_args(params.get("ffmpeg"), _CODE)
    tail += user
    out: list[Rendition] = []
    for r in renditions:
        path = ctx.scratch_dir / f"{r.label}.mp4"
        run_ffmpeg(["-i", str(r.path), "-map", "0:v:0", "-map", "0:a:0?", *tail, str(path)], user_args=user)
        meta = probe_media(path) or {}
        width, height = int(meta.get("width") or r.width), int(meta.get("height") or r.height)
        bitrate = int(meta.get("overall_bitrate") or r.bitrate)
        codec = str(meta.get("video_codec") or r.video_codec)
        out.append(Rendition(path, width, height, bitrate, codec, r.has_audio, r.label))
    return out


def _source(name: str, by_label: Mapping[str, InputFile], first: InputFile) -> InputFile:
    """The rendition a file belongs to (by its label prefix); the first input for shared files."""
    owners = [label for label in by_label if name.startswith(label + ".") or name.startswith(label + "_")]
    return by_label[max(owners, key=len)] if owners else first
