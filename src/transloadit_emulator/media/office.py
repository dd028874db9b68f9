"""Office documents converted by LibreOffice (Debian's ``libreoffice-*-nogui``), one office
kept warm per emulator process.

Starting LibreOffice costs one to four seconds; converting a small document in a running one
costs a tenth of that. ``soffice --convert-to`` handed to a running instance makes that
instance quit afterwards, so it cannot keep one warm. Instead one ``soffice.bin`` listens on a
private pipe (its own profile in a temporary directory; started through the ``soffice``
launcher, which restarts ``soffice.bin`` when a fresh profile asks for it with exit code 81), and a small UNO client
(``office_uno.py``, run by Debian's ``python3`` with ``python3-uno``; the venv's Python cannot
import LibreOffice's bindings) stays connected to it and converts one file per request. A
conversion that hangs past its timeout, or an office that died, restarts both on the next call.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, Any

SOFFICE = os.environ.get("TRANSLOADIT_EMULATOR_SOFFICE", "/usr/lib/libreoffice/program/soffice")
SYSTEM_PYTHON = os.environ.get("TRANSLOADIT_EMULATOR_UNO_PYTHON", "/usr/bin/python3")
_START_TIMEOUT_S = 60.0
_CONVERT_TIMEOUT_S = 120.0

#: Export filters by target format and document family (text, spreadsheet, presentation, drawing).
FILTERS: dict[str, dict[str, str]] = {
    "pdf": {
        "text": "writer_pdf_Export",
        "spreadsheet": "calc_pdf_Export",
        "presentation": "impress_pdf_Export",
        "drawing": "draw_pdf_Export",
    },
    "docx": {"text": "MS Word 2007 XML"},
    "doc": {"text": "MS Word 97"},
    "odt": {"text": "writer8"},
    "ott": {"text": "writer8_template"},
    "rtf": {"text": "Rich Text Format"},
    "txt": {"text": "Text (encoded):UTF8"},
    "html": {"text": "HTML (StarWriter)", "spreadsheet": "HTML (StarCalc)"},
    "xhtml": {"text": "XHTML Writer File", "spreadsheet": "XHTML Calc File"},
    "xlsx": {"spreadsheet": "Calc MS Excel 2007 XML"},
    "xls": {"spreadsheet": "MS Excel 97"},
    "csv": {"spreadsheet": "Text - txt - csv (StarCalc)"},
    "pptx": {"presentation": "Impress MS PowerPoint 2007 XML"},
    "ppt": {"presentation": "MS PowerPoint 97"},
    "pps": {"presentation": "MS PowerPoint 97 AutoPlay"},
    "pot": {"presentation": "MS PowerPoint 97 Vorlage"},
    "svg": {"drawing": "draw_svg_Export", "presentation": "impress_svg_Export"},
}


class OfficeError(RuntimeError):
    """LibreOffice is missing, could not open the file, or did not finish in time."""


class UnsupportedConversion(OfficeError):
    """The document's family has no export to the asked format (a spreadsheet to docx)."""


class OfficeConverter:
    """One warm LibreOffice and its UNO client; :meth:`convert` is serialised by a lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._office: subprocess.Popen[bytes] | None = None
        self._client: subprocess.Popen[bytes] | None = None
        self._pending = b""
        self._home: str | None = None

    def convert(self, src: Path, dst: Path, target: str) -> str:
        """Convert ``src`` to ``dst`` in format ``target`` (a key of :data:`FILTERS`); returns
        the document family LibreOffice read it as."""
        filters = FILTERS.get(target)
        if filters is None:
            raise UnsupportedConversion(f"LibreOffice does not write {target}")
        with self._lock:
            client = self._ensure_started()
            assert client.stdin is not None and client.stdout is not None
            request = json.dumps({"src": str(src), "dst": str(dst), "filters": filters}) + "\n"
            try:
                client.stdin.write(request.encode())
                client.stdin.flush()
            except BrokenPipeError:
                self.close()
                raise OfficeError("LibreOffice stopped") from None
            reply = self._read_reply(client.stdout, _CONVERT_TIMEOUT_S)
        if reply.get("unsupported"):
            raise UnsupportedConversion(f"a {reply.get('family')} document cannot be written as {target}")
        if not reply.get("ok") or not dst.exists():
            raise OfficeError(str(reply.get("error") or "LibreOffice wrote no file"))
        return str(reply.get("family"))

    def _read_reply(self, stream: IO[bytes], timeout: float) -> dict[str, Any]:
        """The client's next JSON line, read from its file descriptor (no buffered reader, so
        ``select`` never misses a line already read ahead); stops both on a timeout or bad line."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self._pending:
            ready, _, _ = select.select([stream], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(stream.fileno(), 65536) if ready else b""
            if not chunk:
                self.close()
                raise OfficeError(
                    f"LibreOffice did not answer within {timeout:.0f} s" if not ready else "LibreOffice stopped"
                )
            self._pending += chunk
        line, _, self._pending = self._pending.partition(b"\n")
        try:
            reply: dict[str, Any] = json.loads(line)
        except ValueError:
            self.close()
            raise OfficeError(f"LibreOffice's client answered {line[:200]!r}") from None
        return reply

    def _ensure_started(self) -> subprocess.Popen[bytes]:
        if (
            self._client is not None
            and self._client.poll() is None
            and self._office is not None
            and self._office.poll() is None
        ):
            return self._client
        self.close()
        if not Path(SOFFICE).exists() or shutil.which(SYSTEM_PYTHON) is None:
            raise OfficeError("LibreOffice is not installed (Debian packages libreoffice-*-nogui and python3-uno)")
        self._home = tempfile.mkdtemp(prefix="tl-office-")
        pipe = "tl_office_" + Path(self._home).name.replace("-", "_")
        profile = Path(self._home, "profile").as_uri()
        self._office = subprocess.Popen(
            [
                SOFFICE,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--invisible",
                "--nologo",
                "--norestore",
                "--nodefault",
                "--nolockcheck",
                f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self._client = subprocess.Popen(
            [SYSTEM_PYTHON, str(Path(__file__).with_name("office_uno.py")), pipe],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        assert self._client.stdout is not None
        self._read_reply(self._client.stdout, _START_TIMEOUT_S)
        return self._client

    def close(self) -> None:
        """Stop the office and its client (a later :meth:`convert` starts them again)."""
        for process in (self._client, self._office):
            if process is not None and process.poll() is None:
                # the launcher (oosplash) and soffice.bin share the session started for them
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self._client = self._office = None
        self._pending = b""
        if self._home is not None:
            shutil.rmtree(self._home, ignore_errors=True)
            self._home = None


_converter: OfficeConverter | None = None
_converter_lock = threading.Lock()


def converter() -> OfficeConverter:
    """The process's one warm converter (started on its first conversion, stopped at exit)."""
    global _converter
    with _converter_lock:
        if _converter is None:
            _converter = OfficeConverter()
            atexit.register(_converter.close)
        return _converter
