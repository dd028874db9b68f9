"""Subtitles on videos with ffmpeg: burned into the picture by libass (``subtitles`` filter, with
an ASS ``force_style`` built from the Step's styling), or muxed as a switchable stream (MP4
``mov_text``, Matroska SRT, WebM WebVTT)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

#: The alignment of each ``position`` as libass reads ``force_style`` over SRT (the legacy SSA
#: numbers: 1-3 bottom, 5-7 top, 9-11 middle; not V4+'s numpad, which puts 5 at the top left).
ALIGNMENT = {"bottom-left": 1, "bottom": 2, "bottom-right": 3, "top-left": 5, "top": 6, "top-right": 7,
             "left": 9, "center": 10, "right": 11}  # fmt: skip
#: The subtitle codec each container takes, by extension.
STREAM_CODECS = {"mp4": "mov_text", "m4v": "mov_text", "mov": "mov_text", "mkv": "srt", "webm": "webvtt"}
_BORDER_STYLE = {"outline": 1, "shadow": 1, "box": 3}


@dataclass(frozen=True)
class SubtitleStyle:
    """How burned subtitles look."""

    font: str = "Arial"
    font_size: int = 16
    font_color: str = "FFFFFF"
    border_color: str = "40000000"
    border_style: str = "outline"
    outline_width: int | None = None
    bold: bool = False
    italic: bool = False
    position: str = "bottom"


def ass_colour(value: str, *, alpha_first: bool) -> str:
    """``RRGGBB``, ``RGB`` or an 8-digit colour with alpha (first two digits when ``alpha_first``,
    else last) as ASS writes it: ``&HAABBGGRR`` (alpha 00 is opaque)."""
    text = value.lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    alpha = "00"
    if len(text) == 8:
        alpha, text = (text[:2], text[2:]) if alpha_first else (text[6:], text[:6])
    return f"&H{alpha}{text[4:6]}{text[2:4]}{text[0:2]}".upper()


def force_style(style: SubtitleStyle) -> str:
    """The ASS style override for libass."""
    parts = [
        f"FontName={style.font}",
        f"FontSize={style.font_size}",
        f"PrimaryColour={ass_colour(style.font_color, alpha_first=False)}",
        f"OutlineColour={ass_colour(style.border_color, alpha_first=True)}",
        f"BackColour={ass_colour(style.border_color, alpha_first=True)}",
        f"BorderStyle={_BORDER_STYLE.get(style.border_style, 1)}",
        f"Alignment={ALIGNMENT.get(style.position, 2)}",
        f"Bold={-1 if style.bold else 0}",
        f"Italic={-1 if style.italic else 0}",
    ]
    if style.border_style == "shadow":
        parts += ["Outline=0", "Shadow=2"]
    elif style.outline_width is not None:
        parts.append(f"Outline={style.outline_width}")
    return ",".join(parts)


def burn_filter(subtitles: Path, style: SubtitleStyle) -> str:
    """The ``subtitles`` filter drawing ``subtitles`` (SRT, VTT or ASS) onto the picture. The style
    is quoted (its commas would split the graph); its values hold no quote (see ``font_name``)."""
    path = str(subtitles).replace("\\", "\\\\").replace(":", "\\:").replace("'", "\\'")
    return f"subtitles=filename={path}:force_style='{force_style(style)}'"


def font_name(value: str) -> str:
    """A font family name safe inside the filter graph: letters, digits, spaces and dashes."""
    return "".join(c for c in value if c.isalnum() or c in " -_") or "Arial"


def subtitle_stream_count(path: Path) -> int:
    """How many subtitle streams a file holds (0 when it cannot be read)."""
    import av

    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            return len(container.streams.subtitles)
    except (av.FFmpegError, OSError, ValueError):
        return 0


#: The longest cue (seconds) ffmpeg's MP4 muxer stores as ``mov_text``: 2^31 microseconds.
MP4_LONGEST_CUE = 2147.0
#: The most text one cue may hold: libass lays a 1 MB cue out for minutes, in gigabytes, and
#: MP4's ``mov_text`` holds less than 64 KiB; a real cue is a line or two.
CUE_BYTES = 10_000


class SubtitleError(ValueError):
    """The file holds no subtitles ffmpeg can read."""


def subtitle_cues(path: Path) -> list[tuple[float, float, int]]:
    """``(start, duration, text bytes)`` of each cue (seconds) of a subtitle file (SRT, WebVTT, ASS).
    Raises :class:`SubtitleError` when it is none of them, or holds no cue."""
    import av

    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            if not container.streams.subtitles:
                raise SubtitleError("it holds no subtitle stream")
            stream = container.streams.subtitles[0]
            cues = [
                (float(p.pts * p.time_base), float((p.duration or 0) * p.time_base), p.size)
                for p in container.demux(stream)
                if p.size and p.pts is not None and p.time_base is not None
            ]
    except (av.FFmpegError, OSError, ValueError) as exc:
        raise SubtitleError(str(exc)) from None
    if not cues:
        raise SubtitleError("it holds no cue")
    return cues
