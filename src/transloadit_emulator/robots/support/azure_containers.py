"""What ``/azure/store`` and ``/azure/import`` share: the container from a Template Credential of
type ``azure`` and/or the inline ``account``, ``key`` and ``container``, the account URL
(``azure_blob`` service URL), and their error codes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...errors import RobotError
from ...outbound.azure_blob import AzureBlobError, AzureTarget, account_url
from ..base import RobotContext
from .remote_storage import connection_settings, require, service_endpoint, service_error

CREDENTIAL_TYPES = ("azure",)
_INLINE = ("account", "key", "container")


def resolve_container(ctx: RobotContext, params: Mapping[str, Any], prefix: str) -> AzureTarget:
    """The container a Step names: ``credentials`` overlaid with its own ``account``, ``key`` and ``container``."""
    settings = connection_settings(ctx, params, CREDENTIAL_TYPES, _INLINE)
    require(settings, _INLINE, prefix, "azure")
    account = str(settings["account"])
    base = service_endpoint(ctx, "azure_blob", prefix)
    return AzureTarget(
        account=account,
        key=str(settings["key"]),
        container=str(settings["container"]),
        account_url=account_url(account, base),
    )


def azure_robot_error(exc: AzureBlobError, prefix: str) -> RobotError:
    """``<prefix>_ACCESS_DENIED``, ``_NOT_FOUND`` or ``_FAILURE``."""
    return service_error(exc.kind, str(exc), prefix, kinds=("access_denied", "not_found"))
