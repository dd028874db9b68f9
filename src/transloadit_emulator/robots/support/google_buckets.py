"""What ``/google/store`` and ``/google/import`` share: the bucket from a Template Credential of
type ``google`` (its ``bucket``, the service account key file in ``credentials``, ``project_id``),
the JSON API's endpoint (``google_storage`` service URL), and their error codes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlsplit

import orjson

from ...errors import RobotError
from ...outbound.google_storage import GOOGLE_HOST, GcsTarget, GoogleStorageError
from ..base import RobotContext
from .remote_storage import connection_settings, require, service_endpoint, service_error

CREDENTIAL_TYPES = ("google",)


def resolve_bucket(ctx: RobotContext, params: Mapping[str, Any], prefix: str) -> GcsTarget:
    """The bucket of the Step's ``credentials`` (the vendor takes no inline keys for Google)."""
    settings = connection_settings(ctx, params, CREDENTIAL_TYPES, ())
    require(settings, ("bucket",), prefix, "google")
    key_file = settings.get("credentials") or ""
    if isinstance(key_file, Mapping):
        key_file = orjson.dumps(dict(key_file)).decode()
    if not isinstance(key_file, str):
        raise RobotError(f"{prefix}_VALIDATION", "The credentials' key file must be the service account's JSON.")
    return GcsTarget(
        bucket=str(settings["bucket"]),
        key_file=key_file,
        project=str(settings.get("project_id") or ""),
        endpoint=service_endpoint(ctx, "google_storage", prefix),
    )


def object_urls(target: GcsTarget, name: str, url_template: Any, ssl_url_template: Any) -> tuple[str, str]:
    """``(url, ssl_url)`` from the Step's templates: ``{HOST}`` is the JSON API's host
    (``storage.googleapis.com``) and ``{PATH}`` the bucket and object name. A local endpoint reached
    over plain http makes the default templates ``http://`` (there is no TLS to point at)."""
    host, scheme = GOOGLE_HOST, "https"
    if target.endpoint:
        parts = urlsplit(target.endpoint)
        host, scheme = parts.netloc, parts.scheme or "https"
    default = f"{scheme}://{{HOST}}/{{PATH}}"
    path = f"{quote(target.bucket)}/{quote(name, safe='/~!$&()*+,;=:@')}"

    def fill(template: Any) -> str:
        text = template if isinstance(template, str) and template else default
        if text == "https://{HOST}/{PATH}":
            text = default
        return text.replace("{HOST}", host).replace("{PATH}", path)

    return fill(url_template), fill(ssl_url_template)


def google_robot_error(exc: GoogleStorageError, prefix: str) -> RobotError:
    """``<prefix>_ACCESS_DENIED``, ``_NOT_FOUND``, ``_VALIDATION`` (an unusable key file) or ``_FAILURE``."""
    return service_error(exc.kind, str(exc), prefix, kinds=("access_denied", "not_found", "invalid"))
