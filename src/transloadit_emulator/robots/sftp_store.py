"""``/sftp/store``: store each file on an SFTP server.

Credentials of type ``sftp`` (``host``, ``user``, ``port``, and a ``password`` or a
``private_key``) or the inline params; ``path`` (directories are made as needed), ``url_template``
and ``ssl_url_template`` (``{HOST}``, ``{PATH}``), ``file_chmod`` (octal, or ``auto``: the server's).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .support.remote_files import RemoteStore


class SftpStore(RemoteStore):
    """The shared file-server store robot over SFTP."""

    name = "/sftp/store"
    protocol = "sftp"

    def file_mode(self, params: Mapping[str, Any]) -> int | None:
        """``file_chmod`` as permission bits; ``auto`` leaves them to the server's umask."""
        text = params.get("file_chmod")
        return int(text, 8) if isinstance(text, str) and re.fullmatch(r"[0-7]{3,4}", text) else None
