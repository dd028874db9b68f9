"""What the file-server clients (FTP, SFTP) share: the session shape robots use, their one error
type, and the address check every connection makes (the rules of ``http_fetch.py``).

A connection resolves the host once, refuses it when any of its addresses is not public (unless
private addresses are allowed), and connects to the address it checked, so a name that resolves
elsewhere a moment later (DNS rebinding) cannot slip past the check.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from .http_fetch import is_public_address


class RemoteError(Exception):
    """A file server operation failed. ``kind`` is ``blocked`` (a non-public address while those
    are not allowed), ``access_denied`` (login or permissions), ``not_found`` or ``failure``.
    The message is safe to show to clients: it never holds passwords or keys."""

    def __init__(self, message: str, *, kind: str = "failure") -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class RemoteEntry:
    """A file found on the server: its path and size."""

    path: str
    size: int


class RemoteSession(Protocol):
    """One logged-in connection to a file server."""

    def put(self, local: Path, remote: str, mode: int | None = None) -> None:
        """Write ``local`` to ``remote``, making its directories; ``mode`` sets its permission bits."""
        ...

    def get(self, remote: str, local: Path) -> None:
        """Read ``remote`` into ``local``."""
        ...

    def files(self, path: str, recursive: bool) -> list[RemoteEntry]:
        """The file ``path``, or the files in the directory ``path`` (and below it when
        ``recursive``), in name order."""
        ...

    def close(self) -> None:
        """Log out and close the connection."""
        ...


def checked_address(host: str, port: int, allow_private: bool) -> str:
    """The address to connect to for ``host``: its first address, after every one of them was
    found public (unless ``allow_private``). Raises :class:`RemoteError`."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise RemoteError(f"the host {host!r} could not be resolved") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not allow_private:
        blocked = next((a for a in addresses if not is_public_address(a)), None)
        if blocked is not None:
            raise RemoteError(
                f"The host {host!r} resolves to {blocked}, which is not a public address; the emulator refuses "
                "loopback, private and link-local servers unless it allows private imports.",
                kind="blocked",
            )
    return addresses[0]


#: ``(where, exception) -> RemoteError``, or None for an exception that is not the client's to map.
Translator = Callable[[str, BaseException], RemoteError | None]


class mapped_errors:  # noqa: N801 (used as a context manager, like contextlib's)
    """Turns a client library's failures inside the block into :class:`RemoteError` by ``translate``."""

    def __init__(self, where: str, translate: Translator) -> None:
        self._where = where
        self._translate = translate

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if exc is None or isinstance(exc, RemoteError):
            return
        error = self._translate(self._where, exc)
        if error is not None:
            raise error from None
