"""A fake of Vimeo's API 3.4: the calls ``outbound/vimeo.py`` makes, with its tus upload endpoint
and the download links of renditions on the same loopback port.

What it checks, as Vimeo does:

- ``Authorization: bearer <token>`` on every API call (else 401 ``Something strange occurred``...
  in Vimeo's words, ``{"error": ...}``), and the versioned ``Accept: application/vnd.vimeo.*+json;version=3.4``
  (else 406, as Vimeo refuses an unknown version);
- ``POST /me/videos``: JSON with ``upload.approach: "tus"`` and a whole ``upload.size`` (else 400);
  ``privacy.view`` one of Vimeo's values, a ``password`` when it is ``password``, ``folder_uri`` of a
  folder that exists (else 400 / 404); answers ``uri``, ``link`` and ``upload.upload_link``;
- the tus ``PATCH`` on the upload link: ``Tus-Resumable: 1.0.0``, ``Content-Type:
  application/offset+octet-stream``, ``Upload-Offset`` equal to what it holds (else 409), never past
  the declared size (else 400); answers 204 with the new ``Upload-Offset``;
- ``PUT /me/albums/{showcase}/videos/{video}`` for a showcase and video that exist (else 404);
- listings (``GET /me/videos`` and friends) page with ``page`` and ``per_page`` (at most 100, else
  400), each video with ``download`` links per rendition; ``GET /videos/{id}`` answers one video.

Every call is recorded in ``calls`` (method, path, JSON body or headers that matter).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.fakes import FakeHandler

VIEWS = {"anybody", "contacts", "disable", "nobody", "password", "unlisted", "users"}
ACCEPT = "application/vnd.vimeo.*+json;version=3.4"


@dataclass
class VimeoVideo:
    id: str
    name: str
    description: str
    privacy: dict[str, Any]
    size: int
    folder: str | None = None
    password: str | None = None
    data: bytearray = field(default_factory=bytearray)
    #: rendition -> bytes served at its download link (the fake "transcodes" by copying).
    renditions: dict[str, bytes] = field(default_factory=dict)


@dataclass
class VimeoState:
    tokens: set[str]
    videos: dict[str, VimeoVideo] = field(default_factory=dict)
    folders: set[str] = field(default_factory=set)
    showcases: dict[str, list[str]] = field(default_factory=dict)
    calls: list[tuple[str, str, Any]] = field(default_factory=list)

    def add(self, name: str, renditions: dict[str, bytes]) -> VimeoVideo:
        video = VimeoVideo(uuid.uuid4().hex[:9], name, "", {"view": "anybody"}, 0, renditions=renditions)
        self.videos[video.id] = video
        return video


class VimeoHandler(FakeHandler):
    """Answers the API, the tus upload links (``/tus/<video>``) and downloads (``/dl/<video>/<rendition>``)."""

    def do_GET(self) -> None:  # noqa: N802
        self._route("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._route("POST")

    def do_PUT(self) -> None:  # noqa: N802
        self._route("PUT")

    def do_PATCH(self) -> None:  # noqa: N802
        self._route("PATCH")

    @property
    def state(self) -> VimeoState:
        return self.server.fake  # type: ignore[attr-defined,no-any-return]

    def _route(self, method: str) -> None:
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        body = self.body()
        if path.startswith("/dl/"):
            return self._download(path)
        if path.startswith("/tus/"):
            return self._patch(path.removeprefix("/tus/"), body)
        if self.headers.get("Authorization", "").removeprefix("bearer ") not in self.state.tokens:
            return self.send_json(401, {"error": "You must provide a valid authenticated access token."})
        if self.headers.get("Accept") != ACCEPT:
            return self.send_json(406, {"error": "The requested version of the API is not available."})
        payload = json.loads(body) if body else None
        self.state.calls.append((method, path, payload))
        if method == "POST" and path == "/me/videos":
            return self._create(payload)
        if method == "PUT" and path.startswith("/me/albums/"):
            return self._add_to_showcase(path)
        if method == "GET" and path.startswith("/videos/"):
            video = self.state.videos.get(path.rsplit("/", 1)[-1])
            return self.send_json(200, self._describe(video)) if video else self.send_json(404, {"error": "not found"})
        if method == "GET" and path in ("/me/videos", "/me/likes"):
            return self._list(query)
        self.send_json(404, {"error": f"The requested page {path} couldn't be found."})

    def _create(self, body: Any) -> None:
        upload = (body or {}).get("upload") or {}
        size = upload.get("size")
        if upload.get("approach") != "tus" or not isinstance(size, int) or size < 0:
            return self.send_json(400, {"error": "upload.approach must be tus with a whole upload.size"})
        privacy = body.get("privacy") or {}
        if privacy.get("view", "anybody") not in VIEWS:
            return self.send_json(400, {"error": "Invalid parameter supplied: privacy.view"})
        if privacy.get("view") == "password" and not body.get("password"):
            return self.send_json(400, {"error": "A password is required for privacy.view password"})
        folder = body.get("folder_uri")
        if folder is not None and folder not in self.state.folders:
            return self.send_json(404, {"error": f"The folder {folder} was not found."})
        video = VimeoVideo(
            uuid.uuid4().hex[:9],
            str(body.get("name") or ""),
            str(body.get("description") or ""),
            privacy,
            size,
            folder,
            body.get("password"),
        )
        self.state.videos[video.id] = video
        host = self.headers.get("Host")
        self.send_json(
            201,
            {
                "uri": f"/videos/{video.id}",
                "link": f"https://vimeo.com/{video.id}",
                "upload": {"approach": "tus", "upload_link": f"http://{host}/tus/{video.id}", "size": size},
            },
        )

    def _patch(self, video_id: str, body: bytes) -> None:
        video = self.state.videos.get(video_id)
        self.state.calls.append(("PATCH", f"/tus/{video_id}", {"offset": self.headers.get("Upload-Offset")}))
        if video is None:
            return self.send_bytes(404, b"", "text/plain")
        if self.headers.get("Tus-Resumable") != "1.0.0":
            return self.send_bytes(412, b"", "text/plain", {"Tus-Version": "1.0.0"})
        if self.headers.get("Content-Type") != "application/offset+octet-stream":
            return self.send_bytes(415, b"", "text/plain")
        if self.headers.get("Upload-Offset") != str(len(video.data)):
            return self.send_bytes(409, b"", "text/plain")
        if len(video.data) + len(body) > video.size:
            return self.send_bytes(400, b"", "text/plain")
        video.data.extend(body)
        if len(video.data) == video.size:
            video.renditions = {"source": bytes(video.data)}
        self.send_bytes(204, b"", "text/plain", {"Upload-Offset": str(len(video.data)), "Tus-Resumable": "1.0.0"})

    def _add_to_showcase(self, path: str) -> None:
        _, _, _, showcase, _, video = path.split("/")
        if showcase not in self.state.showcases or video not in self.state.videos:
            return self.send_json(404, {"error": "The showcase or video was not found."})
        self.state.showcases[showcase].append(video)
        self.send_bytes(204, b"", "text/plain")

    def _describe(self, video: VimeoVideo) -> dict[str, Any]:
        host = self.headers.get("Host")
        downloads = [
            {
                "rendition": name,
                "quality": "source" if name == "source" else "hd",
                "type": "video/mp4",
                "size": len(data),
                "link": f"http://{host}/dl/{video.id}/{name}",
            }
            for name, data in video.renditions.items()
        ]
        return {"uri": f"/videos/{video.id}", "name": video.name, "download": downloads}

    def _list(self, query: dict[str, list[str]]) -> None:
        page, per_page = int(query.get("page", ["1"])[0]), int(query.get("per_page", ["25"])[0])
        if not 1 <= per_page <= 100:
            return self.send_json(400, {"error": "per_page must be between 1 and 100"})
        videos = list(self.state.videos.values())[(page - 1) * per_page : page * per_page]
        self.send_json(
            200,
            {
                "total": len(self.state.videos),
                "page": page,
                "per_page": per_page,
                "data": [self._describe(v) for v in videos],
            },
        )

    def _download(self, path: str) -> None:
        _, _, video_id, rendition = path.split("/")
        video = self.state.videos.get(video_id)
        data = video.renditions.get(rendition) if video else None
        if data is None:
            return self.send_bytes(404, b"", "text/plain")
        self.send_bytes(200, data, "video/mp4")
