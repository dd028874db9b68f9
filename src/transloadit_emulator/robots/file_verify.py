"""``/file/verify``: pass on the files that really are of the type ``verify_to_be`` names.

The type comes from the content alone (:mod:`transloadit_emulator.media.filetype`: magic
numbers, image headers, container streams, zip and OLE members), never from the name or the
declared MIME type, so a renamed file is caught. ``verify_to_be`` (default ``pdf``) may be a
Transloadit type (``image``), a MIME type (``image/png``, ``image/*``) or an extension (``jpg``).
Declined files are dropped, or with ``error_on_decline`` fail the Assembly with
``FILE_VERIFY_INVALID_FILE`` and ``error_msg``. ``repair_pdf`` strips junk before a PDF's header
(the real robot runs ``mutool clean``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..media.filetype import matches, real_type, repair_pdf
from ..variables import to_text
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.names import basename

DEFAULT_ERROR_MSG = "One of your files was declined"


class FileVerify(PerFileRobot):
    """Forwards files of the wanted type; drops or fails on the others."""

    name = "/file/verify"

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The file itself when its content is of the wanted type (a repaired copy for a PDF)."""
        name = basename(str(file.record.get("name") or file.path.name))
        wanted = to_text(params.get("verify_to_be")) or "pdf"
        found = real_type(file.path)
        meta = {"verified_mime": found.mime}
        if matches(found, wanted):
            return [OutputFile(path=file.path, name=name, source=file, meta=meta, passthrough=True)]
        if params.get("repair_pdf") is True and matches_pdf(wanted):
            ctx.scratch_dir.mkdir(parents=True, exist_ok=True)
            repaired = ctx.scratch_dir / f"repaired-{file.record.get('id') or 'file'}.pdf"
            if repair_pdf(file.path, repaired) and matches(real_type(repaired), "pdf"):
                return [OutputFile(path=repaired, name=name, source=file, meta={"verified_mime": "application/pdf"})]
        if params.get("error_on_decline") is True:
            message = to_text(params.get("error_msg")) or DEFAULT_ERROR_MSG
            raise RobotError("FILE_VERIFY_INVALID_FILE", message, reason=f"{name!r} is {found.mime}, not {wanted}")
        return []


def matches_pdf(wanted: str) -> bool:
    """Whether ``verify_to_be`` asks for PDFs."""
    return wanted.strip().lower() in ("pdf", "application/pdf")
