"""``/file/virusscan``: scan each file with ClamAV; infected files are excluded or fail the Assembly.

:mod:`transloadit_emulator.media.clamav` runs ``clamscan`` (archives unpacked) with the emulator's
own signature database (the EICAR test file) or a full one
(``TRANSLOADIT_EMULATOR_CLAMAV_DATABASE``). As the vendor documents, infected files are dropped
from further processing without a word, unless ``error_on_decline`` is set: then the Assembly
fails with ``FILE_VIRUSSCAN_DECLINED_FILE`` and ``error_msg``. Clean files pass on unchanged, their
input URLs kept. ``can_use_daemon_fallback`` has no local meaning (clamscan is always used).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..media.clamav import ScanError, scan
from ..variables import to_text
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.names import basename

DEFAULT_ERROR_MSG = "One of your files was declined"


class FileVirusscan(PerFileRobot):
    """Forwards clean files; drops or fails on infected ones."""

    name = "/file/virusscan"
    job_slots = 2  # the vendor's 16 queue slots, on the emulator's scale (/video/encode's 60 -> 6)

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The file itself when clean; nothing (or the Step's failure) when infected."""
        name = basename(str(file.record.get("name") or file.path.name))
        try:
            verdict = scan(file.path)
        except ScanError as exc:
            raise RobotError("FILE_VIRUSSCAN_INVALID_INPUT", f"{name!r} could not be scanned: {exc}") from None
        if not verdict.infected:
            return [OutputFile(path=file.path, name=name, source=file, passthrough=True)]
        ctx.logger.info("virusscan: %s holds %s", name, verdict.signature)
        if params.get("error_on_decline") is True:
            message = to_text(params.get("error_msg")) or DEFAULT_ERROR_MSG
            raise RobotError(
                "FILE_VIRUSSCAN_DECLINED_FILE",
                message,
                reason=f"{name!r}: {verdict.signature}",
                virusname=verdict.signature,  # the status's own key for it, as the vendor's schema has
            )
        return []
