"""Videos made of stills and sound, with ffmpeg: a slideshow of images (each shown for its own
time, cut or crossfaded or faded through black into the next), a video given a new or an added
sound track, and videos stacked one above the other."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .ffmpeg import ffmpeg_colour

FPS = 25
_XFADE = {"crossfade": "fade", "fade_to_black": "fadeblack"}


@dataclass(frozen=True)
class Canvas:
    """The frame every picture is fitted into: an even size, a background and a fitting strategy."""

    width: int
    height: int
    background: str = "#000000"
    strategy: str = "pad"


def fit_chain(canvas: Canvas) -> str:
    """Filters fitting any picture into the canvas as ``resize_strategy`` says, at the slideshow's
    frame rate in yuv420p."""
    w, h = canvas.width, canvas.height
    if canvas.strategy == "stretch":
        sized = f"scale={w}:{h}"
    elif canvas.strategy in ("crop", "fillcrop"):
        sized = f"scale={w}:{h}:force_original_aspect_ratio=increase,crop={w}:{h}"
    else:
        colour = ffmpeg_colour(canvas.background)
        sized = f"scale={w}:{h}:force_original_aspect_ratio=decrease,pad={w}:{h}:(ow-iw)/2:(oh-ih)/2:color={colour}"
    return f"{sized},setsar=1,fps={FPS},format=yuv420p"


def slideshow_graph(durations: Sequence[float], canvas: Canvas, transition: str, overlap: float) -> tuple[str, float]:
    """The ``-filter_complex`` turning looped still inputs ``0..n-1`` into ``[v]``, and how long it
    lasts. Each input ``i`` shows for ``durations[i]``; with a transition consecutive pictures
    overlap by ``overlap`` seconds (at most half the shorter one) through ``xfade``."""
    chains = [
        f"[{i}:v]{fit_chain(canvas)},trim=duration={d:.3f},setpts=PTS-STARTPTS[s{i}]" for i, d in enumerate(durations)
    ]
    if transition not in _XFADE or len(durations) == 1:
        pads = "".join(f"[s{i}]" for i in range(len(durations)))
        chains.append(f"{pads}concat=n={len(durations)}:v=1:a=0[v]")
        return ";".join(chains), sum(durations)
    current, length = "s0", durations[0]
    for i in range(1, len(durations)):
        d = max(0.04, min(overlap, durations[i - 1] / 2, durations[i] / 2))
        target = "v" if i == len(durations) - 1 else f"x{i}"
        chains.append(
            f"[{current}][s{i}]xfade=transition={_XFADE[transition]}:duration={d:.3f}:offset={length - d:.3f}[{target}]"
        )
        current, length = target, length + durations[i] - d
    return ";".join(chains), length


def delayed_audio(index: int, delay: float, label: str) -> str:
    """A chain taking input ``index``'s sound, starting ``delay`` seconds late (silence before),
    then padded with silence so it can be cut to any length."""
    wait = f"adelay={int(delay * 1000)}:all=1," if delay > 0 else ""
    return f"[{index}:a:0]{wait}apad[{label}]"


def stack_graph(count: int, width: int) -> str:
    """The ``-filter_complex`` stacking the pictures of inputs ``0..count-1`` into ``[v]``, each
    scaled to ``width`` (even heights)."""
    chains = [f"[{i}:v:0]scale={width}:-2,setsar=1,format=yuv420p[s{i}]" for i in range(count)]
    pads = "".join(f"[s{i}]" for i in range(count))
    chains.append(f"{pads}vstack=inputs={count}:shortest=1[v]")
    return ";".join(chains)
