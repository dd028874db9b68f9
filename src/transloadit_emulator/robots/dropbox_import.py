"""``/dropbox/import``: bring files in from a Dropbox account.

``path`` (a string or a list) names a file, or a directory by a trailing ``/`` (``/`` is the whole
Dropbox), which brings in every file below it, recursively. ``force_name`` renames the files; with
``ignore_errors`` naming ``import`` (or ``true``) a file or path that fails is skipped and listed
in ``ignored_errors``. The account comes from ``credentials`` (type ``dropbox``) or the inline
``access_token``; ``refresh_token`` is accepted, but the emulator cannot refresh a token (that
takes Transloadit's own Dropbox app).
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from ..errors import RobotError
from ..outbound.dropbox import DropboxClient, DropboxFile
from ..outbound.saas_api import ServiceError
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.dropbox_accounts import dropbox_path, dropbox_robot_error, resolve_account
from .support.remote_storage import forced_name, import_all

_PREFIX = "DROPBOX_IMPORT"


class DropboxImport(Robot):
    """Downloads the files a Step's ``path`` names."""

    name = "/dropbox/import"
    takes_input = False

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Import every file under each ``path``, in order."""
        account = resolve_account(ctx, params, _PREFIX)
        with DropboxClient(account, allow_private=ctx.allow_private_imports) as client:

            def select(path: str) -> Iterator[DropboxFile]:
                if path.endswith("/"):
                    yield from client.list_files(dropbox_path(path))
                    return
                meta = client.metadata(dropbox_path(path))
                if meta.get(".tag") != "file":
                    raise RobotError(f"{_PREFIX}_VALIDATION", f"{path!r} is a folder: end it with / to import it.")
                yield DropboxFile(str(meta.get("path_display") or dropbox_path(path)), int(meta.get("size") or 0))

            def fetch(found: DropboxFile, index: int) -> OutputFile:
                path = ctx.scratch_dir / f"{index}-import"
                client.download(found.path, path, ctx.max_import_bytes)
                name = forced_name(params, index) or posixpath.basename(found.path) or "file"
                return OutputFile(path=path, name=name, source=None)

            def to_error(exc: Exception) -> RobotError | None:
                return dropbox_robot_error(exc, _PREFIX) if isinstance(exc, ServiceError) else None

            return import_all(ctx, params, _PREFIX, select, fetch, to_error)
