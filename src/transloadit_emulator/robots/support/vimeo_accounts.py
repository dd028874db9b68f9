"""What ``/vimeo/store`` and ``/vimeo/import`` share: the access token from a Template Credential
of type ``vimeo`` (the vendor takes no inline token for Vimeo), Vimeo's base URL (the ``vimeo_api``
service URL), and their error codes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...errors import RobotError
from ...outbound.saas_api import ServiceError
from ...outbound.vimeo import API_URL, VimeoAccount
from ..base import RobotContext
from .remote_storage import ALL_KINDS, connection_settings, require, service_endpoint, service_error

CREDENTIAL_TYPES = ("vimeo",)


def resolve_account(ctx: RobotContext, params: Mapping[str, Any], prefix: str) -> VimeoAccount:
    """The Vimeo account of the Step's ``credentials``."""
    settings = connection_settings(ctx, params, CREDENTIAL_TYPES, ())
    require(settings, ("access_token",), prefix, "vimeo")
    return VimeoAccount(str(settings["access_token"]), service_endpoint(ctx, "vimeo_api", prefix) or API_URL)


def vimeo_robot_error(exc: ServiceError, prefix: str, failure: str) -> RobotError:
    """``<prefix>_ACCESS_DENIED`` (a refused token or a non-public address), ``_NOT_FOUND`` (imports),
    ``_VALIDATION`` (a request Vimeo refused as malformed) or ``failure``."""
    kinds = ALL_KINDS if prefix == "VIMEO_IMPORT" else ALL_KINDS - {"not_found"}
    return service_error(exc.kind, str(exc), prefix, kinds=kinds, failure=failure)
