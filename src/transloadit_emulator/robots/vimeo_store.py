"""``/vimeo/store``: upload each video to a Vimeo account.

The account comes from ``credentials`` (Template Credentials of type ``vimeo``, an
``access_token``). Each video is created with ``title`` and ``description`` (Assembly Variables
filled per file), ``acl`` as its privacy (``password`` for ``acl: password``), ``downloadable``,
the folder ``folder_id`` (or the older ``folder_uri``), sent with tus and added to ``showcases``.
The file's ``url`` and ``ssl_url`` become the video's Vimeo page. Only videos are taken.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..outbound.saas_api import ServiceError
from ..outbound.vimeo import VideoUpload, VimeoClient
from ..variables import file_variables, interpolate, to_text
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.remote_storage import stored_name
from .support.vimeo_accounts import resolve_account, vimeo_robot_error

_PREFIX = "VIMEO_STORE"


class VimeoStore(PerFileRobot):
    """Uploads each video and forwards it with the video's Vimeo link."""

    name = "/vimeo/store"
    stores_only = True
    accepts = frozenset({"video"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Upload one video; the result is the input itself with the video's ``url``."""
        account = resolve_account(ctx, params, _PREFIX)
        try:
            with VimeoClient(account, allow_private=ctx.allow_private_imports) as client:
                link = client.upload(file.path, video_upload(params, file, ctx.assembly_id))
        except ServiceError as exc:
            raise vimeo_robot_error(exc, _PREFIX, f"{_PREFIX}_PROBLEM_SENDING_FILE") from None
        record = {"url": link, "ssl_url": link}
        return [OutputFile(path=file.path, name=stored_name(file), source=file, passthrough=True, record=record)]


def video_upload(params: Mapping[str, Any], file: InputFile, assembly_id: str) -> VideoUpload:
    """The video's settings from the Step's params, Assembly Variables filled for ``file``."""
    filled = interpolate(
        {k: params.get(k) for k in ("title", "description")}, file_variables(file.record, assembly_id, file.source_step)
    )
    acl = str(params.get("acl") or "anybody")
    password = params.get("password")
    if acl == "password" and not (isinstance(password, str) and password):
        raise RobotError(f"{_PREFIX}_VALIDATION", 'acl "password" needs a password.')
    folder_id, folder_uri = params.get("folder_id"), params.get("folder_uri")
    folder = f"/me/projects/{folder_id}" if isinstance(folder_id, str) and folder_id else folder_uri
    showcases = params.get("showcases")
    return VideoUpload(
        title=to_text(filled.get("title")),
        description=to_text(filled.get("description")),
        view=acl,
        downloadable=params.get("downloadable") is True,
        password=password if acl == "password" and isinstance(password, str) else None,
        folder_uri=folder if isinstance(folder, str) and folder else None,
        showcases=[str(s) for s in showcases] if isinstance(showcases, list) else [],
    )
