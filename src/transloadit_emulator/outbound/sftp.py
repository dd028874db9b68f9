"""SFTP servers through asyncssh, driven from a robot's worker thread by a private event loop.

Each session connects to the address :func:`~.remote.checked_address` checked and logs in with
a password and/or a private key (OpenSSH or PEM text). The server's host key is not checked: the
emulator keeps no known_hosts (the real service pins nothing the user could configure either).
"""

from __future__ import annotations

import asyncio
import posixpath
import stat
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import asyncssh

from .remote import RemoteEntry, RemoteError, checked_address, mapped_errors

_TIMEOUT_S = 30.0
T = TypeVar("T")


class SftpSession:
    """A logged-in SFTP connection (a :class:`~.remote.RemoteSession`)."""

    def __init__(self, loop: asyncio.AbstractEventLoop, conn: Any, sftp: Any, host: str) -> None:
        self._loop, self._conn, self._sftp, self._host = loop, conn, sftp, host

    def put(self, local: Path, remote: str, mode: int | None = None) -> None:
        """Write ``local`` to ``remote``, making its directories; ``mode`` sets its permission bits."""

        async def run() -> None:
            directory = posixpath.dirname(remote)
            if directory:
                await self._sftp.makedirs(directory, exist_ok=True)
            await self._sftp.put(str(local), remote)
            if mode is not None:
                await self._sftp.chmod(remote, mode)

        self._run(remote, run)

    def get(self, remote: str, local: Path) -> None:
        """Read ``remote`` into ``local``."""
        self._run(remote, lambda: self._sftp.get(remote, str(local)))

    def files(self, path: str, recursive: bool) -> list[RemoteEntry]:
        """The file ``path`` or the files of the directory ``path`` (and below with ``recursive``)."""

        async def walk(directory: str) -> list[RemoteEntry]:
            out: list[RemoteEntry] = []
            for entry in sorted(await self._sftp.readdir(directory), key=lambda e: str(e.filename)):
                name = str(entry.filename)
                if name in (".", ".."):
                    continue
                full = posixpath.join(directory, name)
                kind = stat.S_IFMT(entry.attrs.permissions or 0)
                if kind == stat.S_IFREG:
                    out.append(RemoteEntry(full, int(entry.attrs.size or 0)))
                elif kind == stat.S_IFDIR and recursive:
                    out.extend(await walk(full))
            return out

        async def run() -> list[RemoteEntry]:
            attrs = await self._sftp.stat(path or ".")
            if stat.S_IFMT(attrs.permissions or 0) == stat.S_IFDIR:
                return await walk(path or ".")
            return [RemoteEntry(path, int(attrs.size or 0))]

        return self._run(path, run)

    def close(self) -> None:
        """Close the SFTP channel, the connection and the event loop."""
        try:
            self._sftp.exit()
            self._conn.close()
            self._loop.run_until_complete(self._conn.wait_closed())
        except (OSError, asyncssh.Error):
            pass
        finally:
            self._loop.close()

    def _run(self, path: str, action: Callable[[], Awaitable[T]]) -> T:
        async def guarded() -> T:
            return await asyncio.wait_for(action(), _TIMEOUT_S * 10)

        with _mapped(self._host, path):
            return self._loop.run_until_complete(guarded())


def open_sftp(
    host: str, port: int, user: str, *, password: str | None, private_key: str | None, allow_private: bool
) -> SftpSession:
    """Log in to ``host:port`` as ``user``; raises :class:`~.remote.RemoteError`."""
    address = checked_address(host, port, allow_private)
    loop = asyncio.new_event_loop()

    async def connect() -> tuple[Any, Any]:
        keys = [asyncssh.import_private_key(private_key)] if private_key else []
        conn = await asyncssh.connect(
            address,
            port,
            username=user,
            password=password or None,
            client_keys=keys or None,
            known_hosts=None,
            connect_timeout=_TIMEOUT_S,
            agent_path=None,
        )
        return conn, await conn.start_sftp_client()

    try:
        with _mapped(host, "/"):
            conn, sftp = loop.run_until_complete(connect())
    except BaseException:
        loop.close()
        raise
    return SftpSession(loop, conn, sftp, host)


def _mapped(host: str, path: str) -> mapped_errors:
    return mapped_errors(f"sftp://{host}/{path.lstrip('/')}", _translate)


def _translate(where: str, exc: BaseException) -> RemoteError | None:
    """asyncssh's and the socket's failures as :class:`RemoteError`."""
    if isinstance(exc, asyncssh.PermissionDenied | asyncssh.SFTPPermissionDenied):
        return RemoteError(f"{where}: access denied ({exc})", kind="access_denied")
    if isinstance(exc, asyncssh.SFTPNoSuchFile):
        return RemoteError(f"{where}: no such file", kind="not_found")
    if isinstance(exc, asyncssh.KeyImportError):
        return RemoteError(f"{where}: the private key could not be read", kind="access_denied")
    if isinstance(exc, asyncssh.Error | OSError | TimeoutError):
        return RemoteError(f"{where}: {exc or type(exc).__name__}")
    return None
