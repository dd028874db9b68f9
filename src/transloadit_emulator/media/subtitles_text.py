"""Subtitle files (SRT, WebVTT) of timed words: words grouped into cues of a few seconds."""

from __future__ import annotations

from collections.abc import Sequence

#: A cue ends after this many words, this many seconds, or at a pause this long.
_MAX_WORDS = 10
_MAX_SECONDS = 5.0
_PAUSE_S = 0.6

Cue = tuple[float, float, str]


def cues_of(words: Sequence[tuple[str, float, float]]) -> list[Cue]:
    """``(start, end, text)`` cues of ``(text, start, end)`` words, in order."""
    cues: list[Cue] = []
    group: list[tuple[str, float, float]] = []
    for word in words:
        if group and (
            len(group) >= _MAX_WORDS or word[2] - group[0][1] > _MAX_SECONDS or word[1] - group[-1][2] > _PAUSE_S
        ):
            cues.append((group[0][1], group[-1][2], " ".join(w[0] for w in group)))
            group = []
        group.append(word)
    if group:
        cues.append((group[0][1], group[-1][2], " ".join(w[0] for w in group)))
    return cues


def _stamp(seconds: float, separator: str) -> str:
    ms = round(seconds * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{separator}{ms:03d}"


def srt_of(cues: Sequence[Cue]) -> str:
    """An SRT file of ``cues``."""
    blocks = [f"{i}\n{_stamp(a, ',')} --> {_stamp(b, ',')}\n{text}\n" for i, (a, b, text) in enumerate(cues, 1)]
    return "\n".join(blocks)


def webvtt_of(cues: Sequence[Cue]) -> str:
    """A WebVTT file of ``cues``."""
    blocks = [f"{_stamp(a, '.')} --> {_stamp(b, '.')}\n{text}\n" for a, b, text in cues]
    return "WEBVTT\n\n" + "\n".join(blocks)
