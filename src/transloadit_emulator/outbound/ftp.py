"""FTP and FTPS (explicit TLS) file servers through the standard library's ftplib.

Plain FTP connects to the address :func:`~.remote.checked_address` checked, and passive data
connections go to that same address (ftplib ignores the address a server names in PASV). FTPS
connects by host name after the check, so the certificate can be verified against it.
"""

from __future__ import annotations

import ftplib
import posixpath
import socket
import ssl
from pathlib import Path

from .remote import RemoteEntry, RemoteError, checked_address, mapped_errors

_TIMEOUT_S = 30.0


class FtpSession:
    """A logged-in FTP connection (a :class:`~.remote.RemoteSession`)."""

    def __init__(self, ftp: ftplib.FTP, host: str) -> None:
        self._ftp = ftp
        self._host = host

    def put(self, local: Path, remote: str, mode: int | None = None) -> None:
        """Store ``local`` as ``remote``, making its directories first."""
        with _mapped(self._host, remote):
            self._makedirs(posixpath.dirname(remote))
            with local.open("rb") as data:
                self._ftp.storbinary(f"STOR {remote}", data)
            if mode is not None:
                self._ftp.sendcmd(f"SITE CHMOD {mode:o} {remote}")

    def get(self, remote: str, local: Path) -> None:
        """Read ``remote`` into ``local``."""
        with _mapped(self._host, remote), local.open("wb") as out:
            self._ftp.retrbinary(f"RETR {remote}", out.write)

    def files(self, path: str, recursive: bool) -> list[RemoteEntry]:
        """The file ``path`` or the files of the directory ``path`` (with MLSD), in name order."""
        with _mapped(self._host, path):
            try:
                entries = sorted(self._ftp.mlsd(path or "/", facts=["type", "size"]))
            except ftplib.error_perm:
                size = self._ftp.size(path)
                return [RemoteEntry(path, int(size or 0))]
            if len(entries) == 1 and entries[0][1].get("type") == "file" and posixpath.basename(path) == entries[0][0]:
                return [RemoteEntry(path, int(entries[0][1].get("size") or 0))]  # MLSD of a file names the file
            out: list[RemoteEntry] = []
            for name, facts in entries:
                full = posixpath.join(path, name)
                if facts.get("type") == "file":
                    out.append(RemoteEntry(full, int(facts.get("size") or 0)))
                elif facts.get("type") == "dir" and recursive:
                    out.extend(self.files(full, recursive))
            return out

    def close(self) -> None:
        """Say QUIT (or just close when the server does not answer)."""
        try:
            self._ftp.quit()
        except (OSError, EOFError, ftplib.Error):
            self._ftp.close()

    def _makedirs(self, directory: str) -> None:
        path = "/" if directory.startswith("/") else ""
        for part in [p for p in directory.split("/") if p]:
            path = posixpath.join(path, part)
            try:
                self._ftp.mkd(path)
            except ftplib.error_perm as exc:
                if not str(exc).startswith("550"):  # 550: it exists (or cannot be made; STOR says which)
                    raise


def open_ftp(
    host: str, port: int, user: str, password: str, *, secure: bool, passive: bool, allow_private: bool
) -> FtpSession:
    """Log in to ``host:port`` (FTPS with ``secure``); raises :class:`~.remote.RemoteError`."""
    address = checked_address(host, port, allow_private)
    ftp: ftplib.FTP = (
        ftplib.FTP_TLS(context=ssl.create_default_context(), timeout=_TIMEOUT_S)
        if secure
        else (ftplib.FTP(timeout=_TIMEOUT_S))
    )
    with _mapped(host, "/"):
        ftp.connect(host if secure else address, port)
        ftp.login(user, password)
        if isinstance(ftp, ftplib.FTP_TLS):
            ftp.prot_p()  # the data connections are encrypted too
        ftp.set_pasv(passive)
    return FtpSession(ftp, host)


def _mapped(host: str, path: str) -> mapped_errors:
    return mapped_errors(f"ftp://{host}/{path.lstrip('/')}", _translate)


def _translate(where: str, exc: BaseException) -> RemoteError | None:
    """ftplib's and the socket's failures as :class:`RemoteError` (530: login refused; 550: no such file)."""
    if isinstance(exc, ftplib.error_perm):
        code = str(exc)[:3]
        found = "access_denied" if code in ("530", "532", "553") else "not_found" if code == "550" else "failure"
        return RemoteError(f"{where}: {exc}", kind=found)
    if isinstance(exc, ftplib.Error | OSError | EOFError | socket.timeout | ssl.SSLError):
        return RemoteError(f"{where}: {exc or type(exc).__name__}")
    return None
