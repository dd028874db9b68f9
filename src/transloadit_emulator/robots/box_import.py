"""``/box/import``: bring files in from a Box account.

``path`` (a string or a list) names a file, or a directory by a trailing ``/`` (``/`` is the root
folder), which brings in every file below it, recursively. ``force_name`` renames the files; with
``ignore_errors`` naming ``import`` (or ``true``) a file or path that fails is skipped and listed in
``ignored_errors``. The account comes from ``credentials`` (type ``box``).
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from ..errors import RobotError
from ..outbound.box import BoxClient, BoxFile
from ..outbound.saas_api import ServiceError
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.box_accounts import box_robot_error, path_parts, resolve_account
from .support.remote_storage import forced_name, import_all

_PREFIX = "BOX_IMPORT"


class BoxImport(Robot):
    """Downloads the files a Step's ``path`` names."""

    name = "/box/import"
    takes_input = False

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Import every file under each ``path``, in order."""
        account = resolve_account(ctx, params, _PREFIX)
        with BoxClient(account, allow_private=ctx.allow_private_imports) as client:

            def select(path: str) -> Iterator[BoxFile]:
                parts = path_parts(path)
                if path.endswith("/") or not parts:
                    yield from client.files_below(client.folder_id(parts, create=False), "/".join(parts))
                    return
                entry = client.find_file(client.folder_id(parts[:-1], create=False), parts[-1])
                yield BoxFile(str(entry["id"]), "/".join(parts), int(entry.get("size") or 0))

            def fetch(found: BoxFile, index: int) -> OutputFile:
                path = ctx.scratch_dir / f"{index}-import"
                client.download(found.id, path, ctx.max_import_bytes)
                name = forced_name(params, index) or posixpath.basename(found.path) or "file"
                return OutputFile(path=path, name=name, source=None)

            def to_error(exc: Exception) -> RobotError | None:
                return box_robot_error(exc, _PREFIX) if isinstance(exc, ServiceError) else None

            return import_all(ctx, params, _PREFIX, select, fetch, to_error)
