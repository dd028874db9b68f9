"""Text recognition and page orientation with Tesseract (Debian's ``tesseract-ocr``), run as a
subprocess: words with their boxes (TSV output) grouped into lines, and ``--psm 0`` orientation."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .commands import run_command

_TIMEOUT_S = 120
_ROTATE = re.compile(r"^Rotate:\s*(\d+)", re.MULTILINE)
_CONFIDENCE = re.compile(r"^Orientation confidence:\s*([0-9.]+)", re.MULTILINE)


class OcrError(RuntimeError):
    """Tesseract is missing, or failed on the image."""


@dataclass(frozen=True)
class Line:
    """A line of recognised text and its box in pixels (left, top, width, height)."""

    text: str
    box: tuple[int, int, int, int]
    confidence: float

    def polygon(self) -> list[dict[str, int]]:
        """The box as the four corners the vendor's ``boundingPolygon`` lists, clockwise from top left."""
        left, top, width, height = self.box
        right, bottom = left + width, top + height
        return [{"x": left, "y": top}, {"x": right, "y": top}, {"x": right, "y": bottom}, {"x": left, "y": bottom}]


def tesseract_binary() -> str:
    """The ``tesseract`` on PATH; raises :class:`OcrError` when it is not installed."""
    found = shutil.which("tesseract")
    if found is None:
        raise OcrError("tesseract is not installed (Debian package tesseract-ocr; `make install` installs it)")
    return found


def _run(args: list[str]) -> str:
    try:
        done = run_command(
            [tesseract_binary(), *args],
            _TIMEOUT_S,
            env=dict(OMP_THREAD_LIMIT="1", PATH="/usr/bin:/bin"),  # one thread: jobs run side by side
        )
    except subprocess.TimeoutExpired:
        raise OcrError(f"tesseract took longer than {_TIMEOUT_S} s") from None
    if done.returncode != 0:
        raise OcrError(done.stderr.decode("utf-8", "replace").strip()[-500:] or "tesseract failed")
    return done.stdout.decode("utf-8", "replace")


def recognize(image: Path, language: str = "eng") -> list[Line]:
    """The lines of text Tesseract reads in ``image``, top to bottom, each with its box."""
    tsv = _run([str(image), "stdout", "-l", language, "tsv"])
    words: dict[tuple[str, str, str, str], list[tuple[str, int, int, int, int, float]]] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) != 12 or cells[0] != "5" or not cells[11].strip():
            continue
        left, top, width, height = (int(c) for c in cells[6:10])
        words.setdefault((cells[1], cells[2], cells[3], cells[4]), []).append(
            (cells[11].strip(), left, top, width, height, float(cells[10]))
        )
    lines = []
    for group in words.values():
        left = min(w[1] for w in group)
        top = min(w[2] for w in group)
        right = max(w[1] + w[3] for w in group)
        bottom = max(w[2] + w[4] for w in group)
        confidence = sum(w[5] for w in group) / len(group)
        lines.append(Line(" ".join(w[0] for w in group), (left, top, right - left, bottom - top), round(confidence, 2)))
    return lines


def orientation(image: Path) -> tuple[int, float] | None:
    """Tesseract's orientation detection (``--psm 0``): the clockwise turn in degrees that makes
    ``image`` upright, and its confidence; None when there is too little text to tell."""
    try:
        report = _run([str(image), "stdout", "--psm", "0"])
    except OcrError:
        return None  # "Too few characters" and similar: nothing to turn by
    rotate, confidence = _ROTATE.search(report), _CONFIDENCE.search(report)
    if rotate is None:
        return None
    return int(rotate.group(1)) % 360, float(confidence.group(1)) if confidence else 0.0
