"""``/s3/import``: bring files in from an Amazon S3 or S3-compatible bucket.

``path`` (a string or a list) names an object (``images/avatar.jpg``) or a directory, by a
trailing ``/`` (``images/``; ``/`` is the whole bucket). A directory gives its direct children,
or with ``recursive`` everything below it, in key order; with ``recursive``, ``files_per_page``
(1000) and ``page_number`` (1) pick one page of those. The bucket comes from ``credentials``
and/or inline keys as for ``/s3/store``. With ``ignore_errors`` naming ``import`` (or ``true``)
an object that fails to download is skipped and listed in ``ignored_errors``.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator, Mapping, Sequence
from itertools import islice
from typing import Any

from ..errors import RobotError
from ..outbound.s3 import S3Error, S3Object, S3Target, download_file, head_object, list_objects, presigned_url
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.s3_buckets import resolve_bucket, s3_robot_error

_PREFIX = "S3_IMPORT"
DEFAULT_FILES_PER_PAGE = 1000
#: Seconds the ``import_url`` of a file stub stays valid.
STUB_URL_SECONDS = 6 * 3600


class S3Import(Robot):
    """Downloads the objects a Step's ``path`` names."""

    name = "/s3/import"
    takes_input = False

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Import every object under each ``path``, in order."""
        bucket = resolve_bucket(ctx, params, _PREFIX)
        ignore = _ignores_import(params.get("ignore_errors"))
        stubs = params.get("return_file_stubs") is True
        outputs: list[OutputFile] = []
        try:
            for obj in _selected(bucket.target, params):
                try:
                    outputs.append(_import(ctx, bucket.target, obj, len(outputs), stubs))
                except (S3Error, RobotError) as exc:
                    error = s3_robot_error(exc, _PREFIX) if isinstance(exc, S3Error) else exc
                    if not ignore:
                        raise error from None
                    ctx.ignored_errors.append((error.code, error.message))
        except S3Error as exc:
            raise s3_robot_error(exc, _PREFIX) from None
        return outputs


def import_paths(params: Mapping[str, Any]) -> list[str]:
    """``path`` as a list of strings; raises ``S3_IMPORT_VALIDATION`` when there is none."""
    raw = params.get("path")
    paths = [raw] if isinstance(raw, str) else [p for p in raw if isinstance(p, str)] if isinstance(raw, list) else []
    paths = [p for p in paths if p.strip()]
    if not paths:
        raise RobotError(f"{_PREFIX}_VALIDATION", "path must name an object, or a directory ending in /.")
    return paths


def _selected(target: S3Target, params: Mapping[str, Any]) -> Iterator[S3Object]:
    """The objects to import: each named object (checked to exist), each directory's listing."""
    recursive = params.get("recursive") is True
    per_page = _positive(params.get("files_per_page"), DEFAULT_FILES_PER_PAGE)
    page = _positive(params.get("page_number"), 1)
    for path in import_paths(params):
        if path.endswith("/"):
            prefix = path.strip().lstrip("/")
            listing = list_objects(target, prefix, recursive=recursive)
            if recursive:  # pages apply to recursive imports only, as on the real API
                listing = islice(listing, (page - 1) * per_page, page * per_page)
            yield from listing
        else:
            key = path.strip().lstrip("/")
            head = head_object(target, key)
            yield S3Object(key, int(head.get("ContentLength") or 0))


def _import(ctx: RobotContext, target: S3Target, obj: S3Object, index: int, stub: bool) -> OutputFile:
    name = posixpath.basename(obj.key) or "file"
    path = ctx.scratch_dir / f"{index}-import"
    if stub:
        path.touch()
        return OutputFile(
            path=path, name=name, source=None, record={"import_url": presigned_url(target, obj.key, STUB_URL_SECONDS)}
        )
    if obj.size > ctx.max_import_bytes:
        raise RobotError(
            f"{_PREFIX}_FAILURE", f"s3://{target.bucket}/{obj.key} is larger than {ctx.max_import_bytes} bytes."
        )
    download_file(target, obj.key, path)
    return OutputFile(path=path, name=name, source=None)


def _positive(value: Any, default: int) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return default


def _ignores_import(value: Any) -> bool:
    return value is True or (isinstance(value, list) and ("import" in value or "execute" in value))
