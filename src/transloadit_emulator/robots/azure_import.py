"""``/azure/import``: bring files in from an Azure Blob Storage container.

``path`` (a string or a list) names a blob or a directory, by a trailing ``/``. A directory gives
its direct children, or with ``recursive`` everything below it; one page of ``files_per_page``
blobs (1000) at a time, ``next_page_token`` naming a later page (Azure's continuation token).
``force_name`` renames the files; with ``ignore_errors`` naming ``import`` (or ``true``) a blob
or path that fails is skipped and listed in ``ignored_errors``. The container comes from
``credentials`` (type ``azure``) and/or the inline ``account``, ``key`` and ``container``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import RobotError
from ..outbound.azure_blob import AzureBlobError, blob_size, download_file, list_blobs
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.azure_containers import azure_robot_error, resolve_container
from .support.remote_storage import ObjectSource, import_objects

_PREFIX = "AZURE_IMPORT"


class AzureImport(Robot):
    """Downloads the blobs a Step's ``path`` names."""

    name = "/azure/import"
    takes_input = False

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Import every object under each ``path``, in order."""
        target = resolve_container(ctx, params, _PREFIX)
        source = ObjectSource(
            size=lambda name: blob_size(target, name),
            listing=lambda prefix, deep, size, token: list_blobs(
                target, prefix, recursive=deep, page_size=size, page_token=token
            )[0],
            download=lambda name, dest: download_file(target, name, dest),
            where=lambda name: f"{target.container}/{name}",
        )

        def to_error(exc: Exception) -> RobotError | None:
            return azure_robot_error(exc, _PREFIX) if isinstance(exc, AzureBlobError) else None

        return import_objects(ctx, params, _PREFIX, source, to_error)
