"""The ffmpeg filter graph that joins videos one after the other (``/video/concat``).

Every input is scaled and padded to one canvas (the first input's size, even, and frame rate),
and cut or held (last frame repeated) to exactly its own duration. When any input has sound,
each one's sound is resampled to 48 kHz stereo and padded or cut to its duration; an input
without sound gets silence. Joints are plain cuts with optional fades (out at the end of every
piece but the last, in at the start of every piece but the first), fades to black, or
crossfades (``xfade``/``acrossfade``), which overlap the pieces and so shorten the result.
Chapter markers at each piece's start are written as an ffmetadata file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

_SAMPLE_RATE = 48000  # every audio encoder of the presets takes it (Opus only 48 kHz and below)
_DEFAULT_FPS = 25.0
#: The vendor's ``transition`` values.
TRANSITIONS = ("none", "crossfade", "fade_to_black")


@dataclass(frozen=True)
class Segment:
    """One input video: its duration and whether it has sound."""

    duration: float
    has_audio: bool


@dataclass(frozen=True)
class Canvas:
    """The frame every segment is brought to: the first input's size (even) and frame rate."""

    width: int
    height: int
    fps: float


@dataclass(frozen=True)
class Joints:
    """How pieces meet: fade lengths at plain cuts, or crossfades (``transition``) of
    ``transition_duration`` seconds, at most half the shorter piece of each pair."""

    video_fade: float = 0.0
    audio_fade: float = 0.0
    transition: str = "none"
    transition_duration: float = 1.0


def segment_of(meta: Mapping[str, Any], kind: Any) -> Segment | None:
    """Duration and sound of one input from its metadata; None when it is no usable video
    (no picture size or no duration)."""
    duration = meta.get("duration")
    sized = isinstance(meta.get("width"), int) and isinstance(meta.get("height"), int)
    if not (kind == "video" and isinstance(duration, int | float) and duration > 0 and sized):
        return None
    return Segment(float(duration), bool(meta.get("audio_codec")))


def canvas_of(meta: Mapping[str, Any]) -> Canvas:
    """The canvas of the first input's metadata (a usable video's, see :func:`segment_of`)."""
    fps = meta.get("framerate")
    rate = float(fps) if isinstance(fps, int | float) and 0 < fps <= 120 else _DEFAULT_FPS
    return Canvas(_even(int(meta["width"])), _even(int(meta["height"])), rate)


def concat_graph(segments: Sequence[Segment], canvas: Canvas, joints: Joints, *, with_audio: bool) -> str:
    """The ``-filter_complex`` graph: input ``i``'s video (and sound) normalized into ``[v<i>]``
    (``[a<i>]``), all joined into ``[cv]`` (and ``[ca]``)."""
    last = len(segments) - 1
    video_fade, audio_fade = joints.video_fade, joints.audio_fade
    if joints.transition == "fade_to_black":  # half the transition out, half in, sound alike
        video_fade = audio_fade = joints.transition_duration / 2
    elif joints.transition == "crossfade":
        video_fade = audio_fade = 0.0
    chains: list[str] = []
    for i, seg in enumerate(segments):
        chains.append(f"[{i}:v:0]{','.join(_video_chain(seg, canvas, i, last, video_fade))}[v{i}]")
        if with_audio:
            source = f"[{i}:a:0]asetpts=PTS-STARTPTS," if seg.has_audio else f"anullsrc=r={_SAMPLE_RATE}:cl=stereo,"
            chains.append(f"{source}{','.join(_audio_chain(seg, i, last, audio_fade))}[a{i}]")
    if joints.transition == "crossfade":
        return ";".join(chains + _crossfades(segments, joints.transition_duration, with_audio))
    pads = "".join(f"[v{i}][a{i}]" if with_audio else f"[v{i}]" for i in range(len(segments)))
    outputs = "[cv][ca]" if with_audio else "[cv]"
    chains.append(f"{pads}concat=n={len(segments)}:v=1:a={1 if with_audio else 0}{outputs}")
    return ";".join(chains)


