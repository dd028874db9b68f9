"""``/audio/waveform``: a picture (PNG) or the peak data (JSON) of each file's sound.

The image is drawn by ffmpeg's ``showwavespic`` in ``outer_color`` on ``background_color``
(``#rrggbb[aa]``); ``format: json`` gives ``{"data": [min, max, ...]}`` per horizontal pixel,
normalised to -1..1, from the sound decoded at a low sample rate.
"""

from __future__ import annotations

import array
import json
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PIL import Image, ImageChops

from ..errors import RobotError
from ..media.ffmpeg import TIMEOUT_S, ffmpeg_colour, ffmpeg_exe, output_path, run_ffmpeg
from .base import InputFile, OutputFile, PerFileRobot, RobotContext

_PEAK_RATE = 8000  # samples per second decoded for the JSON peaks


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
            out.write_text(json.dumps({"width": width, "data": _peaks(file, width)}))
            return [OutputFile(out, out.name, file)]
        out = output_path(ctx.scratch_dir, name, "png")
        draw_waveform(file.path, out, width, height, str(params.get("outer_color") or "#000000ff"))
        background = _rgba(str(params.get("background_color") or "#00000000"))
        if background[3]:
            with Image.open(out) as wave:
                canvas = Image.new("RGBA", wave.size, background)
                canvas.alpha_composite(wave.convert("RGBA"))
            canvas.save(out, "PNG")
        return [OutputFile(out, out.name, file)]


def draw_waveform(
    source: Path, out: Path, width: int, height: int, outer_color: str, center_color: str | None = None
) -> None:
    """Draw the waveform of the first sound of ``source`` into the PNG ``out``, ``width`` x
    ``height``, on transparency (ffmpeg's ``showwavespic``, in a subprocess). The wave is
    ``outer_color``; with a ``center_color`` it shades from that colour at the middle line to
    ``outer_color`` at the top and bottom edges. Colours are ``#rrggbb[aa]``."""
    colour = ffmpeg_colour(outer_color if center_color is None else "#ffffffff")
    run_ffmpeg(
        [
            "-i",
            str(source),
            "-filter_complex",
            f"[0:a:0]aformat=channel_layouts=mono,showwavespic=s={width}x{height}:colors={colour}",
            "-frames:v",
            "1",
            str(out),
        ]  # fmt: skip
    )
    if center_color is None:
        return
    with Image.open(out) as wave:
        mask = wave.convert("RGBA").getchannel("A")
    centre, outer = _rgba(center_color), _rgba(outer_color)
    # One column of the shading, stretched across: the share of the outer colour grows with the
    # distance from the middle line.
    column = Image.new("RGBA", (1, height))
    middle = (height - 1) / 2 or 1
    for y in range(height):
        t = abs(y - middle) / middle
        column.putpixel((0, y), tuple(round(c + (o - c) * t) for c, o in zip(centre, outer, strict=True)))
    shaded = column.resize((width, height), Image.Resampling.NEAREST)
    # The wave's own coverage (its antialiased edges) scales the shading's alpha.
    shaded.putalpha(ImageChops.multiply(shaded.getchannel("A"), mask))
    shaded.save(out, "PNG")


def _peaks(file: InputFile, width: int) -> list[float]:
    """Min and max of the mono signal in ``width`` equal slices, as floats in -1..1."""
    command = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-i", str(file.path),
               "-map", "0:a:0", "-ac", "1", "-ar", str(_PEAK_RATE), "-f", "s16le", "-"]  # fmt: skip
    try:
        done = subprocess.run(command, capture_output=True, timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise RobotError("INTERNAL_COMMAND_TIMEOUT", "ffmpeg took too long decoding the sound.") from None
    if done.returncode != 0:
        raise RobotError("INTERNAL_COMMAND_ERROR", "ffmpeg could not decode the sound.")
    samples = array.array("h", done.stdout[: len(done.stdout) // 2 * 2])
    if not samples:
        return [0.0, 0.0] * width
    data: list[float] = []
    for i in range(width):
        part = samples[len(samples) * i // width : max(len(samples) * (i + 1) // width, len(samples) * i // width + 1)]
        data += [round(min(part) / 32768, 4), round(max(part) / 32767, 4)]
    return data


def _rgba(value: str) -> tuple[int, int, int, int]:
    text = value.lstrip("#")
    if len(text) not in (6, 8):
        raise RobotError("AUDIO_WAVEFORM_VALIDATION", f"Colours are #rrggbb or #rrggbbaa, got {value!r}.")
    alpha = int(text[6:8], 16) if len(text) == 8 else 255
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16), alpha
