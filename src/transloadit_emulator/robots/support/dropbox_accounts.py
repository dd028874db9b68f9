"""What ``/dropbox/store`` and ``/dropbox/import`` share: the access token from a Template
Credential of type ``dropbox`` and/or the inline ``access_token``, Dropbox's base URLs (the
``dropbox_api`` and ``dropbox_content`` service URLs), paths as Dropbox spells them, error codes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...errors import RobotError
from ...outbound.dropbox import API_URL, CONTENT_URL, DropboxAccount
from ...outbound.saas_api import ServiceError
from ..base import RobotContext
from .remote_storage import connection_settings, require, service_endpoint, service_error

CREDENTIAL_TYPES = ("dropbox",)


def resolve_account(ctx: RobotContext, params: Mapping[str, Any], prefix: str) -> DropboxAccount:
    """The Dropbox account a Step names: ``credentials`` overlaid with its own ``access_token``."""
    settings = connection_settings(ctx, params, CREDENTIAL_TYPES, ("access_token",))
    require(settings, ("access_token",), prefix, "dropbox")
    return DropboxAccount(
        access_token=str(settings["access_token"]),
        api_url=service_endpoint(ctx, "dropbox_api", prefix) or API_URL,
        content_url=service_endpoint(ctx, "dropbox_content", prefix) or CONTENT_URL,
    )


def dropbox_path(path: str) -> str:
    """A path as Dropbox wants it: ``/`` first, no trailing ``/``; the root is ``""``."""
    cleaned = "/" + path.strip().strip("/")
    return "" if cleaned == "/" else cleaned


def dropbox_robot_error(exc: ServiceError, prefix: str) -> RobotError:
    """``<prefix>_ACCESS_DENIED`` (a refused token or a non-public address), ``_NOT_FOUND``,
    ``_VALIDATION`` (a request Dropbox refused as malformed) or ``_FAILURE``."""
    return service_error(exc.kind, str(exc), prefix)
