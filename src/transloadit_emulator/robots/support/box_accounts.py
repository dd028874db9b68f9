"""What ``/box/store`` and ``/box/import`` share: the app config from a Template Credential of type
``box`` (``key_file_contents``, the JSON file Box gives for Server Authentication, or an
``access_token``), Box's base URLs (``box_api`` and ``box_upload`` service URLs), path parts and
error codes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson

from ...errors import RobotError
from ...outbound.box import API_URL, UPLOAD_URL, BoxAccount
from ...outbound.saas_api import ServiceError
from ..base import RobotContext
from .remote_storage import connection_settings, service_endpoint, service_error

CREDENTIAL_TYPES = ("box",)


def resolve_account(ctx: RobotContext, params: Mapping[str, Any], prefix: str) -> BoxAccount:
    """The Box app of the Step's ``credentials``."""
    settings = connection_settings(ctx, params, CREDENTIAL_TYPES, ())
    key_file = settings.get("key_file_contents") or ""
    if isinstance(key_file, Mapping):
        key_file = orjson.dumps(dict(key_file)).decode()
    token = settings.get("access_token") or ""
    if not (isinstance(key_file, str) and key_file) and not (isinstance(token, str) and token):
        raise RobotError(f"{prefix}_VALIDATION", "The Step needs credentials of type box with key_file_contents.")
    return BoxAccount(
        key_file=str(key_file),
        access_token=str(token),
        api_url=service_endpoint(ctx, "box_api", prefix) or API_URL,
        upload_url=service_endpoint(ctx, "box_upload", prefix) or UPLOAD_URL,
    )


def path_parts(path: str) -> list[str]:
    """The folder and file names of a Box path (``a/b/c.jpg`` -> ``["a", "b", "c.jpg"]``)."""
    return [part for part in path.strip().split("/") if part]


def box_robot_error(exc: ServiceError, prefix: str) -> RobotError:
    """``<prefix>_ACCESS_DENIED`` (a refused app or token, a non-public address), ``_NOT_FOUND``,
    ``_VALIDATION`` (an unusable config) or ``_FAILURE``."""
    return service_error(exc.kind, str(exc), prefix)
