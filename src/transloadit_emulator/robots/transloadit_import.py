"""``/transloadit/import``: bring files in from the account's Transloadit Storage workspace.

``path`` names a file or a folder (its files; every file below it with ``recursive``), or
``asset_id`` names an asset (its current version, or ``version_id``'s). Each imported file's
record carries its ``asset_id``, ``version_id`` and ``path``.
"""

from __future__ import annotations

import posixpath
import shutil
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import RobotError
from ..ids import account_id
from ..storage.workspace import WorkspaceError
from .base import InputFile, OutputFile, Robot, RobotContext


class TransloaditImport(Robot):
    """Copies the workspace's files a Step names into the Assembly."""

    name = "/transloadit/import"
    takes_input = False

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Import the file, folder or asset version the Step names."""
        path, asset_id, version_id = params.get("path"), params.get("asset_id"), params.get("version_id")
        if bool(path) == bool(asset_id) or (version_id and not asset_id):
            raise RobotError(
                "TRANSLOADIT_IMPORT_VALIDATION", "Name either path or asset_id (version_id only with asset_id)."
            )
        if ctx.workspace is None:
            raise RobotError("TRANSLOADIT_IMPORT_FAILURE", "This emulator keeps no Transloadit Storage.")
        try:
            found = ctx.workspace.find(
                account_id(ctx.account_key),
                path=str(path) if path else None,
                asset_id=str(asset_id) if asset_id else None,
                version_id=str(version_id) if version_id else None,
                recursive=params.get("recursive") is True,
            )
        except WorkspaceError as exc:
            code = "TRANSLOADIT_IMPORT_NOT_FOUND" if exc.kind == "not_found" else "TRANSLOADIT_IMPORT_VALIDATION"
            raise RobotError(code, str(exc)) from None
        outputs = []
        for i, stored in enumerate(found):
            local = ctx.scratch_dir / f"{i}-import"
            try:
                shutil.copyfile(stored.file, local)
            except OSError as exc:  # the index names a version whose bytes cannot be read
                raise RobotError(
                    "TRANSLOADIT_IMPORT_FAILURE",
                    f"{stored.path!r} (version {stored.version_id}) could not be read: {exc.strerror or exc}.",
                ) from None
            record = {"asset_id": stored.asset_id, "version_id": stored.version_id, "path": stored.path}
            outputs.append(OutputFile(path=local, name=posixpath.basename(stored.path), source=None, record=record))
        return outputs
