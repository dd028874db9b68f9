"""``/ftp/import``: bring in the file ``path`` names, or every file below that directory.

Connection as for ``/ftp/store``; ``passive_mode`` (default true) picks passive data connections.
FTP imports always walk the whole directory tree, as the vendor documents.
"""

from __future__ import annotations

from .support.remote_files import RemoteImport


class FtpImport(RemoteImport):
    """The shared file-server import robot over FTP."""

    name = "/ftp/import"
    protocol = "ftp"
    always_recursive = True
