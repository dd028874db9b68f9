"""YouTube's Data API v3 uploads (what ``/youtube/store`` needs), over httpx.

An access token comes from the credential itself or from Google's OAuth token endpoint with its
refresh token (``grant_type=refresh_token``, with the OAuth client's id and secret). A video goes up
in a resumable upload: ``POST /upload/youtube/v3/videos?uploadType=resumable&part=snippet,status``
with the metadata answers a session URL in ``Location``, the bytes are ``PUT`` there, and the
answer is the video resource. A thumbnail is ``POST /upload/youtube/v3/thumbnails/set?videoId=``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

from .saas_api import ServiceError, ServiceSession, status_kind

API_URL = "https://www.googleapis.com"
#: YouTube's category ids (the same in every region that has them) by the vendor's names.
CATEGORY_IDS = {
    "film & animation": "1",
    "autos & vehicles": "2",
    "music": "10",
    "pets & animals": "15",
    "sports": "17",
    "travel & events": "19",
    "gaming": "20",
    "people & blogs": "22",
    "comedy": "23",
    "entertainment": "24",
    "news & politics": "25",
    "howto & style": "26",
    "education": "27",
    "science & technology": "28",
}


@dataclass(frozen=True)
class YoutubeAccount:
    """How to get an access token, and where the API answers."""

    access_token: str = ""
    refresh_token: str = ""
    client_id: str = ""
    client_secret: str = ""
    api_url: str = API_URL

    def __repr__(self) -> str:  # never print tokens
        return f"YoutubeAccount(api_url={self.api_url!r})"


@dataclass(frozen=True)
class YoutubeVideo:
    """What to publish the video with."""

    title: str
    description: str
    category_id: str
    tags: Sequence[str]
    privacy: str


class YoutubeClient:
    """The calls of one robot run, on one connection pool."""

    def __init__(self, account: YoutubeAccount, *, allow_private: bool) -> None:
        self.account = account
        self.session = ServiceSession("YouTube", allow_private=allow_private)
        self._token = account.access_token

    def __enter__(self) -> YoutubeClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.session.__exit__()

    def upload(self, source: Path, mime: str, video: YoutubeVideo) -> str:
        """Upload ``source`` as a video; its id."""
        body = {
            "snippet": {
                "title": video.title,
                "description": video.description,
                "tags": list(video.tags),
                "categoryId": video.category_id,
            },
            "status": {"privacyStatus": video.privacy},
        }
        headers = {
            **self._auth(),
            "X-Upload-Content-Length": str(source.stat().st_size),
            "X-Upload-Content-Type": mime,
        }
        url = f"{self.account.api_url}/upload/youtube/v3/videos"
        params = {"uploadType": "resumable", "part": "snippet,status"}
        started = self.session.request("POST", url, headers=headers, json=body, params=params)
        _check(started, "the upload")
        location = started.headers.get("Location")
        if not location:
            raise ServiceError("YouTube answered no upload session URL")
        sent = self.session.request(
            "PUT", location, headers={**self._auth(), "Content-Type": mime}, content=source.read_bytes()
        )
        _check(sent, "the video's bytes")
        answer: dict[str, Any] = sent.json()
        return str(answer["id"])

    def set_thumbnail(self, video_id: str, image: Path, mime: str) -> None:
        """Make ``image`` the video's custom thumbnail."""
        url = f"{self.account.api_url}/upload/youtube/v3/thumbnails/set"
        headers = {**self._auth(), "Content-Type": mime}
        response = self.session.request(
            "POST", url, headers=headers, content=image.read_bytes(), params={"videoId": video_id}
        )
        _check(response, "the thumbnail")

    def _auth(self) -> dict[str, str]:
        if not self._token:
            self._token = self._refresh()
        return {"Authorization": f"Bearer {self._token}"}

    def _refresh(self) -> str:
        form = {
            "grant_type": "refresh_token",
            "refresh_token": self.account.refresh_token,
            "client_id": self.account.client_id,
            "client_secret": self.account.client_secret,
        }
        url = f"{self.account.api_url}/oauth2/v4/token"
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        response = self.session.request("POST", url, headers=headers, content=urlencode(form).encode())
        _check(response, "the token refresh")
        token = str(response.json().get("access_token") or "")
        if not token:
            raise ServiceError("Google's token endpoint answered no access token", kind="access_denied")
        return token


def _check(response: httpx.Response, what: str) -> None:
    status = response.status_code
    if status < 300:
        return
    try:
        body = response.json()
        error = body.get("error") if isinstance(body, dict) else None
        detail = str(error.get("message") if isinstance(error, dict) else error or "")
    except ValueError:
        detail = response.text[:200]
    kind = "access_denied" if status == 400 and "invalid_grant" in detail else status_kind(status)
    raise ServiceError(f"YouTube refused {what}: HTTP {status} {detail}".rstrip(), kind=kind, status=status)
