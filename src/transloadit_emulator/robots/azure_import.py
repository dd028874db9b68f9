"""``/azure/import``: bring files in from an Azure Blob Storage container.

``path`` (a string or a list) names a blob or a directory, by a trailing ``/``. A directory gives
its direct children, or with ``recursive`` everything below it; one page of ``files_per_page``
blobs (1000) at a time, ``next_page_token`` naming a later page (Azure's continuation token).
``force_name`` renames the files; with ``ignore_errors`` naming ``import`` (or ``true``) a blob
or path that fails is skipped and listed in ``ignored_errors``. The container comes from
``credentials`` (type ``azure``) and/or the inline ``account``, ``key`` and ``container``.
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import RobotError
from ..outbound.azure_blob import AzureBlobError, BlobItem, blob_size, download_file, list_blobs
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.azure_containers import azure_robot_error, resolve_container
from .support.remote_storage import forced_name, import_all, positive

_PREFIX = "AZURE_IMPORT"
DEFAULT_FILES_PER_PAGE = 1000


class AzureImport(Robot):
    """Downloads the blobs a Step's ``path`` names."""

    name = "/azure/import"
    takes_input = False

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Import every blob under each ``path``, in order."""
        target = resolve_container(ctx, params, _PREFIX)
        recursive = params.get("recursive") is True
        per_page = positive(params.get("files_per_page"), DEFAULT_FILES_PER_PAGE)
        token = params.get("next_page_token")

        def select(path: str) -> list[BlobItem]:
            name = path.lstrip("/")
            if not path.endswith("/"):
                return [BlobItem(name, blob_size(target, name))]
            page_token = token if isinstance(token, str) and token else None
            return list_blobs(target, name, recursive=recursive, page_size=per_page, page_token=page_token)[0]

        def fetch(item: BlobItem, index: int) -> OutputFile:
            if item.size > ctx.max_import_bytes:
                where = f"{target.container}/{item.name}"
                raise RobotError(f"{_PREFIX}_FAILURE", f"{where} is larger than {ctx.max_import_bytes} bytes.")
            path = ctx.scratch_dir / f"{index}-import"
            download_file(target, item.name, path)
            name = forced_name(params, index) or posixpath.basename(item.name) or "file"
            return OutputFile(path=path, name=name, source=None)

        def to_error(exc: Exception) -> RobotError | None:
            return azure_robot_error(exc, _PREFIX) if isinstance(exc, AzureBlobError) else None

        return import_all(ctx, params, _PREFIX, select, fetch, to_error)
