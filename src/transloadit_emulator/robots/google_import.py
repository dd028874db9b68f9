"""``/google/import``: bring files in from a Google Cloud Storage bucket.

``path`` (a string or a list) names an object or a directory, by a trailing ``/``. A directory
gives its direct children, or with ``recursive`` everything below it; one page of
``files_per_page`` objects (1000) at a time, ``next_page_token`` naming a later page (the token
Google's listing returned). ``force_name`` renames the files; with ``ignore_errors`` naming
``import`` (or ``true``) an object or path that fails is skipped and listed in
``ignored_errors``. The bucket comes from ``credentials`` (Template Credentials of type ``google``).
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import RobotError
from ..outbound.google_storage import GcsObject, GoogleStorageError, download_file, list_objects, object_size
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.google_buckets import google_robot_error, resolve_bucket
from .support.remote_storage import forced_name, import_all, positive

_PREFIX = "GOOGLE_IMPORT"
DEFAULT_FILES_PER_PAGE = 1000


class GoogleImport(Robot):
    """Downloads the objects a Step's ``path`` names."""

    name = "/google/import"
    takes_input = False

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Import every object under each ``path``, in order."""
        target = resolve_bucket(ctx, params, _PREFIX)
        recursive = params.get("recursive") is True
        per_page = positive(params.get("files_per_page"), DEFAULT_FILES_PER_PAGE)
        token = params.get("next_page_token")

        def select(path: str) -> list[GcsObject]:
            name = path.lstrip("/")
            if not path.endswith("/"):
                return [GcsObject(name, object_size(target, name))]
            page_token = token if isinstance(token, str) and token else None
            return list_objects(target, name, recursive=recursive, page_size=per_page, page_token=page_token)[0]

        def fetch(obj: GcsObject, index: int) -> OutputFile:
            if obj.size > ctx.max_import_bytes:
                where = f"gs://{target.bucket}/{obj.name}"
                raise RobotError(f"{_PREFIX}_FAILURE", f"{where} is larger than {ctx.max_import_bytes} bytes.")
            path = ctx.scratch_dir / f"{index}-import"
            download_file(target, obj.name, path)
            name = forced_name(params, index) or posixpath.basename(obj.name) or "file"
            return OutputFile(path=path, name=name, source=None)

        def to_error(exc: Exception) -> RobotError | None:
            return google_robot_error(exc, _PREFIX) if isinstance(exc, GoogleStorageError) else None

        return import_all(ctx, params, _PREFIX, select, fetch, to_error)
