"""Text formats turned into one another without an office: Markdown to HTML (markdown-it-py,
CommonMark or GitHub's flavour, a bare or GitHub-like style), SubRip and WebVTT subtitles, and
the print options of HTML pages (paper sizes, margins) as Chromium's ``Page.printToPDF`` takes them."""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt

_GITHUB_CSS = (
    "body{font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;"
    "color:#1f2328;max-width:980px;margin:0 auto;padding:32px}"
    "h1,h2{border-bottom:1px solid #d1d9e0;padding-bottom:.3em}"
    "code,pre{font-family:monospace;background:#f6f8fa;border-radius:6px}pre{padding:16px;overflow:auto}"
    "table{border-collapse:collapse}td,th{border:1px solid #d1d9e0;padding:6px 13px}blockquote{color:#59636e;"
    "border-left:.25em solid #d1d9e0;padding:0 1em;margin:0}"
)

#: Paper sizes in inches (width, height).
PAPER: dict[str, tuple[float, float]] = {
    "A0": (33.11, 46.81),
    "A1": (23.39, 33.11),
    "A2": (16.54, 23.39),
    "A3": (11.69, 16.54),
    "A4": (8.27, 11.69),
    "A5": (5.83, 8.27),
    "A6": (4.13, 5.83),
    "Letter": (8.5, 11.0),
    "Legal": (8.5, 14.0),
    "Tabloid": (11.0, 17.0),
    "Ledger": (17.0, 11.0),
}
_UNITS = {"px": 1 / 96, "in": 1.0, "cm": 1 / 2.54, "mm": 1 / 25.4}
_LENGTH = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*(px|in|cm|mm)?\s*$")
_SRT_TIME = re.compile(r"(\d{2}:\d{2}:\d{2}),(\d{3})")
_VTT_TIME = re.compile(r"(?:(\d{2,}):)?(\d{2}):(\d{2})\.(\d{3})")


def markdown_to_html(text: str, *, variant: str = "gfm", theme: str = "github", title: str = "") -> str:
    """A whole HTML page of the Markdown ``text``."""
    parser = MarkdownIt("commonmark")
    if variant == "gfm":
        parser.enable(["table", "strikethrough"])
    style = f"<style>{_GITHUB_CSS}</style>" if theme == "github" else ""
    body = parser.render(text)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title>{style}'
        f"</head><body>{body}</body></html>"
    )


def margins(value: str) -> dict[str, float]:
    """``"top,right,bottom,left"`` with units (px, in, cm, mm; one value for all four) in inches."""
    parts = [p for p in value.split(",")]
    if len(parts) == 1:
        parts *= 4
    if len(parts) != 4:
        raise ValueError(f"pdf_margin {value!r} needs four lengths: top,right,bottom,left")
    inches = []
    for part in parts:
        match = _LENGTH.match(part)
        if match is None:
            raise ValueError(f"pdf_margin {part.strip()!r} is no length in px, in, cm or mm")
        inches.append(float(match.group(1)) * _UNITS[match.group(2) or "px"])
    return dict(zip(("marginTop", "marginRight", "marginBottom", "marginLeft"), inches, strict=True))


def srt_to_vtt(text: str) -> str:
    """SubRip cues as WebVTT (the cue numbers kept as identifiers)."""
    body = _SRT_TIME.sub(r"\1.\2", text.replace("\r\n", "\n").lstrip("\ufeff"))
    return "WEBVTT\n\n" + body.strip() + "\n"


def vtt_to_srt(text: str) -> str:
    """WebVTT cues as SubRip: numbered, comma-separated milliseconds, cue settings and notes dropped."""
    blocks = text.replace("\r\n", "\n").lstrip("\ufeff").split("\n\n")
    cues: list[str] = []
    for block in blocks:
        lines = [line for line in block.split("\n") if line.strip()]
        timing = next((i for i, line in enumerate(lines) if "-->" in line), None)
        if timing is None:
            continue
        start, end = (_srt_time(part.strip().split(" ")[0]) for part in lines[timing].split("-->", 1))
        cues.append(f"{len(cues) + 1}\n{start} --> {end}\n" + "\n".join(lines[timing + 1 :]))
    return "\n\n".join(cues) + "\n"


def _srt_time(value: str) -> str:
    match = _VTT_TIME.match(value)
    if match is None:
        raise ValueError(f"{value!r} is no WebVTT time")
    hours = int(match.group(1) or 0)
    return f"{hours:02d}:{match.group(2)}:{match.group(3)},{match.group(4)}"
