"""``/ftp/store``: store each file on an FTP server (FTPS with ``secure``).

Credentials of type ``ftp`` or the inline ``host``, ``port`` (21), ``user`` and ``password``;
``path`` (Assembly Variables; directories are made as needed), ``url_template`` and
``ssl_url_template`` (``{HOST}``, ``{PATH}``) for the URLs the results show.
"""

from __future__ import annotations

from .support.remote_files import RemoteStore


class FtpStore(RemoteStore):
    """The shared file-server store robot over FTP."""

    name = "/ftp/store"
    protocol = "ftp"
