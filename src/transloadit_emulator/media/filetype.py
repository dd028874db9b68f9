"""A file's real type, by content only (the name a client gave it plays no part), and whether it
is of the type a ``/file/verify`` Step wants; best-effort repair of PDFs with junk before
their header."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .metadata import identify_file
from .sniff import extension_for_mime

_TEXT_PROBE = 64 * 1024
_PDF_SEARCH = 1024


@dataclass(frozen=True)
class RealType:
    """``mime`` and Transloadit ``type`` by content, and the extension that MIME type has."""

    mime: str
    type: str | None
    ext: str


def real_type(path: Path) -> RealType:
    """What ``path`` holds, judged by its bytes (magic numbers, image headers, container
    streams, zip and OLE members; UTF-8 text without NUL bytes is ``text/plain``)."""
    facts = identify_file(path, "")
    mime = facts.mime
    if mime == "application/octet-stream" and _is_text(path):
        mime = "text/plain"
    return RealType(mime, facts.type, extension_for_mime(mime).lstrip(".").lower())


def matches(found: RealType, wanted: str) -> bool:
    """Whether ``found`` is ``wanted``: a Transloadit type (``image``), a MIME type
    (``image/png``; ``image/*``) or an extension (``pdf``, ``jpg``)."""
    want = wanted.strip().lower()
    if not want:
        return False
    if "/" in want:
        major, _, minor = want.partition("/")
        return found.mime == want or (minor == "*" and found.mime.startswith(major + "/"))
    aliases = {"jpeg": "jpg", "tif": "tiff", "htm": "html", "mpeg": "mpg"}
    ext = aliases.get(want, want)
    return want == found.type or ext == aliases.get(found.ext, found.ext) or found.mime.endswith("/" + want)


def repair_pdf(path: Path, out: Path) -> bool:
    """Write ``path`` without the junk before its ``%PDF-`` header to ``out``, when that is all
    that keeps it from being a PDF; False when there is nothing to repair that way."""
    with path.open("rb") as fh:
        head = fh.read(_PDF_SEARCH)
        start = head.find(b"%PDF-")
        if start <= 0:
            return False
        fh.seek(start)
        out.write_bytes(fh.read())
    return True


def _is_text(path: Path) -> bool:
    with path.open("rb") as fh:
        data = fh.read(_TEXT_PROBE)
    if not data or b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(data) - 3  # a character cut at the probe's end
    return True
