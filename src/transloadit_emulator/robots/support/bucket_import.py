"""The import robot of every S3-compatible vendor: bring objects in from a bucket.

``/s3/import``, ``/wasabi/import``, ``/minio/import``, ... are this class with their ``name`` and
:class:`~.s3_vendors.Vendor`. ``path`` (a string or a list) names an object (``images/avatar.jpg``)
or a directory, by a trailing ``/`` (``images/``; ``/`` is the whole bucket). A directory gives its
direct children, or with ``recursive`` everything below it, in key order; with ``recursive``,
``files_per_page`` (1000) and ``page_number`` (1) pick one page of those (Backblaze pages with
``start_file_name``: the key after which the page starts). With ``ignore_errors`` naming
``import`` (or ``true``) an object that fails to download is skipped and listed in
``ignored_errors``; ``return_file_stubs`` brings empty files with a presigned ``import_url``.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator, Mapping, Sequence
from itertools import islice
from typing import Any, ClassVar

from ...errors import RobotError
from ...outbound.s3 import S3Error, S3Object, S3Target, download_file, head_object, list_objects, presigned_url
from ..base import InputFile, OutputFile, Robot, RobotContext
from .remote_storage import DEFAULT_FILES_PER_PAGE, ignores_import, import_paths, positive
from .s3_buckets import resolve_bucket, s3_robot_error
from .s3_vendors import S3, Vendor

#: Seconds the ``import_url`` of a file stub stays valid.
STUB_URL_SECONDS = 6 * 3600


class BucketImport(Robot):
    """Downloads the objects a Step's ``path`` names."""

    takes_input = False
    vendor: ClassVar[Vendor] = S3

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Import every object under each ``path``, in order."""
        prefix = self.error_prefix()
        bucket = resolve_bucket(ctx, params, prefix, self.vendor)
        ignore = ignores_import(params.get("ignore_errors"))
        stubs = params.get("return_file_stubs") is True
        outputs: list[OutputFile] = []
        try:
            for obj in _selected(bucket.target, params, prefix):
                try:
                    outputs.append(_import(ctx, bucket.target, obj, len(outputs), stubs, prefix))
                except (S3Error, RobotError) as exc:
                    error = s3_robot_error(exc, prefix, self.vendor) if isinstance(exc, S3Error) else exc
                    if not ignore:
                        raise error from None
                    ctx.ignored_errors.append((error.code, error.message))
        except S3Error as exc:
            raise s3_robot_error(exc, prefix, self.vendor) from None
        return outputs


def _selected(target: S3Target, params: Mapping[str, Any], prefix: str) -> Iterator[S3Object]:
    """The objects to import: each named object (checked to exist), each directory's listing."""
    recursive = params.get("recursive") is True
    per_page = positive(params.get("files_per_page"), DEFAULT_FILES_PER_PAGE)
    page = positive(params.get("page_number"), 1)
    start_after = params.get("start_file_name")
    for path in import_paths(params, prefix):
        if path.endswith("/"):
            key_prefix = path.strip().lstrip("/")
            if isinstance(start_after, str) and start_after:  # Backblaze's paging: a page after a key
                after = list_objects(target, key_prefix, recursive=recursive, start_after=start_after)
                yield from islice(after, per_page)
                continue
            listing = list_objects(target, key_prefix, recursive=recursive)
            if recursive:  # pages apply to recursive imports only, as on the real API
                listing = islice(listing, (page - 1) * per_page, page * per_page)
            yield from listing
        else:
            key = path.strip().lstrip("/")
            head = head_object(target, key)
            yield S3Object(key, int(head.get("ContentLength") or 0))


def _import(ctx: RobotContext, target: S3Target, obj: S3Object, index: int, stub: bool, prefix: str) -> OutputFile:
    name = posixpath.basename(obj.key) or "file"
    path = ctx.scratch_dir / f"{index}-import"
    if stub:
        path.touch()
        return OutputFile(
            path=path, name=name, source=None, record={"import_url": presigned_url(target, obj.key, STUB_URL_SECONDS)}
        )
    if obj.size > ctx.max_import_bytes:
        raise RobotError(
            f"{prefix}_FAILURE", f"s3://{target.bucket}/{obj.key} is larger than {ctx.max_import_bytes} bytes."
        )
    download_file(target, obj.key, path)
    return OutputFile(path=path, name=name, source=None)
