"""``/dropbox/store``: store each file in a Dropbox account.

The account comes from ``credentials`` (Template Credentials of type ``dropbox``, holding an
``access_token``). Each file goes to ``path`` (Assembly Variables filled per file), overwriting a
file of that path; files over 150 MiB go up in an upload session. With ``create_sharing_link``
the file's ``url`` and ``ssl_url`` become its Dropbox shared link (else Dropbox gives it no URL).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..outbound.dropbox import DropboxClient
from ..outbound.saas_api import ServiceError
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.dropbox_accounts import dropbox_path, dropbox_robot_error, resolve_account
from .support.remote_storage import shared_link, store_key, stored_name

_PREFIX = "DROPBOX_STORE"


class DropboxStore(PerFileRobot):
    """Uploads each input file to Dropbox and forwards it (with its shared link when asked)."""

    name = "/dropbox/store"
    stores_only = True

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Store one file; the result is the input itself."""
        account = resolve_account(ctx, params, _PREFIX)
        path = dropbox_path(store_key(params, file, ctx.assembly_id, _PREFIX))
        record: dict[str, Any] = {}
        try:
            with DropboxClient(account, allow_private=ctx.allow_private_imports) as client:
                client.upload(file.path, path)
                if params.get("create_sharing_link") is True:
                    link = shared_link(client.sharing_link(path), _PREFIX)
                    record = {"url": link, "ssl_url": link}
        except ServiceError as exc:
            raise dropbox_robot_error(exc, _PREFIX) from None
        return [OutputFile(path=file.path, name=stored_name(file), source=file, passthrough=True, record=record)]
