"""``/box/store``: store each file in a Box account.

The account comes from ``credentials`` (Template Credentials of type ``box``: the app's JWT config
file in ``key_file_contents``). Each file goes to ``path`` (Assembly Variables filled per file);
missing folders are made, and a file of the same name gets a new version. With
``create_sharing_link`` the file's ``url`` and ``ssl_url`` become an open Box shared link (else Box
gives it no URL).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..outbound.box import BoxClient
from ..outbound.saas_api import ServiceError
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.box_accounts import box_robot_error, path_parts, resolve_account
from .support.remote_storage import shared_link, store_key, stored_name

_PREFIX = "BOX_STORE"


class BoxStore(PerFileRobot):
    """Uploads each input file to Box and forwards it (with its shared link when asked)."""

    name = "/box/store"
    stores_only = True

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Store one file; the result is the input itself."""
        account = resolve_account(ctx, params, _PREFIX)
        *folders, name = path_parts(store_key(params, file, ctx.assembly_id, _PREFIX))
        record: dict[str, Any] = {}
        try:
            with BoxClient(account, allow_private=ctx.allow_private_imports) as client:
                file_id = client.upload(file.path, client.folder_id(folders, create=True), name)
                if params.get("create_sharing_link") is True:
                    link = shared_link(client.shared_link(file_id), _PREFIX)
                    record = {"url": link, "ssl_url": link}
        except ServiceError as exc:
            raise box_robot_error(exc, _PREFIX) from None
        return [OutputFile(path=file.path, name=stored_name(file), source=file, passthrough=True, record=record)]
