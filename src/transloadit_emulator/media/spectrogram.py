"""Spectrograms of sound (``/audio/waveform`` with ``style: spectrogram``), drawn by ffmpeg's
``showspectrumpic``: frequency against time, brightness the energy, in one of the vendor's colour
maps (``gray`` is ``viridis``, whose lightness rises steadily, turned to grey).

The whole band (0 Hz to half the sample rate) is ffmpeg's own drawing, legend included. A narrower
band (``frequency_min``/``frequency_max``) is cut from a taller linear drawing and its rows spaced
linearly or logarithmically here (ffmpeg's own band option misdraws a pure tone), without a legend.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from .ffmpeg import run_ffmpeg

#: The vendor's colour maps that ffmpeg draws by the same name.
FFMPEG_MAPS = frozenset(
    {"viridis", "plasma", "magma", "cividis", "cool", "rainbow", "moreland", "nebulae", "fire", "fiery", "fruit"}
    | {"green", "terrain"}
)
_TALLEST = 8192  # frequency rows ffmpeg draws at most (past ~8192 its transform slows down sharply)
#: Time columns x frequency rows ffmpeg draws at most (a few seconds of work): a taller picture is
#: drawn with fewer rows and stretched along the frequency axis.
_DRAWN_PIXELS = 20_480_000
_LOWEST_LOG_HZ = 20.0  # where a logarithmic band starts when it is asked to start at 0 Hz


@dataclass(frozen=True)
class Spectrogram:
    """How to draw: the vendor's ``color_map``, ``frequency_scale`` (``linear``/``logarithmic``),
    the band ``frequency_min``..``frequency_max`` in Hz (``None``: up to half the sample rate),
    ``legend``, ``gain`` and ``orientation`` (``horizontal``: time runs left to right)."""

    color_map: str = "viridis"
    frequency_scale: str = "logarithmic"
    frequency_min: float = 0.0
    frequency_max: float | None = None
    legend: bool = False
    gain: float = 1.0
    orientation: str = "horizontal"
    sample_rate: int = 44100


def draw_spectrogram(source: Path, out: Path, width: int, height: int, look: Spectrogram) -> None:
    """Draw the spectrogram of the first sound of ``source`` (mixed to mono) into the PNG ``out``,
    ``width`` x ``height`` (plus ffmpeg's margins with a legend)."""
    nyquist = look.sample_rate / 2
    high = min(look.frequency_max or nyquist, nyquist)
    banded = look.frequency_min > 0 or high < nyquist
    turned = look.orientation == "vertical"  # time runs down, frequency to the right
    if not banded:
        log = look.frequency_scale != "linear"
        _ffmpeg_draw(source, out, (width, height), look, log=log, legend=look.legend, turned=turned)
    else:
        length, rows_wanted = (height, width) if turned else (width, height)  # time, frequency
        tall = min(
            _most_rows(length), max(rows_wanted, math.ceil(rows_wanted * nyquist / max(high - look.frequency_min, 1)))
        )
        _ffmpeg_draw(source, out, (length, tall), look, log=False, legend=False, turned=False)
        with Image.open(out) as drawn:
            rows = np.asarray(drawn.convert("RGB"))
        log = look.frequency_scale != "linear"
        picked = _band_rows(rows, look.frequency_min, high, nyquist, rows_wanted, log=log)
        image = Image.fromarray(picked)
        (image.transpose(Image.Transpose.ROTATE_270) if turned else image).save(out, "PNG")
    if look.color_map == "gray":
        with Image.open(out) as drawn:
            grey = drawn.convert("L")
        grey.save(out, "PNG")


def _most_rows(length: int) -> int:
    """How many frequency rows ffmpeg draws at most for ``length`` time columns."""
    return max(1, min(_TALLEST, _DRAWN_PIXELS // max(length, 1)))


def _ffmpeg_draw(
    source: Path, out: Path, size: tuple[int, int], look: Spectrogram, *, log: bool, legend: bool, turned: bool
) -> None:
    """ffmpeg's drawing of ``size`` (time columns, frequency rows); more rows than
    :func:`_most_rows` are drawn at that many and the picture stretched to the rest."""
    rows = min(size[1], _most_rows(size[0]))
    _ffmpeg_run(source, out, (size[0], rows), look, log=log, legend=legend, turned=turned)
    if rows < size[1]:
        with Image.open(out) as drawn:
            w, h = drawn.size
            stretched = drawn.resize((round(w * size[1] / rows), h) if turned else (w, round(h * size[1] / rows)))
        stretched.save(out, "PNG")


def _ffmpeg_run(
    source: Path, out: Path, size: tuple[int, int], look: Spectrogram, *, log: bool, legend: bool, turned: bool
) -> None:
    width, height = (size[1], size[0]) if turned else size
    options = [
        f"s={width}x{height}",
        f"color={look.color_map if look.color_map in FFMPEG_MAPS else 'viridis'}",
        f"fscale={'log' if log else 'lin'}",
        f"legend={1 if legend else 0}",
        f"gain={look.gain:g}",
        # ffmpeg's "vertical" stacks frequencies vertically: time runs along x.
        f"orientation={'horizontal' if turned else 'vertical'}",
    ]
    graph = f"[0:a:0]aformat=channel_layouts=mono,showspectrumpic={':'.join(options)}"
    run_ffmpeg(["-i", str(source), "-filter_complex", graph, "-frames:v", "1", str(out)])


def _band_rows(rows: np.ndarray, low: float, high: float, nyquist: float, height: int, *, log: bool) -> np.ndarray:
    """``height`` rows of the band ``low``..``high`` Hz from a linear drawing (0 Hz at the bottom
    row, ``nyquist`` at the top), spaced linearly or logarithmically in frequency."""
    fractions = (np.arange(height)[::-1] + 0.5) / height  # top row: the highest frequency
    if log:
        start = max(low, _LOWEST_LOG_HZ)
        wanted = start * (high / start) ** fractions
    else:
        wanted = low + (high - low) * fractions
    tall = rows.shape[0]
    index = np.clip(np.round((1 - wanted / nyquist) * (tall - 1)).astype(int), 0, tall - 1)
    picked: np.ndarray = rows[index]
    return picked
