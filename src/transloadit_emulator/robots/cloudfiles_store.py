"""``/cloudfiles/store``: store each file in a Rackspace Cloud Files container.

The account comes from ``credentials`` (Template Credentials of type ``cloudfiles``) and/or the
inline ``user``, ``key``, ``container``, ``account_type`` (``us``, ``uk``) and ``data_center``
(``dfw``, ``ord``, ...). Each file goes to ``path`` (Assembly Variables filled per file) with its
MIME type. ``url`` and ``ssl_url`` are the container's CDN URIs when it is CDN-enabled, else the
object's storage URL.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..outbound.cloudfiles import CloudfilesClient
from ..outbound.saas_api import ServiceError
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.cloudfiles_accounts import cloudfiles_robot_error, resolve_account
from .support.remote_storage import file_mime, store_key, stored_name

_PREFIX = "CLOUDFILES_STORE"


class CloudfilesStore(PerFileRobot):
    """Uploads each input file to a container and forwards it with the object's URLs."""

    name = "/cloudfiles/store"
    stores_only = True

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Store one file; the result is the input itself with ``url``/``ssl_url`` of the object."""
        account = resolve_account(ctx, params, _PREFIX)
        key = store_key(params, file, ctx.assembly_id, _PREFIX)
        try:
            with CloudfilesClient(account, allow_private=ctx.allow_private_imports) as client:
                client.put(file.path, key, file_mime(file))
                url, ssl_url = client.public_urls(key)
        except ServiceError as exc:
            raise cloudfiles_robot_error(exc, _PREFIX, f"{_PREFIX}_ERROR") from None
        record = {"url": url, "ssl_url": ssl_url}
        return [OutputFile(path=file.path, name=stored_name(file), source=file, passthrough=True, record=record)]
