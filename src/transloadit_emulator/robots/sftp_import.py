"""``/sftp/import``: bring in the file ``path`` names, or the files of that directory.

Connection as for ``/sftp/store``; a directory gives its direct files, with ``recursive`` every
file below it, in name order.
"""

from __future__ import annotations

from .support.remote_files import RemoteImport


class SftpImport(RemoteImport):
    """The shared file-server import robot over SFTP."""

    name = "/sftp/import"
    protocol = "sftp"
