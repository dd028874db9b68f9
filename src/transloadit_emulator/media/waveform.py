"""Waveforms of sound: a picture drawn by ffmpeg's ``showwavespic`` (optionally shaded from the
middle line outwards) and the peak data, min and max per horizontal pixel, from the sound decoded
at a low sample rate. ffmpeg runs in a subprocess."""

from __future__ import annotations

import array
from pathlib import Path

from PIL import Image, ImageChops

from .ffmpeg import decode_pcm, ffmpeg_colour, run_ffmpeg

RGBA = tuple[int, int, int, int]
_PEAK_RATE = 8000  # samples per second decoded for the peaks


def hex_rgba(value: str) -> RGBA:
    """``#rrggbb`` or ``#rrggbbaa`` (the ``#`` optional) as RGBA; ``ValueError`` otherwise."""
    text = value.lstrip("#")
    if len(text) not in (6, 8):
        raise ValueError(f"Colours are #rrggbb or #rrggbbaa, got {value!r}.")
    alpha = int(text[6:8], 16) if len(text) == 8 else 255
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16), alpha


def draw_waveform(
    source: Path,
    out: Path,
    width: int,
    height: int,
    outer_color: str,
    center_color: str | None = None,
    *,
    antialias: bool = False,
) -> None:
    """Draw the waveform of the first sound of ``source`` into the PNG ``out``, ``width`` x
    ``height``, on transparency. The wave is ``outer_color``; with a ``center_color`` it shades
    from that colour at the middle line to ``outer_color`` at the top and bottom edges. Colours
    are ``#rrggbb[aa]``. ``antialias`` draws larger (:func:`supersampling`) and scales down, for
    smooth edges."""
    colour = ffmpeg_colour(outer_color if center_color is None else "#ffffffff")
    factor = supersampling(width, height) if antialias else 1
    run_ffmpeg(
        ["-i", str(source), "-filter_complex",
         f"[0:a:0]aformat=channel_layouts=mono,showwavespic=s={width * factor}x{height * factor}:colors={colour}",
         "-frames:v", "1", str(out)]
    )  # fmt: skip
    if factor > 1:
        with Image.open(out) as large:
            small = large.convert("RGBA").resize((width, height), Image.Resampling.LANCZOS)
        small.save(out, "PNG")
    if center_color is None:
        return
    with Image.open(out) as wave:
        mask = wave.convert("RGBA").getchannel("A")
    shaded = shading(width, height, hex_rgba(center_color), hex_rgba(outer_color))
    # The wave's own coverage (its antialiased edges) scales the shading's alpha.
    shaded.putalpha(ImageChops.multiply(shaded.getchannel("A"), mask))
    shaded.save(out, "PNG")


#: Most pixels a waveform is drawn on before it is scaled down for smooth edges (64 MB as RGBA).
SUPERSAMPLED_PIXELS = 16_000_000


def supersampling(width: int, height: int) -> int:
    """How many times larger to draw a ``width`` x ``height`` waveform for antialiasing: four, or
    less where that would pass :data:`SUPERSAMPLED_PIXELS` (1: the picture is large enough)."""
    return next((f for f in (4, 3, 2) if width * height * f * f <= SUPERSAMPLED_PIXELS), 1)


def shading(width: int, height: int, centre: RGBA, outer: RGBA) -> Image.Image:
    """A ``width`` x ``height`` RGBA gradient: ``centre`` at the middle line, ``outer`` at the
    top and bottom rows, linear in the distance from the middle."""
    column = Image.new("RGBA", (1, height))
    middle = (height - 1) / 2 or 1
    for y in range(height):
        t = abs(y - middle) / middle
        column.putpixel((0, y), tuple(round(c + (o - c) * t) for c, o in zip(centre, outer, strict=True)))
    return column.resize((width, height), Image.Resampling.NEAREST)


def on_background(path: Path, background: RGBA) -> None:
    """Lay the picture at ``path`` over a canvas of ``background`` and write it back as PNG."""
    with Image.open(path) as wave:
        canvas = Image.new("RGBA", wave.size, background)
        canvas.alpha_composite(wave.convert("RGBA"))
    canvas.save(path, "PNG")


def peaks(source: Path, width: int) -> list[float]:
    """Min and max of the mono signal of ``source`` in ``width`` equal slices, as floats in -1..1."""
    pcm = decode_pcm(source, channels=1, rate=_PEAK_RATE)
    return slice_peaks(array.array("h", pcm[: len(pcm) // 2 * 2]), width)


def slice_peaks(samples: array.array[int], width: int) -> list[float]:
    """``[min, max, min, max, ...]`` of 16-bit ``samples`` cut into ``width`` slices (each at
    least one sample), scaled to -1..1 and rounded to 4 places; silence for no samples."""
    if not samples:
        return [0.0, 0.0] * width
    data: list[float] = []
    n = len(samples)
    for i in range(width):
        part = samples[n * i // width : max(n * (i + 1) // width, n * i // width + 1)]
        data += [round(min(part) / 32768, 4), round(max(part) / 32767, 4)]
    return data
