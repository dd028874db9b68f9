"""Waveforms in the manner of BBC's audiowaveform, the tool behind ``/audio/waveform``'s
``style: v1``: min/max pairs per pixel at a zoom (samples per pixel, or pixels per second) over a
``start``..``end`` window, drawn with Pillow as a filled wave or as bars, with a border and time
labels, in the ``audacity`` or ``audition`` colours; or saved as audiowaveform's JSON (version 2,
8- or 16-bit values, channels interleaved per pixel).

The sound is decoded at most at :data:`DECODE_RATE` (peaks need no more); zoom and the JSON's
``sample_rate`` count samples at the file's own rate.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from ..errors import RobotError
from .ffmpeg import decode_pcm
from .waveform import supersampling

RGBA = tuple[int, int, int, int]
DECODE_RATE = 16000
#: Seconds (about 31 years) past the end of any sound: later start and end times are clamped to it.
_FOREVER = 1e9
#: audiowaveform's colour schemes: border, background, wave, axis labels.
SCHEMES: dict[str, tuple[RGBA, RGBA, RGBA, RGBA]] = {
    "audacity": ((0, 0, 0, 255), (214, 214, 214, 255), (63, 77, 155, 255), (0, 0, 0, 255)),
    "audition": ((157, 157, 157, 255), (0, 63, 34, 255), (134, 252, 199, 255), (190, 190, 190, 255)),
}


@dataclass(frozen=True)
class Window:
    """Which sound: ``start``..``end`` seconds (``end`` 0 or None: to the end), ``zoom`` samples
    per pixel or ``pixels_per_second`` (neither: the window fits the width), the file's
    ``sample_rate``, and whether each channel is kept apart (``split_channels``)."""

    sample_rate: int
    start: float = 0.0
    end: float | None = None
    zoom: int | None = None
    pixels_per_second: float | None = None
    split_channels: bool = False


@dataclass(frozen=True)
class Look:
    """How to draw: colours (border, background, wave, labels), ``bars`` as (width, gap,
    rounded) or None for a filled wave, ``amplitude_scale``, labels and PNG ``compression``."""

    colours: tuple[RGBA, RGBA, RGBA, RGBA] = SCHEMES["audacity"]
    bars: tuple[int, int, bool] | None = None
    amplitude_scale: float = 1.0
    axis_labels: bool = True
    compression: int = -1
    antialias: bool = False


def decode(source: Path, window: Window, channels: int) -> np.ndarray:
    """The window's samples as floats in -1..1, one row per channel (one row when mixed)."""
    rate = min(window.sample_rate, DECODE_RATE)
    # ffmpeg refuses times past about 292,000 years (int64 microseconds); no sound lasts _FOREVER.
    start = min(window.start, _FOREVER)
    seek = ["-ss", f"{start:.3f}"]
    if window.end and window.end < _FOREVER:
        seek += ["-to", f"{window.end:.3f}"]
    kept = channels if window.split_channels else 1
    pcm = decode_pcm(source, channels=kept, rate=rate, seek=seek)
    samples = np.frombuffer(pcm[: len(pcm) // (2 * kept) * 2 * kept], dtype="<i2")
    return samples.reshape(-1, kept).T.astype(np.float64) / 32768.0


def samples_per_pixel(window: Window, seconds: float, width: int) -> float:
    """The zoom in samples of the file's rate per pixel: as given, from pixels per second, or
    the whole window over ``width`` pixels."""
    if window.zoom:
        return float(window.zoom)
    if window.pixels_per_second:
        return window.sample_rate / window.pixels_per_second
    return max(seconds * window.sample_rate / max(width, 1), 1.0)


#: Most min/max columns one waveform holds: a 3-hour file at audiowaveform's default 256 samples
#: per pixel is about 2 million; a zoom that asks for more is refused, not allocated.
MAX_PEAK_COLUMNS = 5_000_000


def pixel_peaks(sound: np.ndarray, window: Window, spp: float, pixels: int | None) -> np.ndarray:
    """``[channel, pixel, (min, max)]`` of ``sound`` (decoded at ``min(rate, DECODE_RATE)``):
    ``pixels`` columns (None: as many as the sound fills), silence past its end. Raises
    ``AUDIO_WAVEFORM_VALIDATION`` past :data:`MAX_PEAK_COLUMNS` columns."""
    step = spp * min(window.sample_rate, DECODE_RATE) / window.sample_rate
    n = sound.shape[1]
    count = pixels if pixels is not None else max(int(np.ceil(n / step)), 1)
    if count > MAX_PEAK_COLUMNS:
        raise RobotError(
            "AUDIO_WAVEFORM_VALIDATION",
            f"This zoom makes {count:,} waveform columns; the emulator computes at most {MAX_PEAK_COLUMNS:,}.",
        )
    out = np.zeros((sound.shape[0], count, 2))
    # Column x covers samples [x * step, (x + 1) * step), at least one; columns past the end stay silent.
    # Starts are clipped to the sound's end before the cast: a huge zoom would overflow int64.
    starts = np.minimum(np.arange(count) * step, n).astype(np.int64)
    live = int(np.searchsorted(starts, n))
    if live == 0:
        return out
    if step < 1:  # more columns than samples: each column is the one sample it starts on
        out[:, :live, 0] = out[:, :live, 1] = sound[:, starts[:live]]
        return out
    covered = sound[:, : min(int(live * step), n)]
    out[:, :live, 0] = np.minimum.reduceat(covered, starts[:live], axis=1)
    out[:, :live, 1] = np.maximum.reduceat(covered, starts[:live], axis=1)
    return out


def to_json(peaks: np.ndarray, window: Window, spp: float, bits: int) -> dict[str, Any]:
    """audiowaveform's JSON (version 2): integer min/max per pixel, channels interleaved."""
    top = 2 ** (bits - 1)
    scaled = np.clip(np.round(peaks * top), -top, top - 1).astype(int)
    data = scaled.transpose(1, 0, 2).reshape(-1).tolist()  # pixel by pixel, each channel's min, max
    return {
        "version": 2,
        "channels": int(peaks.shape[0]),
        "sample_rate": window.sample_rate,
        "samples_per_pixel": round(spp),
        "bits": bits,
        "length": int(peaks.shape[1]),
        "data": data,
    }


def draw(peaks: np.ndarray, out: Path, size: tuple[int, int], look: Look, seconds_per_pixel: float) -> None:
    """Draw ``peaks`` (one band per channel, stacked) into the PNG ``out`` of ``size``."""
    factor = supersampling(size[0], size[1]) if look.antialias else 1
    width, height = size[0] * factor, size[1] * factor
    border, background, wave, labels = look.colours
    image = Image.new("RGBA", (width, height), background)
    pen = ImageDraw.Draw(image)
    band = height / peaks.shape[0]
    for channel in range(peaks.shape[0]):
        top = channel * band
        scaled = np.clip(peaks[channel] * look.amplitude_scale, -1.0, 1.0)
        columns = np.repeat(scaled, factor, axis=0)[:width]
        _draw_band(pen, columns, top, band, wave, look.bars and _scaled_bars(look.bars, factor, width))
    if factor > 1:
        image = image.resize(size, Image.Resampling.LANCZOS)
    if look.axis_labels:
        _axis(ImageDraw.Draw(image), size, border, labels, seconds_per_pixel)
    level = 6 if look.compression < 0 else look.compression
    image.save(out, "PNG", compress_level=level)


def _scaled_bars(bars: tuple[int, int, bool], factor: int, width: int) -> tuple[int, int, bool]:
    # A bar or gap wider than the picture draws as one as wide as it (and keeps Pillow's ints small).
    return min(bars[0] * factor, width), min(bars[1] * factor, width), bars[2]


def _draw_band(pen: ImageDraw.ImageDraw, columns: np.ndarray, top: float, band: float, wave: RGBA, bars: Any) -> None:
    """One channel: a vertical line per column from its min to its max, or bars as tall as the
    loudest column under them, mirrored about the band's middle line."""
    middle = top + band / 2
    half = band / 2 - 1
    if not bars:
        for x, (low, high) in enumerate(columns):
            pen.line([(x, middle - high * half), (x, middle - low * half)], fill=wave)
        return
    bar_width, gap, rounded = bars
    for x in range(0, len(columns), bar_width + gap):
        level = float(np.abs(columns[x : x + bar_width]).max())
        box = (x, middle - level * half, x + bar_width - 1, middle + level * half)
        if rounded:
            pen.rounded_rectangle(box, radius=bar_width / 2, fill=wave)
        else:
            pen.rectangle(box, fill=wave)


def _axis(pen: ImageDraw.ImageDraw, size: tuple[int, int], border: RGBA, labels: RGBA, spp_seconds: float) -> None:
    """A one-pixel border and a tick with the time (m:ss) about every 100 pixels along the top."""
    width, height = size
    pen.rectangle((0, 0, width - 1, height - 1), outline=border)
    font = ImageFont.load_default()
    step = max(1, round(100 * spp_seconds))  # whole seconds between ticks
    seconds = step
    while seconds / spp_seconds < width - 1:
        x = seconds / spp_seconds
        pen.line([(x, 0), (x, 5)], fill=border)
        pen.text((x + 2, 2), f"{seconds // 60}:{seconds % 60:02d}", fill=labels, font=font)
        seconds += step
