"""``/cloudfiles/import``: bring files in from a Rackspace Cloud Files container.

``path`` (a string or a list) names an object or a directory, by a trailing ``/``. A directory
gives its direct children, or with ``recursive`` everything below it, in name order, one page of
``files_per_page`` (1000) at a time: ``page_number`` (1) picks it. ``force_name`` renames the
files; with ``ignore_errors`` naming ``import`` (or ``true``) an object or path that fails is
skipped and listed in ``ignored_errors``. The account is resolved as for ``/cloudfiles/store``.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator, Mapping, Sequence
from itertools import islice
from typing import Any

from ..errors import RobotError
from ..outbound.cloudfiles import CloudfilesClient, CloudObject
from ..outbound.saas_api import ServiceError
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.cloudfiles_accounts import cloudfiles_robot_error, resolve_account
from .support.remote_storage import forced_name, import_all, positive

_PREFIX = "CLOUDFILES_IMPORT"


class CloudfilesImport(Robot):
    """Downloads the objects a Step's ``path`` names."""

    name = "/cloudfiles/import"
    takes_input = False

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Import every object under each ``path``, in order."""
        account = resolve_account(ctx, params, _PREFIX)
        recursive = params.get("recursive") is True
        per_page = positive(params.get("files_per_page"), 1000)
        page = positive(params.get("page_number"), 1)
        try:
            with CloudfilesClient(account, allow_private=ctx.allow_private_imports) as client:
                return _import(ctx, params, client, recursive, per_page, page)
        except ServiceError as exc:  # the login; import_all maps the rest
            raise cloudfiles_robot_error(exc, _PREFIX, f"{_PREFIX}_FAILURE") from None


def _import(
    ctx: RobotContext, params: Mapping[str, Any], client: CloudfilesClient, recursive: bool, per_page: int, page: int
) -> list[OutputFile]:
    """Each path's objects, through an open (logged-in) client."""

    def select(path: str) -> Iterator[CloudObject]:
        name = path.lstrip("/")
        if not path.endswith("/"):
            yield CloudObject(name, client.size(name))
            return
        yield from islice(client.list(name, recursive=recursive), (page - 1) * per_page, page * per_page)

    def fetch(obj: CloudObject, index: int) -> OutputFile:
        path = ctx.scratch_dir / f"{index}-import"
        client.download(obj.name, path, ctx.max_import_bytes)
        name = forced_name(params, index) or posixpath.basename(obj.name) or "file"
        return OutputFile(path=path, name=name, source=None)

    def to_error(exc: Exception) -> RobotError | None:
        if not isinstance(exc, ServiceError):
            return None
        return cloudfiles_robot_error(exc, _PREFIX, f"{_PREFIX}_FAILURE")

    return import_all(ctx, params, _PREFIX, select, fetch, to_error)
