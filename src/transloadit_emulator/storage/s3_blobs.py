"""A :class:`~.blobs.BlobStore` in an S3 bucket (``--storage s3://bucket/prefix``), for several processes.

The bucket is the truth; each process keeps a local cache (in its data directory) because engines
read and write local files: a blob written here stays cached for the robots of the same Assembly,
and a blob written by another process is fetched on first use. Downloads are streamed from the
bucket through the emulator, or redirected to a presigned URL when ``presign_seconds`` is set.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path
from typing import Any, BinaryIO

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from ..errors import TransloaditError
from ..ids import is_id
from .blobs import (
    Digests,
    Download,
    StoredBlob,
    blob_key,
    blob_relpath,
    copy_hashing,
    file_digests,
    remove_with_empty_parents,
)

_CHUNK = 1024 * 1024
#: Up to this size one PUT sends a file (s3transfer's own multipart threshold): without the
#: transfer manager's thread pool, which costs a small file more than its bytes do.
_SINGLE_PUT = 8 * 1024 * 1024
_NOT_FOUND = {"404", "NoSuchKey", "NotFound"}


def parse_s3_url(url: str) -> tuple[str, str]:
    """``s3://bucket/some/prefix`` -> ``("bucket", "some/prefix/")``; ValueError when it is not one."""
    if not url.startswith("s3://"):
        raise ValueError(f"not an s3:// URL: {url!r}")
    bucket, _, prefix = url[len("s3://") :].partition("/")
    if not bucket:
        raise ValueError(f"no bucket in {url!r}")
    prefix = prefix.strip("/")
    return bucket, f"{prefix}/" if prefix else ""


