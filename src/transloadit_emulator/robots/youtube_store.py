"""``/youtube/store``: upload each video to a YouTube channel.

The channel comes from ``credentials`` (Template Credentials of type ``youtube``: a
``refresh_token`` with the OAuth client's ``client_id`` and ``client_secret``, or an
``access_token``). Each video is published with ``title`` (at most 80 characters: longer ones are
cut), ``description``, ``category`` (one of YouTube's category names), ``keywords`` (comma-separated
tags) and ``visibility``, Assembly Variables filled per file. An image among the Step's inputs (the
vendor's ``"as": "image"`` entry of ``use``) becomes each video's custom thumbnail. The file's
``url`` and ``ssl_url`` become the video's watch page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import RobotError
from ..outbound.saas_api import ServiceError
from ..outbound.youtube import API_URL, CATEGORY_IDS, YoutubeAccount, YoutubeClient, YoutubeVideo
from ..variables import file_variables, interpolate, to_text
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.remote_storage import connection_settings, file_mime, service_endpoint, stored_name

_PREFIX = "YOUTUBE_STORE"
_TITLE_LIMIT = 80


class YoutubeStore(Robot):
    """Uploads each video (with the Step's image as its thumbnail) and forwards it with its watch URL."""

    name = "/youtube/store"
    stores_only = True
    accepts = frozenset({"video", "image"})

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Upload every video of ``files``; the results are the videos themselves with their URLs."""
        account = _account(ctx, params)
        thumbnail = next((f for f in files if f.record.get("type") == "image"), None)
        outputs: list[OutputFile] = []
        try:
            with YoutubeClient(account, allow_private=ctx.allow_private_imports) as client:
                for file in (f for f in files if f.record.get("type") == "video"):
                    video_id = client.upload(file.path, file_mime(file), youtube_video(params, file, ctx.assembly_id))
                    if thumbnail is not None:
                        client.set_thumbnail(video_id, thumbnail.path, file_mime(thumbnail))
                    url = f"https://www.youtube.com/watch?v={video_id}"
                    record = {"url": url, "ssl_url": url}
                    outputs.append(
                        OutputFile(path=file.path, name=stored_name(file), source=file, passthrough=True, record=record)
                    )
        except ServiceError as exc:
            codes = {
                "invalid": f"{_PREFIX}_VALIDATION",
                "access_denied": f"{_PREFIX}_ACCESS_DENIED",
                "blocked": f"{_PREFIX}_ACCESS_DENIED",
            }
            raise RobotError(codes.get(exc.kind, f"{_PREFIX}_PROBLEM_SENDING_FILE"), str(exc)) from None
        return outputs


def _account(ctx: RobotContext, params: Mapping[str, Any]) -> YoutubeAccount:
    settings = connection_settings(ctx, params, ("youtube",), ())
    access, refresh = str(settings.get("access_token") or ""), str(settings.get("refresh_token") or "")
    if not access and not refresh:
        raise RobotError(f"{_PREFIX}_VALIDATION", "The Step needs credentials of type youtube with a refresh_token.")
    return YoutubeAccount(
        access_token=access,
        refresh_token=refresh,
        client_id=str(settings.get("client_id") or ""),
        client_secret=str(settings.get("client_secret") or ""),
        api_url=service_endpoint(ctx, "youtube_api", _PREFIX) or API_URL,
    )


def youtube_video(params: Mapping[str, Any], file: InputFile, assembly_id: str) -> YoutubeVideo:
    """The video's snippet and status from the Step's params, Assembly Variables filled for ``file``."""
    names = ("title", "description", "category", "keywords")
    filled = interpolate({k: params.get(k) for k in names}, file_variables(file.record, assembly_id, file.source_step))
    category = to_text(filled.get("category")).strip().lower()
    if category not in CATEGORY_IDS:
        raise RobotError(
            f"{_PREFIX}_VALIDATION", f"category must be one of {', '.join(CATEGORY_IDS)}, got {category!r}."
        )
    tags = [t.strip() for t in to_text(filled.get("keywords")).split(",") if t.strip()]
    return YoutubeVideo(
        title=to_text(filled.get("title"))[:_TITLE_LIMIT],
        description=to_text(filled.get("description")),
        category_id=CATEGORY_IDS[category],
        tags=tags,
        privacy=str(params.get("visibility") or "private"),
    )
