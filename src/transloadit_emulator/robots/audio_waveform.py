"""``/audio/waveform``: a picture (PNG) or the peak data (JSON) of each file's sound.

The image is drawn by :mod:`transloadit_emulator.media.waveform` (ffmpeg's ``showwavespic``) in
``outer_color`` on ``background_color`` (``#rrggbb[aa]``); ``format: json`` gives
``{"data": [min, max, ...]}`` per horizontal pixel, normalised to -1..1.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..media.ffmpeg import output_path
from ..media.waveform import draw_waveform, hex_rgba, on_background, peaks
from .base import InputFile, OutputFile, PerFileRobot, RobotContext


class AudioWaveform(PerFileRobot):
    """Draws the waveform of each audio or video file."""

    name = "/audio/waveform"
    accepts = frozenset({"audio", "video"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The waveform of one file."""
        meta = file.record.get("meta") or {}
        if file.record.get("type") not in ("audio", "video") or not meta.get("audio_codec"):
            raise RobotError("AUDIO_WAVEFORM_INVALID_INPUT", f"{file.record.get('name')!r} has no sound to draw.")
        width = int(params.get("width") or 256)
        height = int(params.get("height") or 64)
        name = str(file.record.get("name") or file.path.name)
        if params.get("format") == "json":
            out = output_path(ctx.scratch_dir, name, "json")
            out.write_text(json.dumps({"width": width, "data": peaks(file.path, width)}))
            return [OutputFile(out, out.name, file)]
        out = output_path(ctx.scratch_dir, name, "png")
        draw_waveform(file.path, out, width, height, str(params.get("outer_color") or "#000000ff"))
        try:
            background = hex_rgba(str(params.get("background_color") or "#00000000"))
        except ValueError as exc:
            raise RobotError("AUDIO_WAVEFORM_VALIDATION", str(exc)) from None
        if background[3]:
            on_background(out, background)
        return [OutputFile(out, out.name, file)]
