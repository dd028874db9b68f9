"""Dropbox's HTTP API v2 (the calls ``/dropbox/store`` and ``/dropbox/import`` need), over httpx.

RPC endpoints live at ``https://api.dropboxapi.com/2/...`` (JSON in, JSON out), content endpoints
at ``https://content.dropboxapi.com/2/...`` (arguments as JSON in the ``Dropbox-API-Arg`` header,
bytes in the body or the answer). Every call carries ``Authorization: Bearer <access token>``.
Files up to :data:`SINGLE_UPLOAD_LIMIT` go up in one ``files/upload``; bigger ones in an upload
session (``upload_session/start``, ``append_v2`` at each offset, ``finish`` with the commit).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from .saas_api import ServiceError, ServiceSession, status_kind

API_URL = "https://api.dropboxapi.com"
CONTENT_URL = "https://content.dropboxapi.com"
#: Dropbox takes at most 150 MiB in one ``files/upload``; above that an upload session is needed.
SINGLE_UPLOAD_LIMIT = 150 * 1024 * 1024
#: The size of each ``upload_session/append_v2`` (Dropbox wants multiples of 4 MiB).
SESSION_CHUNK = 8 * 1024 * 1024


@dataclass(frozen=True)
class DropboxAccount:
    """An access token and where the API answers."""

    access_token: str
    api_url: str = API_URL
    content_url: str = CONTENT_URL

    def __repr__(self) -> str:  # never print the token
        return f"DropboxAccount(api_url={self.api_url!r}, content_url={self.content_url!r})"


@dataclass(frozen=True)
class DropboxFile:
    """A file of a listing: its path (as Dropbox spells it) and size."""

    path: str
    size: int


class DropboxClient:
    """The calls of one robot run, on one connection pool."""

    def __init__(self, account: DropboxAccount, *, allow_private: bool) -> None:
        self.account = account
        self.session = ServiceSession("Dropbox", allow_private=allow_private)

    def __enter__(self) -> DropboxClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.session.__exit__()

    def upload(self, source: Path, path: str, *, chunk: int = SESSION_CHUNK, limit: int = SINGLE_UPLOAD_LIMIT) -> None:
        """Store ``source`` at ``path`` (overwriting), in one call or an upload session."""
        size = source.stat().st_size
        commit = {"path": path, "mode": "overwrite", "autorename": False, "mute": True}
        if size <= limit:
            self._content("files/upload", commit, source.read_bytes())
            return
        with source.open("rb") as data:
            started = self._content("files/upload_session/start", {"close": False}, data.read(chunk))
            session_id, offset = str(started.json()["session_id"]), min(chunk, size)
            while size - offset > chunk:
                cursor = {"session_id": session_id, "offset": offset}
                self._content("files/upload_session/append_v2", {"cursor": cursor, "close": False}, data.read(chunk))
                offset += chunk
            cursor = {"session_id": session_id, "offset": offset}
            self._content("files/upload_session/finish", {"cursor": cursor, "commit": commit}, data.read())

    def sharing_link(self, path: str) -> str:
        """A public link to ``path``: a new one, or the one it already has."""
        response = self._rpc_response("sharing/create_shared_link_with_settings", {"path": path})
        if response.status_code == 409 and "shared_link_already_exists" in response.text:
            listed = self._rpc("sharing/list_shared_links", {"path": path, "direct_only": True})
            links = listed.get("links") or []
            if links:
                return str(links[0].get("url") or "")
        _check(response, path)
        return str(response.json().get("url") or "")

    def metadata(self, path: str) -> dict[str, Any]:
        """``files/get_metadata`` of ``path`` (``.tag`` is ``file`` or ``folder``)."""
        return self._rpc("files/get_metadata", {"path": path})

    def list_files(self, folder: str) -> Iterator[DropboxFile]:
        """Every file below ``folder`` (recursively), page after page, in the order Dropbox lists them."""
        page = self._rpc("files/list_folder", {"path": folder, "recursive": True, "limit": 2000})
        while True:
            for entry in page.get("entries") or []:
                if entry.get(".tag") == "file":
                    yield DropboxFile(
                        str(entry.get("path_display") or entry["path_lower"]), int(entry.get("size") or 0)
                    )
            if not page.get("has_more"):
                return
            page = self._rpc("files/list_folder/continue", {"cursor": page["cursor"]})

    def download(self, path: str, dest: Path, max_bytes: int) -> None:
        """Write the file at ``path`` to ``dest``; ``failure`` past ``max_bytes``."""
        url = f"{self.account.content_url}/2/files/download"
        with self.session.stream("POST", url, headers=self._headers({"path": path})) as response:
            if response.status_code != 200:
                response.read()
                _check(response, path)
            size = 0
            with dest.open("wb") as out, self.session.mapped(url):
                for block in response.iter_bytes(1024 * 1024):
                    size += len(block)
                    if size > max_bytes:
                        raise ServiceError(f"Dropbox: {path} is larger than {max_bytes} bytes")
                    out.write(block)

    def _headers(self, arg: dict[str, Any] | None = None) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self.account.access_token}"}
        if arg is not None:
            # Dropbox wants the header ASCII-only: other characters as \\uXXXX escapes (json's default).
            headers["Dropbox-API-Arg"] = json.dumps(arg)
        return headers

    def _content(self, endpoint: str, arg: dict[str, Any], body: bytes) -> httpx.Response:
        headers = {**self._headers(arg), "Content-Type": "application/octet-stream"}
        response = self.session.request(
            "POST", f"{self.account.content_url}/2/{endpoint}", headers=headers, content=body
        )
        _check(response, str(arg.get("path") or arg.get("commit", {}).get("path") or endpoint))
        return response

    def _rpc_response(self, endpoint: str, body: dict[str, Any]) -> httpx.Response:
        return self.session.request("POST", f"{self.account.api_url}/2/{endpoint}", headers=self._headers(), json=body)

    def _rpc(self, endpoint: str, body: dict[str, Any]) -> dict[str, Any]:
        response = self._rpc_response(endpoint, body)
        _check(response, str(body.get("path") or endpoint))
        answer: dict[str, Any] = response.json()
        return answer


def _check(response: httpx.Response, where: str) -> None:
    """Raise :class:`ServiceError` for an error answer: 401 is a refused token, 409 an endpoint's
    own error whose ``error_summary`` says what (``path/not_found/...``)."""
    status = response.status_code
    if status == 200:
        return
    summary = _summary(response)
    if status == 409:
        kind = (
            "not_found"
            if "not_found" in summary
            else "access_denied"
            if "no_write_permission" in summary
            else "invalid"
        )
    else:
        kind = status_kind(status)
    raise ServiceError(f"Dropbox refused {where}: HTTP {status} {summary}".rstrip(), kind=kind, status=status)


def _summary(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    if isinstance(body, dict):
        return str(body.get("error_summary") or body.get("error") or "")[:200]
    return ""