class S3BlobStore:
    """Blobs at ``<prefix><assembly_id>/<file_id>/<filename>`` in ``bucket``, cached under ``cache_dir``."""

    def __init__(
        self,
        url: str,
        cache_dir: Path,
        *,
        endpoint: str | None = None,
        region: str = "us-east-1",
        presign_seconds: int | None = None,
    ) -> None:
        self.bucket, self.prefix = parse_s3_url(url)
        self.cache_dir = cache_dir
        self.presign_seconds = presign_seconds
        cache_dir.mkdir(parents=True, exist_ok=True)
        addressing = {"addressing_style": "path"} if endpoint else {}
        # Checksums only where S3 requires them, as outbound/s3.py's clients (storage may not import
        # outbound): S3-compatible stores behind ``endpoint`` often reject the default trailing ones.
        config = Config(
            s3=addressing,
            retries={"max_attempts": 3},
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
        )
        self._s3: Any = boto3.client("s3", endpoint_url=endpoint, region_name=region, config=config)

    def _upload(self, path: Path, key: str) -> None:
        """One PUT for a file up to ``_SINGLE_PUT``, a multipart upload (in parallel) beyond."""
        if path.stat().st_size > _SINGLE_PUT:
            self._s3.upload_file(os.fspath(path), self.bucket, key)
            return
        with open(path, "rb") as body:
            self._s3.put_object(Bucket=self.bucket, Key=key, Body=body)

    def _download(self, key: str, dest: Path) -> None:
        """The object streamed into ``dest`` by one GET (no HEAD first, no thread pool)."""
        body = self._s3.get_object(Bucket=self.bucket, Key=key)["Body"]
        try:
            with open(dest, "wb") as out:
                for chunk in body.iter_chunks(_CHUNK):
                    out.write(chunk)
        finally:
            body.close()

    def _target(self, assembly_id: str, file_id: str, filename: str) -> tuple[str, Path]:
        rel = blob_relpath(assembly_id, file_id, filename)
        path = self.cache_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        return rel, path

    def put_stream(
        self, stream: BinaryIO, assembly_id: str, file_id: str, filename: str, *, max_size: int | None = None
    ) -> StoredBlob:
        """Write ``stream`` to the cache (hashing), then upload it; nothing is kept when either fails."""
        rel, path = self._target(assembly_id, file_id, filename)
        try:
            with open(path, "wb") as out:
                size, digests = copy_hashing(stream, out, max_size)
            self._upload(path, self.prefix + rel)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return StoredBlob(rel, size, digests)

    def put_file(
        self, src: Path, assembly_id: str, file_id: str, filename: str, *, digests: Digests | None = None
    ) -> StoredBlob:
        """Move a local file into the cache and upload it to the bucket (hashing it unless ``digests``)."""
        rel, path = self._target(assembly_id, file_id, filename)
        shutil.move(os.fspath(src), path)
        self._upload(path, self.prefix + rel)
        return StoredBlob(rel, path.stat().st_size, digests or file_digests(path))

    def path(self, relpath: str) -> Path:
        """The cached copy, fetched from the bucket when this process does not have it yet;
        ``TMP_FILE_DOWNLOAD_ERROR`` when the bucket cannot hand it over (gone, unreachable)."""
        path = self.cache_dir / relpath
        if not path.is_file():
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(f".{uuid.uuid4().hex}.part")
            try:
                self._download(self.prefix + relpath, partial)
                os.replace(partial, path)  # whole or absent, even with two threads fetching at once
            except (ClientError, BotoCoreError) as exc:  # the live API's code for its own storage failing
                raise TransloaditError("TMP_FILE_DOWNLOAD_ERROR", f"A file could not be fetched: {exc}") from None
            finally:
                partial.unlink(missing_ok=True)
        return path

    def release(self, relpath: str) -> None:
        """Drop the cached copy (the bucket keeps the blob)."""
        remove_with_empty_parents(self.cache_dir / relpath, self.cache_dir)

    def download(self, assembly_id: str, file_id: str, filename: str) -> Download | None:
        """A presigned redirect, or the object's bytes streamed from the bucket; None when absent."""
        key = blob_key(assembly_id, file_id, filename)
        if key is None:
            return None
        try:
            if self.presign_seconds is not None:
                self._s3.head_object(Bucket=self.bucket, Key=self.prefix + key)
                url = self._s3.generate_presigned_url(
                    "get_object",
                    Params={
                        "Bucket": self.bucket,
                        "Key": self.prefix + key,
                        "ResponseContentDisposition": f'attachment; filename="{filename}"',
                    },
                    ExpiresIn=self.presign_seconds,
                )
                return Download(filename, redirect_url=url)
            got = self._s3.get_object(Bucket=self.bucket, Key=self.prefix + key)
        except ClientError as exc:
            if str(exc.response.get("Error", {}).get("Code")) in _NOT_FOUND:
                return None
            raise
        return Download(filename, chunks=got["Body"].iter_chunks(_CHUNK), size=int(got["ContentLength"]))

    def discard(self, relpath: str) -> None:
        """Remove the blob from the bucket and the cache."""
        self._s3.delete_object(Bucket=self.bucket, Key=self.prefix + relpath)
        self.release(relpath)

    def clear(self) -> None:
        """Remove every blob under the prefix, and the cache."""
        pages = self._s3.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=self.prefix)
        for page in pages:
            keys = [{"Key": o["Key"]} for o in page.get("Contents", [])]
            if keys:
                self._s3.delete_objects(Bucket=self.bucket, Delete={"Objects": keys, "Quiet": True})
        shutil.rmtree(self.cache_dir, ignore_errors=True)
        self.cache_dir.mkdir(parents=True, exist_ok=True)

    def discard_assembly(self, assembly_id: str) -> None:
        """Remove every blob of one Assembly, and its cached copies."""
        if not is_id(assembly_id):
            return
        prefix = f"{self.prefix}{assembly_id}/"
        for page in self._s3.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=prefix):
            keys = [{"Key": o["Key"]} for o in page.get("Contents", [])]
            if keys:
                self._s3.delete_objects(Bucket=self.bucket, Delete={"Objects": keys, "Quiet": True})
        shutil.rmtree(self.cache_dir / assembly_id, ignore_errors=True)

    def check_writable(self) -> None:
        """Raise unless an object can be written to and removed from the bucket."""
        key = f"{self.prefix}.ready/{uuid.uuid4().hex}"
        self._s3.put_object(Bucket=self.bucket, Key=key, Body=b"ok")
        self._s3.delete_object(Bucket=self.bucket, Key=key)
