"""What ``/s3/store`` and ``/s3/import`` share: finding the bucket and its keys from a Step's
``credentials`` (a Template Credential of type ``s3``) and inline params, and error codes."""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from ...errors import RobotError
from ...outbound.b2_auth import B2Error, authorize_account
from ...outbound.s3 import S3Error, S3Target, bucket_region
from ..base import RobotContext
from .remote_storage import check_public, credential_content
from .s3_vendors import BACKBLAZE, S3, SUPABASE, Vendor

#: The host of Amazon S3 itself; any other ``host`` is an S3-compatible endpoint.
AWS_HOST = "s3.amazonaws.com"
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
    #: The vendor's public URL prefix of objects (``{bucket}``, ``{space}``, ``{region}`` filled), if any.
    default_prefix: str | None = None
    region: str = "us-east-1"
    #: Whether the Step or its credentials name the region (``bucket_region``, DigitalOcean's ``region``).
    region_given: bool = False

    def object_urls(self, key: str, url_prefix: str | None) -> tuple[str, str]:
        """``(url, ssl_url)`` of a stored object.

        With ``url_prefix`` or the vendor's default prefix (``{bucket}``, ``{space}`` and
        ``{region}`` in it are replaced) the URL is the prefix followed by the key; otherwise
        Amazon S3's ``http(s)://<bucket>.s3.amazonaws.com/<key>``, or for another
        host ``<scheme>://<host>/<bucket>/<key>`` (path style) or ``<scheme>://<bucket>.<host>/<key>``.
        ``ssl_url`` is the ``https`` form, except for a store reached over plain ``http``, where it
        equals ``url`` (there is no TLS to point at).
        """
        path = quote(key, safe="/~!$&'()*+,;=:@")
        url_prefix = url_prefix or self.default_prefix
        if url_prefix:
            prefix = url_prefix.replace("{bucket}", self.target.bucket).replace("{space}", self.target.bucket)
            prefix = prefix.replace("{region}", self.region)
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


def resolve_bucket(ctx: RobotContext, params: Mapping[str, Any], prefix: str, vendor: Vendor = S3) -> Bucket:
    """The bucket a Step names: its ``credentials`` (if any) overlaid with the Step's own ``key``,
    ``secret``, ``bucket``, ``bucket_region``, ``host``, ``session_token`` and ``no_vhost`` (or the
    vendor's names for them: ``space``, ``region``, ``app_key_id``, ...).

    The endpoint is ``host``, else the service URL configured for the vendor, else the vendor's own.
    Raises ``TEMPLATE_CREDENTIALS_INJECTION_ERROR`` for unknown credentials or those of another
    type, ``<prefix>_VALIDATION`` when key, secret, bucket (or a needed host) are missing, and
    ``<prefix>_ACCESS_DENIED`` for a host on a non-public address unless private imports are allowed.
    """
    settings = _connection(ctx, params, vendor)
    missing = [k for k in ("key", "secret", "bucket") if not isinstance(settings.get(k), str) or not settings[k]]
    if missing:
        names = {v: k for k, v in vendor.aliases.items()}
        raise RobotError(
            f"{prefix}_VALIDATION",
            f"The Step needs credentials (the name of Template Credentials of type {vendor.credential_types[0]}) "
            f"or {', '.join(names.get(m, m) for m in missing)}.",
        )
    bucket, region = str(settings["bucket"]), str(settings.get("bucket_region") or vendor.default_region)
    download_base: str | None = None
    host = str(settings.get("host") or ctx.service_urls.get(vendor.name) or "")
    if not host and vendor.default_host is not None:
        host = vendor.default_host(bucket, region)
    elif not host and vendor is BACKBLAZE:
        host, download_base = _b2_endpoint(settings, prefix)
    elif not host and vendor is not S3:
        raise RobotError(f"{prefix}_VALIDATION", f"The Step needs the host of the {vendor.name} endpoint.")
    scheme, netloc = _endpoint(host or AWS_HOST)
    if netloc is not None:
        check_public(ctx, netloc, prefix)
    path_style = vendor.path_style or settings.get("no_vhost") is True
    path_style = path_style or (netloc is not None and _needs_path_style(netloc))
    endpoint_path = _endpoint_path(host)
    target = S3Target(
        bucket=bucket,
        key_id=str(settings["key"]),
        secret=str(settings["secret"]),
        region=region,
        endpoint=None if netloc is None else f"{scheme}://{netloc}{endpoint_path}",
        session_token=str(settings["session_token"]) if settings.get("session_token") else None,
        addressing="path" if path_style else ("virtual" if netloc is not None else "auto"),
    )
    default_prefix = _default_prefix(vendor, scheme, netloc, endpoint_path, download_base, bucket)
    given = bool(settings.get("bucket_region"))
    return Bucket(target, scheme, netloc, default_prefix, region, region_given=given)


