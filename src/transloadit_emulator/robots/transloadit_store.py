"""``/transloadit/store``: keep each file in the account's Transloadit Storage workspace.

``path`` (default ``${file.url_name}``; folders are made as needed) and ``conflict_strategy``
(``error``: an occupied path fails with ``TRANSLOADIT_STORE_CONFLICT``; ``overwrite``: a new
version of that asset; ``rename``: ``name-1.ext``, ...). The stored file's record on the source
Step's results gains ``workspace``, ``asset_id``, ``version_id`` and the final ``path``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..ids import account_id
from ..storage.workspace import WorkspaceError
from ..variables import file_variables, interpolate, to_text
from .base import InputFile, OutputFile, PerFileRobot, RobotContext


class TransloaditStore(PerFileRobot):
    """Stores each input file in the workspace and forwards it with the asset's identity."""

    name = "/transloadit/store"
    stores_only = True

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Store one file; the result is the input itself with its asset, version and path."""
        if ctx.workspace is None:
            raise RobotError("TRANSLOADIT_STORE_UNAVAILABLE", "This emulator keeps no Transloadit Storage.")
        path = params.get("path")
        if path in (None, ""):
            path = interpolate("${file.url_name}", file_variables(file.record, ctx.assembly_id, file.source_step))
        workspace = account_id(ctx.account_key)
        strategy = str(params.get("conflict_strategy") or "error")
        try:
            stored = ctx.workspace.store(workspace, to_text(path), file.path, strategy)
        except WorkspaceError as exc:
            code = "TRANSLOADIT_STORE_CONFLICT" if exc.kind == "conflict" else "TRANSLOADIT_STORE_VALIDATION"
            raise RobotError(code, str(exc)) from None
        except OSError as exc:  # the workspace's disk refused the bytes or the index
            raise RobotError(
                "TRANSLOADIT_STORE_FAILURE", f"{to_text(path)!r} could not be stored: {exc.strerror or exc}."
            ) from None
        record = {
            "workspace": workspace,
            "asset_id": stored.asset_id,
            "version_id": stored.version_id,
            "path": stored.path,
        }
        name = to_text(file.record.get("name")) or file.path.name
        return [OutputFile(path=file.path, name=name, source=file, passthrough=True, record=record)]