def _video_chain(seg: Segment, canvas: Canvas, index: int, last: int, fade: float) -> list[str]:
    w, h = canvas.width, canvas.height
    return [
        "setpts=PTS-STARTPTS",
        f"scale={w}:{h}:force_original_aspect_ratio=decrease",
        f"pad={w}:{h}:(ow-iw)/2:(oh-ih)/2:color=black",
        "setsar=1",
        f"fps={canvas.fps:g}",
        "format=yuv420p",
        # Hold the last frame, then cut: the piece lasts exactly the input's duration.
        "tpad=stop=-1:stop_mode=clone",
        f"trim=duration={seg.duration:.3f}",
        "setpts=PTS-STARTPTS",
        *_fades("fade", index, last, seg.duration, fade),
    ]


def _audio_chain(seg: Segment, index: int, last: int, fade: float) -> list[str]:
    return [
        f"aresample={_SAMPLE_RATE}",
        f"aformat=sample_fmts=fltp:sample_rates={_SAMPLE_RATE}:channel_layouts=stereo",
        "apad",
        f"atrim=duration={seg.duration:.3f}",
        "asetpts=PTS-STARTPTS",
        *_fades("afade", index, last, seg.duration, fade),
    ]


def _fades(name: str, index: int, last: int, duration: float, seconds: float) -> list[str]:
    """Fade in at the start of every piece but the first, out at the end of every piece but the
    last; a fade takes at most half the piece so the two never overlap."""
    length = min(seconds, duration / 2)
    if length <= 0:
        return []
    out = []
    if index > 0:
        out.append(f"{name}=t=in:st=0:d={length:.3f}")
    if index < last:
        out.append(f"{name}=t=out:st={duration - length:.3f}:d={length:.3f}")
    return out


def overlaps(segments: Sequence[Segment], seconds: float) -> list[float]:
    """How long each pair of neighbours overlaps in a crossfade: ``seconds``, at most half the
    shorter piece of the pair."""
    return [min(seconds, a.duration / 2, b.duration / 2) for a, b in zip(segments, segments[1:], strict=False)]


def _crossfades(segments: Sequence[Segment], seconds: float, with_audio: bool) -> list[str]:
    """``xfade`` (and ``acrossfade``) chains folding ``[v0]..[vn]`` into ``[cv]`` (``[ca]``)."""
    chains: list[str] = []
    video, audio, length = "[v0]", "[a0]", segments[0].duration
    pairs = overlaps(segments, seconds)
    for i, overlap in enumerate(pairs, start=1):
        last = i == len(pairs)
        into, sound = ("[cv]", "[ca]") if last else (f"[xv{i}]", f"[xa{i}]")
        offset = length - overlap
        chains.append(f"{video}[v{i}]xfade=transition=fade:duration={overlap:.3f}:offset={offset:.3f}{into}")
        if with_audio:
            chains.append(f"{audio}[a{i}]acrossfade=d={overlap:.3f}{sound}")
        video, audio, length = into, sound, length + segments[i].duration - overlap
    return chains


def piece_starts(segments: Sequence[Segment], joints: Joints) -> list[float]:
    """When each piece starts in the joined video (crossfaded pieces start as the fade begins)."""
    starts, at = [], 0.0
    pairs = overlaps(segments, joints.transition_duration) if joints.transition == "crossfade" else []
    for i, seg in enumerate(segments):
        starts.append(at)
        at += seg.duration - (pairs[i] if i < len(pairs) else 0.0)
    return starts


def chapters_metadata(starts: Sequence[float], end: float, titles: Sequence[str]) -> str:
    """An ffmetadata file with one chapter per piece, from its start to the next one's."""
    lines = [";FFMETADATA1"]
    bounds = [*starts, end]
    for i, title in enumerate(titles):
        lines += ["[CHAPTER]", "TIMEBASE=1/1000", f"START={round(bounds[i] * 1000)}"]
        lines += [f"END={round(bounds[i + 1] * 1000)}", f"title={_escaped(title)}"]
    return "\n".join(lines) + "\n"


def _escaped(text: str) -> str:
    # ffmetadata escapes '=', ';', '#', '\' and newlines with a backslash.
    for char in ("\\", "=", ";", "#", "\n"):
        text = text.replace(char, "\\" + char)
    return text


def _even(n: int) -> int:
    # H.264 and VP9 in 4:2:0 need even dimensions.
    return max(2, n + (n % 2))