def _connection(ctx: RobotContext, params: Mapping[str, Any], vendor: Vendor) -> dict[str, Any]:
    """The connection params from the Step's credentials overlaid with its own, by the engine's names."""
    keys = (*_CONNECTION_KEYS, *vendor.aliases)
    content = credential_content(ctx, params, vendor.credential_types)
    settings = {vendor.aliases.get(k, k): content[k] for k in keys if content.get(k) not in (None, "")}
    settings.update({vendor.aliases.get(k, k): params[k] for k in keys if params.get(k) not in (None, "")})
    return settings


def _b2_endpoint(settings: Mapping[str, Any], prefix: str) -> tuple[str, str]:
    """Backblaze's S3 endpoint and download URL for the key, from its native authorization call."""
    try:
        account = authorize_account(str(settings["key"]), str(settings["secret"]))
    except B2Error as exc:
        raise RobotError(f"{prefix}_ACCESS_DENIED" if exc.denied else f"{prefix}_FAILURE", str(exc)) from None
    return account.s3_api_url, account.download_url


def _default_prefix(
    vendor: Vendor, scheme: str, netloc: str | None, path: str, download_base: str | None, bucket: str
) -> str | None:
    """The vendor's public URL prefix of the bucket's objects, when it has one apart from the endpoint."""
    if vendor.default_url_prefix is not None:
        return vendor.default_url_prefix
    if download_base is not None:  # Backblaze's friendly URL: <download URL>/file/<bucket>/<key>
        return f"{download_base.rstrip('/')}/file/{bucket}/"
    if vendor is SUPABASE and netloc is not None and path.endswith("/s3"):
        return f"{scheme}://{netloc}{path[: -len('/s3')]}/object/public/{bucket}/"
    return None


def _endpoint_path(host: str) -> str:
    """The path of a ``host`` given as a URL (Supabase's ``.../storage/v1/s3``), without a trailing slash."""
    text = host.strip()
    if "://" in text:
        text = text.split("://", 1)[1]
    return "/" + text.split("/", 1)[1].strip("/") if "/" in text.strip("/") else ""


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


#: Regions buckets reported, by endpoint and bucket: a bucket never moves, so one look per bucket.
_REGIONS: dict[tuple[str | None, str], str] = {}
_REGIONS_LOCK = threading.Lock()
_REGIONS_KEPT = 1024


def check_region(bucket: Bucket, prefix: str, vendor: Vendor = S3) -> None:
    """``<prefix>_WRONG_REGION`` (``S3_STORE_WRONG_REGION``, ...) when the Step (or its
    credentials) names a region (``bucket_region``, DigitalOcean's ``region``) and the bucket
    reports another, as the vendor finds out when it looks the bucket's location up before
    storing. Without a named region nothing is asked (the store's own answer counts), nor for
    ``auto`` or a vendor without the code (Backblaze). A bucket that cannot be asked (missing,
    keys without the permission) is left to the upload, whose own error says what is wrong."""
    if not vendor.has_wrong_region or not bucket.region_given or bucket.region == "auto":
        return
    where = (bucket.target.endpoint, bucket.target.bucket)
    with _REGIONS_LOCK:
        actual = _REGIONS.get(where)
    if actual is None:
        try:
            actual = bucket_region(bucket.target)
        except S3Error as exc:
            if exc.kind == "wrong_region":
                raise s3_robot_error(exc, prefix, vendor) from None
            return
        if actual is None or actual == "auto":  # a store without regions (R2 may say so)
            return
        with _REGIONS_LOCK:
            if len(_REGIONS) >= _REGIONS_KEPT:
                _REGIONS.clear()
            _REGIONS[where] = actual
    if actual != bucket.region:
        message = f"The bucket {bucket.target.bucket!r} is in the region {actual!r}, not {bucket.region!r}."
        raise s3_robot_error(S3Error(message, kind="wrong_region"), prefix, vendor)


def s3_robot_error(exc: S3Error, prefix: str, vendor: Vendor = S3) -> RobotError:
    """The robot error for a failed store operation: ``<prefix>_ACCESS_DENIED``, ``_NOT_FOUND``,
    ``<region code>`` or ``_FAILURE``, as far as the vendor has each code."""
    codes = {"access_denied": f"{prefix}_ACCESS_DENIED", "not_found": f"{prefix}_NOT_FOUND"}
    if vendor is S3:
        codes["wrong_region"] = "S3_STORE_WRONG_REGION" if prefix == "S3_STORE" else "S3_WRONG_REGION"
    elif vendor.has_wrong_region and prefix.endswith("_STORE"):
        codes["wrong_region"] = f"{prefix}_WRONG_REGION"
    if vendor is BACKBLAZE and prefix.endswith("_STORE"):
        del codes["not_found"]  # Backblaze's store robot reports a missing bucket as a failure
    return RobotError(codes.get(exc.kind, f"{prefix}_FAILURE"), str(exc))
