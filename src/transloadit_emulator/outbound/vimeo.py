"""Vimeo's API 3.4 (the calls ``/vimeo/store`` and ``/vimeo/import`` need), over httpx.

Every call carries ``Authorization: bearer <access token>`` and Vimeo's versioned ``Accept``.
An upload creates the video with the tus approach (``POST /me/videos`` with ``upload.size``), sends
the bytes to the ``upload_link`` it answers with tus 1.0.0 ``PATCH``es, checks the offset, then
adds the video to showcases (``PUT /me/albums/{id}/videos/{video}``). An import lists an API path
(``me/videos``, pages of ``per_page``) and downloads one rendition of each video.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from .saas_api import ServiceError, ServiceSession, status_kind

API_URL = "https://api.vimeo.com"
ACCEPT = "application/vnd.vimeo.*+json;version=3.4"
#: Bytes per tus PATCH.
TUS_CHUNK = 64 * 1024 * 1024
#: Renditions from worst to best; ``source`` is the uploaded original.
RENDITIONS = ("240p", "360p", "540p", "720p", "1080p", "source")


@dataclass(frozen=True)
class VimeoAccount:
    """An access token and where the API answers."""

    access_token: str
    api_url: str = API_URL

    def __repr__(self) -> str:  # never print the token
        return f"VimeoAccount(api_url={self.api_url!r})"


@dataclass(frozen=True)
class VideoUpload:
    """What to create the video with."""

    title: str
    description: str
    view: str = "anybody"
    downloadable: bool = False
    password: str | None = None
    folder_uri: str | None = None
    showcases: Sequence[str] = ()


@dataclass(frozen=True)
class VimeoVideo:
    """A video of a listing and the download link of the rendition chosen: the file's ``name``, and
    the video's ``title`` and ``uri`` as Vimeo lists them."""

    name: str
    link: str
    size: int
    title: str = ""
    uri: str = ""


class VimeoClient:
    """The calls of one robot run, on one connection pool."""

    def __init__(self, account: VimeoAccount, *, allow_private: bool) -> None:
        self.account = account
        self.session = ServiceSession("Vimeo", allow_private=allow_private)

    def __enter__(self) -> VimeoClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.session.__exit__()

    def upload(self, source: Path, video: VideoUpload, *, chunk: int = TUS_CHUNK) -> str:
        """Create the video, send ``source`` over tus, add it to the showcases; its public link."""
        size = source.stat().st_size
        privacy: dict[str, Any] = {"view": video.view, "download": video.downloadable}
        body: dict[str, Any] = {
            "upload": {"approach": "tus", "size": size},
            "name": video.title,
            "description": video.description,
            "privacy": privacy,
        }
        if video.password:
            body["password"] = video.password
        if video.folder_uri:
            body["folder_uri"] = video.folder_uri
        created = self._api("POST", "/me/videos", body)
        upload_link = str((created.get("upload") or {}).get("upload_link") or "")
        if not upload_link:
            raise ServiceError("Vimeo created the video but gave no upload link")
        self._tus(upload_link, source, size, chunk)
        video_id = str(created.get("uri") or "").rsplit("/", 1)[-1]
        for showcase in video.showcases:
            self._api("PUT", f"/me/albums/{showcase}/videos/{video_id}", None)
        return str(created.get("link") or f"https://vimeo.com/{video_id}")

    def videos(self, path: str, *, page: int, per_page: int, rendition: str) -> list[VimeoVideo]:
        """The videos an API path lists (one page), or the one video it names, with a download link."""
        params = {"page": str(page), "per_page": str(per_page), "fields": "uri,name,download"}
        answer = self._api("GET", "/" + path.strip("/"), None, params=params)
        entries = answer["data"] if isinstance(answer.get("data"), list) else [answer]
        return [_video(entry, rendition) for entry in entries]

    def download(self, link: str, dest: Path, max_bytes: int) -> None:
        """Write the file at a download ``link`` to ``dest``; ``failure`` past ``max_bytes``."""
        with self.session.stream("GET", link) as response:
            if response.status_code != 200:
                raise ServiceError(
                    f"Vimeo's download answered HTTP {response.status_code}", kind=status_kind(response.status_code)
                )
            size = 0
            with dest.open("wb") as out, self.session.mapped(link):
                for block in response.iter_bytes(1024 * 1024):
                    size += len(block)
                    if size > max_bytes:
                        raise ServiceError(f"Vimeo: the video is larger than {max_bytes} bytes")
                    out.write(block)

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"bearer {self.account.access_token}", "Accept": ACCEPT}

    def _api(
        self, method: str, path: str, body: Mapping[str, Any] | None, *, params: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        url = f"{self.account.api_url}{path}"
        response = self.session.request(method, url, headers=self._headers(), json=body, params=params)
        _check(response, f"{method} {path}")
        if response.status_code == 204 or not response.content:
            return {}
        answer: dict[str, Any] = response.json()
        return answer

    def _tus(self, link: str, source: Path, size: int, chunk: int) -> None:
        """PATCH the bytes from the offset the server holds until it holds them all."""
        offset = 0
        with source.open("rb") as data:
            while True:
                block = data.read(chunk)
                headers = {
                    "Tus-Resumable": "1.0.0",
                    "Upload-Offset": str(offset),
                    "Content-Type": "application/offset+octet-stream",
                }
                response = self.session.request("PATCH", link, headers=headers, content=block)
                _check(response, "the upload")
                offset = int(response.headers.get("Upload-Offset") or -1)
                if offset < 0 or offset >= size or not block:
                    break
                data.seek(offset)
        if offset != size:
            raise ServiceError(f"Vimeo received {offset} of {size} bytes")


def _video(entry: Mapping[str, Any], rendition: str) -> VimeoVideo:
    downloads = [d for d in entry.get("download") or [] if isinstance(d, Mapping) and d.get("link")]
    if not downloads:
        raise ServiceError(f"Vimeo offers no download of {entry.get('uri')}", kind="access_denied")
    wanted = RENDITIONS.index(rendition) if rendition in RENDITIONS else RENDITIONS.index("720p")

    def rank(item: Mapping[str, Any]) -> tuple[int, int]:
        # The wanted rendition first, then the best one below it, then anything above it.
        got = str(item.get("rendition") or item.get("quality") or "")
        index = RENDITIONS.index(got) if got in RENDITIONS else -1
        return (0, -index) if index <= wanted else (1, index)

    best = min(downloads, key=rank)
    uri = str(entry.get("uri") or "")
    name = str(entry.get("name") or (uri or "video").rsplit("/", 1)[-1])
    ext = "mp4" if "mp4" in str(best.get("type") or "video/mp4") else "mov"
    size = int(best.get("size") or 0)
    return VimeoVideo(f"{name}.{ext}", str(best["link"]), size, title=str(entry.get("name") or ""), uri=uri)


def _check(response: httpx.Response, what: str) -> None:
    status = response.status_code
    if status < 300:
        return
    try:
        body = response.json()
        detail = str(body.get("error") or body.get("developer_message") or "") if isinstance(body, dict) else ""
    except ValueError:
        detail = response.text[:200]
    raise ServiceError(
        f"Vimeo refused {what}: HTTP {status} {detail}".rstrip(), kind=status_kind(status), status=status
    )
