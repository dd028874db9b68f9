"""``/video/encode``: transcode videos with ffmpeg presets, sizes and ``ffmpeg`` overrides.

Presets follow Transloadit's families (:mod:`transloadit_emulator.media.video_presets`): ``empty``
(H.264/AAC MP4, the default), ``iphone*``, ``ipad*``, ``android*``, ``web/mp4/<size>``, ``webm``,
``web/webm/<size>``, ``hls/<size>`` (a playlist and its segments) and ``gif``. ``width``/``height``
with ``resize_strategy`` override the preset's size; the ``ffmpeg`` object overrides options.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..media.ffmpeg import output_path, override_args, run_ffmpeg
from ..media.video_presets import container_args, encoded_files, output_ext, output_filters, preset_named
from .base import InputFile, OutputFile, PerFileRobot, RobotContext


class VideoEncode(PerFileRobot):
    """Encodes each video file; an HLS preset yields the playlist and its segments."""

    name = "/video/encode"
    job_slots = 6  # encoding is the heaviest work a job does
    accepts = frozenset({"video"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Encode one file with the Step's preset, size and overrides."""
        if file.record.get("type") != "video":
            raise RobotError(
                "VIDEO_ENCODE_INVALID_INPUT", f"{file.record.get('name')!r} is not a video this robot can encode."
            )
        preset = preset_named(params.get("preset"))
        if preset is None:
            raise RobotError("VIDEO_ENCODE_VALIDATION", f"Unknown preset {params.get('preset')!r}.")
        overrides = override_args(params.get("ffmpeg"), "VIDEO_ENCODE_VALIDATION")
        name = str(file.record.get("name") or file.path.name)
        out = output_path(ctx.scratch_dir, name, output_ext(params, preset))
        filters = output_filters(params, preset)
        args = ["-i", str(file.path), "-map", "0:v:0", "-map", "0:a:0?", *preset.args]
        if preset.gif:
            args = ["-i", str(file.path), "-an"]
        if filters:
            args += ["-vf", filters]
        run_ffmpeg([*args, *container_args(params, preset, out), *overrides, str(out)])
        return [OutputFile(path, path.name, file, meta=meta) for path, meta in encoded_files(out, preset)]
