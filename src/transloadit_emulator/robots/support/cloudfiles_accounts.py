"""What ``/cloudfiles/store`` and ``/cloudfiles/import`` share: the account from a Template
Credential of type ``cloudfiles`` (or ``rackspace``) and/or the inline ``user``, ``key``,
``container``, ``account_type`` and ``data_center``; the identity service's URL (``us`` or ``uk``,
or the ``cloudfiles_identity`` service URL); and their error codes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...errors import RobotError
from ...outbound.cloudfiles import IDENTITY_URLS, CloudfilesAccount
from ...outbound.saas_api import ServiceError
from ..base import RobotContext
from .remote_storage import ALL_KINDS, connection_settings, require, service_endpoint, service_error

CREDENTIAL_TYPES = ("cloudfiles", "rackspace")
_INLINE = ("user", "key", "container", "account_type", "data_center")
#: ``rackspace`` credentials name two of the same things differently.
_ALIASES = {"username": "user", "region": "data_center"}


def resolve_account(ctx: RobotContext, params: Mapping[str, Any], prefix: str) -> CloudfilesAccount:
    """The Cloud Files account a Step names: ``credentials`` overlaid with its inline params."""
    settings = connection_settings(ctx, params, CREDENTIAL_TYPES, _INLINE)
    for alias, name in _ALIASES.items():
        if alias in settings and name not in settings:
            settings[name] = settings[alias]
    require(settings, ("user", "key", "container"), prefix, "cloudfiles")
    kind = str(settings.get("account_type") or "us").lower()
    identity = service_endpoint(ctx, "cloudfiles_identity", prefix) or IDENTITY_URLS.get(kind, IDENTITY_URLS["us"])
    return CloudfilesAccount(
        user=str(settings["user"]),
        key=str(settings["key"]),
        container=str(settings["container"]),
        data_center=str(settings.get("data_center") or ""),
        identity_url=identity,
    )


def cloudfiles_robot_error(exc: ServiceError, prefix: str, failure: str) -> RobotError:
    """``<prefix>_ACCESS_DENIED`` (refused keys or a non-public address), ``_NOT_FOUND`` (imports),
    ``_VALIDATION`` (an unknown data center, a malformed request) or ``failure``."""
    kinds = ALL_KINDS if prefix == "CLOUDFILES_IMPORT" else ALL_KINDS - {"not_found"}
    return service_error(exc.kind, str(exc), prefix, kinds=kinds, failure=failure)
