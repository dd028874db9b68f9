"""What ``/s3/store`` and ``/s3/import`` share: finding the bucket and its keys from a Step's
``credentials`` (a Template Credential of type ``s3``) and inline params, and error codes."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from ...errors import RobotError, TransloaditError
from ...outbound.http_fetch import non_public_address
from ...outbound.s3 import S3Error, S3Target
from ..base import RobotContext

#: The host of Amazon S3 itself; any other ``host`` is an S3-compatible endpoint.
AWS_HOST = "s3.amazonaws.com"
#: Template Credential types an S3 robot takes.
CREDENTIAL_TYPES = ("s3",)
#: Step params that may override what the Template Credential holds.
_CONNECTION_KEYS = ("key", "secret", "bucket", "bucket_region", "host", "session_token", "no_vhost")


@dataclass(frozen=True)
class Bucket:
    """A resolved bucket: how boto3 reaches it and how its public URLs look."""

    target: S3Target
    #: ``https`` or ``http``: how the store is reached (``http`` only for an explicit ``http://`` host).
    scheme: str
    #: ``host[:port]`` of an S3-compatible endpoint; None for Amazon S3.
    netloc: str | None

    def object_urls(self, key: str, url_prefix: str | None) -> tuple[str, str]:
        """``(url, ssl_url)`` of a stored object.

        With ``url_prefix`` (``{bucket}`` in it is replaced) the URL is the prefix followed by the
        key; otherwise Amazon S3's ``http(s)://<bucket>.s3.amazonaws.com/<key>``, or for another
        host ``<scheme>://<host>/<bucket>/<key>`` (path style) or ``<scheme>://<bucket>.<host>/<key>``.
        ``ssl_url`` is the ``https`` form, except for a store reached over plain ``http``, where it
        equals ``url`` (there is no TLS to point at).
        """
        path = quote(key, safe="/~!$&'()*+,;=:@")
        if url_prefix:
            prefix = url_prefix.replace("{bucket}", self.target.bucket)
            url = prefix + path if prefix.endswith("/") else f"{prefix}/{path}"
        elif self.netloc is None:
            url = f"http://{self.target.bucket}.{AWS_HOST}/{path}"
        elif self.target.addressing == "path":
            url = f"{self.scheme}://{self.netloc}/{self.target.bucket}/{path}"
        else:
            url = f"{self.scheme}://{self.target.bucket}.{self.netloc}/{path}"
        if self.scheme == "http" or not url.startswith("http://"):
            return url, url
        return url, "https://" + url[len("http://") :]


def resolve_bucket(ctx: RobotContext, params: Mapping[str, Any], prefix: str) -> Bucket:
    """The bucket a Step names: its ``credentials`` (if any) overlaid with the Step's own ``key``,
    ``secret``, ``bucket``, ``bucket_region``, ``host``, ``session_token`` and ``no_vhost``.

    Raises ``TEMPLATE_CREDENTIALS_INJECTION_ERROR`` for unknown or non-S3 credentials,
    ``<prefix>_VALIDATION`` when key, secret or bucket are missing, and ``<prefix>_ACCESS_DENIED``
    for a host on a non-public address unless the emulator allows private imports.
    """
    settings: dict[str, Any] = {}
    name = params.get("credentials")
    if isinstance(name, str) and name:
        kind, content = ctx.credentials(name)
        if kind not in CREDENTIAL_TYPES:
            raise TransloaditError(
                "TEMPLATE_CREDENTIALS_INJECTION_ERROR",
                f"The Template Credentials {name!r} are of type {kind!r}; the robot needs s3 credentials.",
            )
        settings.update({k: content[k] for k in _CONNECTION_KEYS if content.get(k) not in (None, "")})
    settings.update({k: params[k] for k in _CONNECTION_KEYS if params.get(k) not in (None, "")})
    missing = [k for k in ("key", "secret", "bucket") if not isinstance(settings.get(k), str) or not settings[k]]
    if missing:
        raise RobotError(
            f"{prefix}_VALIDATION",
            f"The Step needs credentials (the name of Template Credentials of type s3) or {', '.join(missing)}.",
        )
    scheme, netloc = _endpoint(str(settings.get("host") or AWS_HOST))
    if netloc is not None and not ctx.allow_private_imports:
        hostname = urlsplit(f"//{netloc}").hostname or netloc
        blocked = non_public_address(hostname)
        if blocked is not None:
            raise RobotError(
                f"{prefix}_ACCESS_DENIED",
                f"The host {hostname!r} resolves to {blocked}, which is not a public address; the emulator "
                "refuses loopback, private and link-local stores unless it allows private imports.",
            )
    path_style = settings.get("no_vhost") is True or (netloc is not None and _needs_path_style(netloc))
    target = S3Target(
        bucket=str(settings["bucket"]),
        key_id=str(settings["key"]),
        secret=str(settings["secret"]),
        region=str(settings.get("bucket_region") or "us-east-1"),
        endpoint=None if netloc is None else f"{scheme}://{netloc}",
        session_token=str(settings["session_token"]) if settings.get("session_token") else None,
        addressing="path" if path_style else ("virtual" if netloc is not None else "auto"),
    )
    return Bucket(target=target, scheme=scheme, netloc=netloc)


def _endpoint(host: str) -> tuple[str, str | None]:
    """``(scheme, netloc)`` of a ``host`` param: ``s3.amazonaws.com`` (Amazon S3; netloc None),
    ``minio.example.com:9000``, ``https://...``, ``http://...`` or ``s3://...`` (https)."""
    text = host.strip()
    scheme = "https"
    if "://" in text:
        given, text = text.split("://", 1)
        scheme = "http" if given.lower() == "http" else "https"
    netloc = text.split("/", 1)[0].strip()
    if not netloc or netloc.lower() == AWS_HOST:
        return "https", None
    return scheme, netloc


def _needs_path_style(netloc: str) -> bool:
    """Buckets cannot be subdomains of an IP address or of ``localhost``."""
    hostname = urlsplit(f"//{netloc}").hostname or ""
    if hostname == "localhost":
        return True
    try:
        ipaddress.ip_address(hostname)
    except ValueError:
        return False
    return True


def s3_robot_error(exc: S3Error, prefix: str) -> RobotError:
    """The robot error for a failed store operation: ``<prefix>_ACCESS_DENIED``, ``_NOT_FOUND``,
    ``<region code>`` or ``_FAILURE``."""
    codes = {
        "access_denied": f"{prefix}_ACCESS_DENIED",
        "not_found": f"{prefix}_NOT_FOUND",
        "wrong_region": "S3_STORE_WRONG_REGION" if prefix == "S3_STORE" else "S3_WRONG_REGION",
    }
    return RobotError(codes.get(exc.kind, f"{prefix}_FAILURE"), str(exc))
