"""Amazon S3 and S3-compatible object stores (MinIO, Ceph, moto, ...) through boto3.

The one place robots reach object stores from (``/s3/store``, ``/s3/import``). Every failure
becomes an :class:`S3Error` whose ``kind`` the robots turn into their own error codes.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
from boto3.exceptions import Boto3Error
from boto3.s3.transfer import TransferConfig
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError, PartialCredentialsError

# One thread per transfer: Assemblies already run on worker threads.
_TRANSFER = TransferConfig(use_threads=False)
_ACCESS_DENIED = frozenset(
    {
        "AccessDenied",
        "AccountProblem",
        "AllAccessDisabled",
        "AccessControlListNotSupported",
        "InvalidAccessKeyId",
        "InvalidToken",
        "ExpiredToken",
        "SignatureDoesNotMatch",
        "Forbidden",
        "403",
        "401",
    }
)
_NOT_FOUND = frozenset({"NoSuchBucket", "NoSuchKey", "NotFound", "404"})
_WRONG_REGION = frozenset(
    {
        "PermanentRedirect",
        "TemporaryRedirect",
        "AuthorizationHeaderMalformed",
        "IllegalLocationConstraintException",
        "301",
    }
)


class S3Error(Exception):
    """An object store operation failed.

    ``kind`` is ``access_denied`` (bad keys, missing permissions), ``not_found`` (no such bucket
    or key), ``wrong_region`` (the bucket lives in another region) or ``failure`` (unreachable
    endpoint, anything else). The message is safe to show to clients: it never holds secrets.
    """

    def __init__(self, message: str, *, kind: str = "failure", code: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.code = code


@dataclass(frozen=True)
class S3Target:
    """A bucket and how to reach it."""

    bucket: str
    key_id: str
    secret: str
    region: str = "us-east-1"
    #: ``scheme://host[:port]`` of an S3-compatible endpoint; None for Amazon S3 itself.
    endpoint: str | None = None
    session_token: str | None = None
    #: ``path`` (``endpoint/bucket/key``), ``virtual`` (``bucket.endpoint/key``) or ``auto`` (boto3 picks).
    addressing: str = "auto"

    def __repr__(self) -> str:  # never print the secret
        return f"S3Target(bucket={self.bucket!r}, endpoint={self.endpoint!r}, region={self.region!r})"


@dataclass(frozen=True)
class S3Object:
    """One object found by :func:`list_objects`."""

    key: str
    size: int


@functools.lru_cache(maxsize=32)
def _client(target: S3Target) -> Any:
    """A boto3 S3 client for ``target`` (clients are thread-safe; sessions are not, so each gets its own)."""
    config = Config(
        signature_version="s3v4",
        s3={"addressing_style": target.addressing},
        connect_timeout=10,
        read_timeout=60,
        retries={"max_attempts": 2, "mode": "standard"},
        # Checksums only when asked for (``check_integrity``): S3-compatible stores often reject
        # the newer default trailing checksums.
        request_checksum_calculation="when_required",
        response_checksum_validation="when_required",
    )
    session = boto3.session.Session()
    return session.client(
        "s3",
        aws_access_key_id=target.key_id,
        aws_secret_access_key=target.secret,
        aws_session_token=target.session_token or None,
        region_name=target.region or "us-east-1",
        endpoint_url=target.endpoint,
        config=config,
    )


def upload_file(target: S3Target, path: Path, key: str, extra_args: Mapping[str, Any]) -> None:
    """Store the file at ``path`` as ``key`` (multipart for big files). ``extra_args`` are
    boto3's upload arguments: ``ContentType``, ``ACL``, ``Metadata``, ``Tagging``, ..."""
    with _mapped(target, key):
        _client(target).upload_file(str(path), target.bucket, key, ExtraArgs=dict(extra_args), Config=_TRANSFER)


def head_object(target: S3Target, key: str) -> dict[str, Any]:
    """The object's headers as boto3 gives them (``ContentLength``, ``ETag``, ``ContentType``, ...)."""
    with _mapped(target, key):
        return dict(_client(target).head_object(Bucket=target.bucket, Key=key))


def bucket_region(target: S3Target) -> str | None:
    """The region the bucket says it is in (HeadBucket's ``x-amz-bucket-region``), None when the
    store does not say. A bucket in another region than the client signs for is an
    :class:`S3Error` of kind ``wrong_region`` on Amazon S3 (a 301)."""
    with _mapped(target, ""):
        head = _client(target).head_bucket(Bucket=target.bucket)
    region = (head.get("ResponseMetadata") or {}).get("HTTPHeaders", {}).get("x-amz-bucket-region")
    return str(region) if region else None


def download_file(target: S3Target, key: str, dest: Path) -> None:
    """Write the object ``key`` to ``dest``."""
    with _mapped(target, key):
        _client(target).download_file(target.bucket, key, str(dest), Config=_TRANSFER)


def list_objects(target: S3Target, prefix: str, *, recursive: bool, start_after: str = "") -> Iterator[S3Object]:
    """Objects under ``prefix`` in key order: all of them when ``recursive``, else only those
    directly in it (no ``/`` after the prefix), after the key ``start_after`` when one is given.
    "Directory" placeholder keys ending in ``/`` are skipped."""
    with _mapped(target, prefix):
        paginator = _client(target).get_paginator("list_objects_v2")
        kwargs: dict[str, Any] = {"Bucket": target.bucket, "Prefix": prefix}
        if start_after:
            kwargs["StartAfter"] = start_after
        if not recursive:
            kwargs["Delimiter"] = "/"
        for page in paginator.paginate(**kwargs):
            for item in page.get("Contents") or []:
                key = str(item["Key"])
                if not key.endswith("/"):
                    yield S3Object(key, int(item.get("Size") or 0))


def presigned_url(target: S3Target, key: str, seconds: int) -> str:
    """A GET URL for ``key`` that works without credentials for ``seconds``."""
    with _mapped(target, key):
        url = _client(target).generate_presigned_url(
            "get_object", Params={"Bucket": target.bucket, "Key": key}, ExpiresIn=seconds
        )
    return str(url)


class _mapped:
    """Turns boto3 and botocore exceptions into :class:`S3Error`."""

    def __init__(self, target: S3Target, key: str) -> None:
        self._where = f"s3://{target.bucket}/{key}"

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if exc is None or isinstance(exc, S3Error):
            return
        if isinstance(exc, Boto3Error) and isinstance(exc.__context__, ClientError):
            exc = exc.__context__  # S3UploadFailedError wraps the ClientError it replaced
        if isinstance(exc, ClientError):
            raise _client_error(self._where, exc) from None
        if isinstance(exc, NoCredentialsError | PartialCredentialsError):
            raise S3Error(f"{self._where}: no usable key and secret were given", kind="access_denied") from None
        if isinstance(exc, BotoCoreError | Boto3Error):
            raise S3Error(f"{self._where}: {exc}") from None


def _client_error(where: str, exc: ClientError) -> S3Error:
    error = exc.response.get("Error") or {}
    code = str(error.get("Code") or exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or "")
    message = str(error.get("Message") or code or "the store refused the request")
    if code in _ACCESS_DENIED:
        kind = "access_denied"
    elif code in _NOT_FOUND:
        kind = "not_found"
    elif code in _WRONG_REGION:
        kind = "wrong_region"
    else:
        kind = "failure"
    return S3Error(f"{where}: {code}: {message}", kind=kind, code=code)
