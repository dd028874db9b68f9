"""What audio and video robots read off their inputs: durations, sound, files by ``as`` role, and
the ``segments`` of split Steps."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ...errors import RobotError
from ...media.ffmpeg import seconds_of
from ..base import InputFile
from .grouping import use_entries


def duration_of(file: InputFile, code: str) -> float:
    """The input's duration in seconds from its metadata; a file without one raises ``code``."""
    duration = (file.record.get("meta") or {}).get("duration")
    if not isinstance(duration, int | float) or isinstance(duration, bool) or duration <= 0:
        raise RobotError(code, f"{file.record.get('name')!r} has no duration that can be read.")
    return float(duration)


def has_sound(file: InputFile) -> bool:
    """Whether the input's metadata names an audio codec."""
    return bool((file.record.get("meta") or {}).get("audio_codec"))


def files_as(params: Mapping[str, Any], files: Sequence[InputFile], role: str) -> list[InputFile]:
    """The files of the ``use`` entries whose ``as`` is ``role`` (``"audio"``, ``"image"``, ...)."""
    out: list[InputFile] = []
    for entry in use_entries(params.get("use")):
        if entry.as_ == role:
            out += [f for f in entry.select(files) if f not in out]
    return out


def cut_ranges(params: Mapping[str, Any], code: str) -> list[tuple[float, float]]:
    """``segments`` as ``(from, to)`` seconds; a missing, unreadable or empty range raises ``code``."""
    segments = params.get("segments")
    if not isinstance(segments, list) or not segments:
        raise RobotError(code, "segments must list at least one {from, to} range.")
    out: list[tuple[float, float]] = []
    for i, segment in enumerate(segments):
        start = seconds_of(segment.get("from")) if isinstance(segment, Mapping) else None
        end = seconds_of(segment.get("to")) if isinstance(segment, Mapping) else None
        if start is None or end is None or start < 0 or end <= start:
            raise RobotError(code, f"segments[{i}] needs a 'from' before its 'to' (seconds or HH:MM:SS.fff).")
        out.append((start, end))
    return out
