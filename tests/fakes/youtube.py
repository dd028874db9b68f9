"""A fake of YouTube's Data API v3 uploads and Google's OAuth token endpoint, on one loopback port.

What it checks, as Google does:

- ``POST /oauth2/v4/token``: a form with ``grant_type=refresh_token``, a known ``refresh_token``
  and its OAuth client's ``client_id`` and ``client_secret`` (else 400 ``invalid_grant`` /
  401 ``invalid_client``); answers a short-lived ``access_token``;
- ``Authorization: Bearer <access token>`` on the upload calls (else 401);
- ``POST /upload/youtube/v3/videos``: ``uploadType=resumable``, ``part`` naming ``snippet`` and
  ``status``, ``X-Upload-Content-Length`` and ``X-Upload-Content-Type`` (a video type), a JSON body
  whose ``snippet`` has a title of at most 100 characters, a known ``categoryId``, and a
  ``status.privacyStatus`` of ``public``, ``private`` or ``unlisted`` (else 400 with Google's
  error shape); answers 200 with the session URL in ``Location``;
- ``PUT`` on the session URL: exactly the announced number of bytes with the announced type
  (else 400); answers the video resource;
- ``POST /upload/youtube/v3/thumbnails/set?videoId=``: a video that exists (else 404), an image body.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.fakes import FakeHandler

CATEGORIES = {"1", "2", "10", "15", "17", "19", "20", "22", "23", "24", "25", "26", "27", "28"}


@dataclass
class YoutubeState:
    #: refresh token -> (client id, client secret)
    refresh_tokens: dict[str, tuple[str, str]]
    access_tokens: set[str] = field(default_factory=set)
    sessions: dict[str, dict[str, Any]] = field(default_factory=dict)
    videos: dict[str, dict[str, Any]] = field(default_factory=dict)
    thumbnails: dict[str, bytes] = field(default_factory=dict)


def _error(code: int, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "errors": [{"message": message}]}}


class YoutubeHandler(FakeHandler):
    @property
    def state(self) -> YoutubeState:
        return self.server.fake  # type: ignore[attr-defined,no-any-return]

    def do_POST(self) -> None:  # noqa: N802
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        body = self.body()
        if parts.path == "/oauth2/v4/token":
            return self._token(body)
        if not self._authorized():
            return self.send_json(401, _error(401, "Request is missing valid authentication credentials."))
        if parts.path == "/upload/youtube/v3/videos":
            return self._start(query, body)
        if parts.path == "/upload/youtube/v3/thumbnails/set":
            video = query.get("videoId", [""])[0]
            if video not in self.state.videos:
                return self.send_json(404, _error(404, "The video that you are trying to update cannot be found."))
            if not str(self.headers.get("Content-Type")).startswith("image/"):
                return self.send_json(400, _error(400, "The thumbnail must be an image."))
            self.state.thumbnails[video] = body
            return self.send_json(200, {"items": [{"default": {"url": "https://i.ytimg.com/x.jpg"}}]})
        self.send_json(404, _error(404, "Not Found"))

    def do_PUT(self) -> None:  # noqa: N802
        body = self.body()
        session = self.state.sessions.pop(urlsplit(self.path).path.rsplit("/", 1)[-1], None)
        if session is None:
            return self.send_json(404, _error(404, "No such upload session."))
        if len(body) != session["length"] or self.headers.get("Content-Type") != session["type"]:
            return self.send_json(400, _error(400, "The bytes differ from the announced length or type."))
        video = {"id": uuid.uuid4().hex[:11], **session["resource"], "bytes": body}
        self.state.videos[video["id"]] = video
        self.send_json(200, {"kind": "youtube#video", "id": video["id"], "snippet": session["resource"]["snippet"]})

    def _authorized(self) -> bool:
        return self.headers.get("Authorization", "").removeprefix("Bearer ") in self.state.access_tokens

    def _token(self, body: bytes) -> None:
        form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        if form.get("grant_type") != "refresh_token":
            return self.send_json(400, {"error": "unsupported_grant_type"})
        client = self.state.refresh_tokens.get(form.get("refresh_token", ""))
        if client is None:
            return self.send_json(
                400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
            )
        if client != (form.get("client_id"), form.get("client_secret")):
            return self.send_json(401, {"error": "invalid_client"})
        token = f"ya29.{uuid.uuid4().hex}"
        self.state.access_tokens.add(token)
        self.send_json(200, {"access_token": token, "expires_in": 3599, "token_type": "Bearer"})

    def _start(self, query: dict[str, list[str]], body: bytes) -> None:
        parts = set(query.get("part", [""])[0].split(","))
        length = self.headers.get("X-Upload-Content-Length", "")
        kind = self.headers.get("X-Upload-Content-Type", "")
        if query.get("uploadType") != ["resumable"] or not {"snippet", "status"} <= parts:
            return self.send_json(400, _error(400, "uploadType must be resumable and part snippet,status."))
        if not length.isdigit() or not kind.startswith("video/"):
            return self.send_json(
                400, _error(400, "X-Upload-Content-Length and a video X-Upload-Content-Type are required.")
            )
        resource = json.loads(body or b"{}")
        snippet, status = resource.get("snippet") or {}, resource.get("status") or {}
        if not snippet.get("title") or len(snippet["title"]) > 100:
            return self.send_json(400, _error(400, "The video title is missing or too long."))
        if snippet.get("categoryId") not in CATEGORIES:
            return self.send_json(400, _error(400, "The video category is invalid."))
        if status.get("privacyStatus") not in ("public", "private", "unlisted"):
            return self.send_json(400, _error(400, "The privacy status is invalid."))
        session = uuid.uuid4().hex
        self.state.sessions[session] = {"length": int(length), "type": kind, "resource": resource}
        location = f"http://{self.headers.get('Host')}/upload/youtube/v3/videos/sessions/{session}"
        self.send_bytes(200, b"", "text/plain", {"Location": location})
