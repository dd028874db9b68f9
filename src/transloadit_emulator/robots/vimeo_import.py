"""``/vimeo/import``: bring videos in from a Vimeo account.

``path`` (default ``me/videos``; a string or a list) is a Vimeo API path that lists videos
(``me/likes``, ``me/albums/<id>/videos``, ...) or names one (``videos/<id>``). Listings are read one
page at a time: ``page_number`` (1) of ``files_per_page`` (20) videos. Each video comes in the
``rendition`` asked for (720p), else the best one below it, else the nearest above. ``force_name``
renames the files; with ``ignore_errors`` naming ``import`` (or ``true``) a video or path that fails is
skipped and listed in ``ignored_errors``. The account comes from ``credentials`` (type ``vimeo``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import RobotError
from ..outbound.saas_api import ServiceError
from ..outbound.vimeo import VimeoClient, VimeoVideo
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.remote_storage import forced_name, import_all, positive
from .support.vimeo_accounts import resolve_account, vimeo_robot_error

_PREFIX = "VIMEO_IMPORT"


class VimeoImport(Robot):
    """Downloads the videos a Step's ``path`` lists."""

    name = "/vimeo/import"
    takes_input = False

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Import the videos of each ``path``, in order."""
        account = resolve_account(ctx, params, _PREFIX)
        page = positive(params.get("page_number"), 1)
        per_page = min(positive(params.get("files_per_page"), 20), 100)
        rendition = str(params.get("rendition") or "720p")
        with VimeoClient(account, allow_private=ctx.allow_private_imports) as client:

            def select(path: str) -> list[VimeoVideo]:
                return client.videos(path, page=page, per_page=per_page, rendition=rendition)

            def fetch(video: VimeoVideo, index: int) -> OutputFile:
                path = ctx.scratch_dir / f"{index}-import"
                client.download(video.link, path, ctx.max_import_bytes)
                name = forced_name(params, index) or video.name
                # The live API's result carries the video's Vimeo title and URI under ``vimeo``.
                vimeo = {"title": video.title, "uri": video.uri}
                return OutputFile(path=path, name=name, source=None, record={"vimeo": vimeo})

            def to_error(exc: Exception) -> RobotError | None:
                if not isinstance(exc, ServiceError):
                    return None
                return vimeo_robot_error(exc, _PREFIX, f"{_PREFIX}_FAILURE")

            return import_all(ctx, {"path": "me/videos", **params}, _PREFIX, select, fetch, to_error)
