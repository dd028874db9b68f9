"""``/google/import``: bring files in from a Google Cloud Storage bucket.

``path`` (a string or a list) names an object or a directory, by a trailing ``/``. A directory
gives its direct children, or with ``recursive`` everything below it; one page of
``files_per_page`` objects (1000) at a time, ``next_page_token`` naming a later page (the token
Google's listing returned). ``force_name`` renames the files; with ``ignore_errors`` naming
``import`` (or ``true``) an object or path that fails is skipped and listed in
``ignored_errors``. The bucket comes from ``credentials`` (Template Credentials of type ``google``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import RobotError
from ..outbound.google_storage import GoogleStorageError, download_file, list_objects, object_size
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.google_buckets import google_robot_error, resolve_bucket
from .support.remote_storage import ObjectSource, import_objects

_PREFIX = "GOOGLE_IMPORT"


class GoogleImport(Robot):
    """Downloads the objects a Step's ``path`` names."""

    name = "/google/import"
    takes_input = False

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Import every object under each ``path``, in order."""
        target = resolve_bucket(ctx, params, _PREFIX)
        source = ObjectSource(
            size=lambda name: object_size(target, name),
            listing=lambda prefix, deep, size, token: list_objects(
                target, prefix, recursive=deep, page_size=size, page_token=token
            )[0],
            download=lambda name, dest: download_file(target, name, dest),
            where=lambda name: f"gs://{target.bucket}/{name}",
        )

        def to_error(exc: Exception) -> RobotError | None:
            return google_robot_error(exc, _PREFIX) if isinstance(exc, GoogleStorageError) else None

        return import_objects(ctx, params, _PREFIX, source, to_error)
