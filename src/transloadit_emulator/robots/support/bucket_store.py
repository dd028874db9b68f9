"""The store robot of every S3-compatible vendor: each file goes to a bucket, its URLs come back.

``/s3/store``, ``/wasabi/store``, ``/minio/store``, ... are this class with their ``name`` and
:class:`~.s3_vendors.Vendor`. The bucket comes from ``credentials`` (Template Credentials of the
vendor's type) and/or the inline params. Each file goes to ``path`` (Assembly Variables filled per
file; by default ``${unique_prefix}/${file.url_name}``) with ``acl``, ``headers`` and ``tags``. A
storage Step is no result of its own: the executor shows the object's ``url`` and ``ssl_url`` (and
``signed_url`` / ``signed_ssl_url`` with ``sign_urls_for``) on the files in the results of the
Steps they came from.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, ClassVar
from urllib.parse import urlencode

from ...errors import RobotError
from ...outbound.s3 import S3Error, head_object, presigned_url, upload_file
from ...variables import file_variables, interpolate, to_text
from ..base import InputFile, OutputFile, PerFileRobot, RobotContext
from .remote_storage import store_key
from .s3_buckets import Bucket, check_region, resolve_bucket, s3_robot_error
from .s3_vendors import S3, Vendor

#: ``acl`` -> the canned ACL sent; ``bucket-default`` sends none (buckets without ACLs need that).
_ACLS: dict[str, str | None] = {
    "public-read": "public-read",
    "public": "public-read",
    "private": "private",
    "bucket-default": None,
}
#: Header names (lower case) -> boto3 upload arguments. ``x-amz-meta-*`` become ``Metadata``.
_HEADER_ARGS = {
    "content-type": "ContentType",
    "cache-control": "CacheControl",
    "content-disposition": "ContentDisposition",
    "content-encoding": "ContentEncoding",
    "content-language": "ContentLanguage",
    "expires": "Expires",
    "x-amz-storage-class": "StorageClass",
    "x-amz-server-side-encryption": "ServerSideEncryption",
    "x-amz-server-side-encryption-aws-kms-key-id": "SSEKMSKeyId",
    "x-amz-website-redirect-location": "WebsiteRedirectLocation",
}
_META_PREFIX = "x-amz-meta-"


class BucketStore(PerFileRobot):
    """Uploads each input file to a bucket and forwards it with the object's URLs."""

    stores_only = True
    vendor: ClassVar[Vendor] = S3

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Store one file; the result is the input itself with ``url``/``ssl_url`` of the object."""
        prefix = self.error_prefix()
        bucket = resolve_bucket(ctx, params, prefix, self.vendor)
        key = store_key(params, file, ctx.assembly_id, prefix)
        args = upload_args(params, file, ctx.assembly_id, ctx.logger, self.vendor)
        check_region(bucket, prefix, self.vendor)
        try:
            upload_file(bucket.target, file.path, key, args)
            if params.get("check_integrity") is True:
                _check_size(bucket, key, file, prefix)
            url_prefix = params.get("url_prefix")
            url, ssl_url = bucket.object_urls(key, url_prefix if isinstance(url_prefix, str) else None)
            record: dict[str, Any] = {"url": url, "ssl_url": ssl_url}
            seconds = params.get("sign_urls_for")
            if isinstance(seconds, int) and not isinstance(seconds, bool) and seconds > 0:
                signed = presigned_url(bucket.target, key, seconds)
                record.update(signed_url=signed, signed_ssl_url=signed)
        except S3Error as exc:
            raise s3_robot_error(exc, prefix, self.vendor) from None
        name = to_text(file.record.get("name")) or file.path.name
        return [OutputFile(path=file.path, name=name, source=file, passthrough=True, record=record)]


def _check_size(bucket: Bucket, key: str, file: InputFile, prefix: str) -> None:
    stored = head_object(bucket.target, key)
    size = file.path.stat().st_size
    if int(stored.get("ContentLength") or -1) != size:
        raise RobotError(
            f"{prefix}_FAILURE",
            f"s3://{bucket.target.bucket}/{key} holds {stored.get('ContentLength')} bytes, not {size}.",
        )


def upload_args(
    params: Mapping[str, Any], file: InputFile, assembly_id: str, logger: logging.Logger, vendor: Vendor = S3
) -> dict[str, Any]:
    """boto3 upload arguments from ``acl`` (the vendor's default when unset), ``headers``
    (Content-Type defaults to the file's mime type), ``tags`` and ``check_integrity``."""
    args: dict[str, Any] = {}
    acl = _ACLS.get(str(params.get("acl") or vendor.default_acl or "bucket-default"))
    if acl is not None:
        args["ACL"] = acl
    headers = params.get("headers")
    if not isinstance(headers, Mapping):
        headers = {}
    headers = interpolate(dict(headers), file_variables(file.record, assembly_id, file.source_step))
    metadata: dict[str, str] = {}
    meta_prefixes = (_META_PREFIX, *vendor.meta_prefixes)
    for header, value in headers.items():
        lowered = str(header).lower()
        meta = next((p for p in meta_prefixes if lowered.startswith(p)), None)
        if meta is not None:
            metadata[lowered[len(meta) :]] = to_text(value)
        elif lowered in _HEADER_ARGS:
            if value not in (None, ""):
                args[_HEADER_ARGS[lowered]] = to_text(value)
        else:
            logger.warning("%s: the header %r is not sent (only S3's object headers are)", vendor.name, header)
    if metadata:
        args["Metadata"] = metadata
    if "ContentType" not in args:
        args["ContentType"] = to_text(file.record.get("mime")) or "application/octet-stream"
    tags = params.get("tags")
    if isinstance(tags, Mapping) and tags:
        args["Tagging"] = urlencode({str(k): to_text(v) for k, v in tags.items()})
    if params.get("check_integrity") is True:
        args["ChecksumAlgorithm"] = "SHA256"  # S3 verifies the checksum the SDK sends
    return args
