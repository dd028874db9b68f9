"""``/google/import``: bring files in from a Google Cloud Storage bucket.

``path`` (a string or a list) names an object or a directory, by a trailing ``/``. A directory
gives its direct children, or with ``recursive`` everything below it; one page of
``files_per_page`` objects (1000) at a time, ``next_page_token`` naming a later page (the token
Google's listing returned). ``force_name`` renames the files; with ``ignore_errors`` naming
``import`` (or ``true``) an object that fails to download is skipped and listed in
``ignored_errors``. The bucket comes from ``credentials`` (Template Credentials of type ``google``).
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from ..errors import RobotError
from ..outbound.google_storage import GcsObject, GcsTarget, GoogleStorageError, download_file, list_objects, object_size
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.google_buckets import google_robot_error, resolve_bucket
from .support.remote_storage import forced_name, ignores_import, import_paths, positive

_PREFIX = "GOOGLE_IMPORT"
DEFAULT_FILES_PER_PAGE = 1000


class GoogleImport(Robot):
    """Downloads the objects a Step's ``path`` names."""

    name = "/google/import"
    takes_input = False

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Import every object under each ``path``, in order."""
        target = resolve_bucket(ctx, params, _PREFIX)
        ignore = ignores_import(params.get("ignore_errors"))
        outputs: list[OutputFile] = []
        try:
            for obj in _selected(target, params):
                try:
                    outputs.append(_import(ctx, target, obj, len(outputs), params))
                except (GoogleStorageError, RobotError) as exc:
                    error = google_robot_error(exc, _PREFIX) if isinstance(exc, GoogleStorageError) else exc
                    if not ignore:
                        raise error from None
                    ctx.ignored_errors.append((error.code, error.message))
        except GoogleStorageError as exc:
            raise google_robot_error(exc, _PREFIX) from None
        return outputs


def _selected(target: GcsTarget, params: Mapping[str, Any]) -> Iterator[GcsObject]:
    recursive = params.get("recursive") is True
    per_page = positive(params.get("files_per_page"), DEFAULT_FILES_PER_PAGE)
    token = params.get("next_page_token")
    for path in import_paths(params, _PREFIX):
        name = path.lstrip("/")
        if path.endswith("/"):
            prefix = "" if name == "" else name
            objects, _ = list_objects(
                target,
                prefix,
                recursive=recursive,
                page_size=per_page,
                page_token=token if isinstance(token, str) else None,
            )
            yield from objects
        else:
            yield GcsObject(name, object_size(target, name))


def _import(ctx: RobotContext, target: GcsTarget, obj: GcsObject, index: int, params: Mapping[str, Any]) -> OutputFile:
    if obj.size > ctx.max_import_bytes:
        raise RobotError(
            f"{_PREFIX}_FAILURE", f"gs://{target.bucket}/{obj.name} is larger than {ctx.max_import_bytes} bytes."
        )
    path = ctx.scratch_dir / f"{index}-import"
    download_file(target, obj.name, path)
    name = forced_name(params, index) or posixpath.basename(obj.name) or "file"
    return OutputFile(path=path, name=name, source=None)
