"""Opening a session on the file server a Step names: FTP(S) or SFTP, with its connection params
from Template Credentials of the protocol's type and the Step's own params."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...errors import RobotError
from ...outbound.ftp import open_ftp
from ...outbound.remote import RemoteSession
from ...outbound.sftp import open_sftp
from ..base import RobotContext
from .remote_storage import credential_content

FTP_KEYS = ("host", "port", "user", "password", "secure", "passive_mode")
SFTP_KEYS = ("host", "port", "user", "password", "private_key")


def connection(ctx: RobotContext, params: Mapping[str, Any], kind: str, keys: tuple[str, ...]) -> dict[str, Any]:
    """``keys`` from the Step's ``credentials`` (Template Credentials of type ``kind``) overlaid
    with the Step's own params."""
    content = credential_content(ctx, params, (kind,))
    settings: dict[str, Any] = {k: content[k] for k in keys if content.get(k) not in (None, "")}
    settings.update({k: params[k] for k in keys if params.get(k) not in (None, "")})
    return settings


def open_session(ctx: RobotContext, params: Mapping[str, Any], kind: str, prefix: str) -> tuple[RemoteSession, str]:
    """A logged-in session on the Step's ``ftp`` or ``sftp`` server and the server's host name.
    Raises ``<prefix>_VALIDATION`` without host or user, else what the connection raises."""
    settings = connection(ctx, params, kind, FTP_KEYS if kind == "ftp" else SFTP_KEYS)
    missing = [n for n in ("host", "user") if settings.get(n) in (None, "")]
    if missing:
        raise RobotError(
            f"{prefix}_VALIDATION",
            f"The Step needs credentials (Template Credentials of type {kind}) or {', '.join(missing)}.",
        )
    host, user = str(settings["host"]), str(settings["user"])
    if kind == "ftp":
        session: RemoteSession = open_ftp(
            host,
            int(settings.get("port") or 21),
            user,
            str(settings.get("password") or ""),
            secure=settings.get("secure") is True,
            passive=settings.get("passive_mode") is not False,
            allow_private=ctx.allow_private_imports,
        )
        return session, host
    password, key = settings.get("password"), settings.get("private_key")
    if not password and not key:
        raise RobotError(f"{prefix}_VALIDATION", "The sftp credentials need a password or a private_key.")
    session = open_sftp(
        host,
        int(settings.get("port") or 22),
        user,
        password=str(password) if password else None,
        private_key=str(key) if key else None,
        allow_private=ctx.allow_private_imports,
    )
    return session, host
