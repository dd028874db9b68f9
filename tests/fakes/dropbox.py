"""A fake of Dropbox's API v2: the calls ``outbound/dropbox.py`` makes, on one loopback port for
both the RPC (``api.dropboxapi.com``) and content (``content.dropboxapi.com``) hosts.

What it checks, as Dropbox does:

- ``Authorization: Bearer <token>`` on every call, against the tokens it was given: else 401 with
  ``invalid_access_token``;
- RPC calls: ``Content-Type: application/json`` and a JSON body (else 400); content calls: the
  arguments as JSON in ``Dropbox-API-Arg`` (else 400), uploads as ``application/octet-stream``;
- paths: ``/`` first (``""`` only for the root of ``list_folder``), else 400 as Dropbox's argument
  check answers; a missing file or folder is 409 ``path/not_found/``;
- ``files/upload`` takes at most 150 MiB; upload sessions: ``append_v2`` and ``finish`` must send the
  offset of the bytes received so far (else 409 ``incorrect_offset``), an unknown session is 409
  ``not_found``, a finished session cannot be used again;
- ``list_folder`` pages (``has_more`` and a ``cursor`` for ``list_folder/continue``), two entries a
  page so paging is exercised; ``sharing/create_shared_link_with_settings`` refuses a second link to
  the same file with 409 ``shared_link_already_exists``, which ``list_shared_links`` then lists.

Every call is recorded (``calls``: endpoint and arguments) so tests can see the flow.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from tests.fakes import FakeHandler

SINGLE_UPLOAD_LIMIT = 150 * 1024 * 1024
_PAGE = 2
_PATH = re.compile(r"^(/(.|[\r\n])*|id:.*|ns:[0-9]+(/.*)?)$")


LINK_BASE = "https://www.dropbox.com/scl/fi/"


@dataclass
class DropboxState:
    """The fake's files (lower-case path -> display path and bytes), sessions, links and calls."""

    tokens: set[str]
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    sessions: dict[str, bytearray] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    #: Where shared links point; a test that wants links no client can open sets another.
    link_base: str = LINK_BASE

    def put(self, path: str, data: bytes) -> None:
        self.files[path.lower()] = (path, data)

    def get(self, path: str) -> bytes:
        return self.files[path.lower()][1]


class _Refused(Exception):
    def __init__(self, status: int, payload: Any) -> None:
        super().__init__(status)
        self.status = status
        self.payload = payload


def _conflict(summary: str) -> _Refused:
    tag = summary.split("/", 1)[0]
    return _Refused(409, {"error_summary": summary, "error": {".tag": tag}})


def _bad_path(path: Any, root_ok: bool = False) -> None:
    if not isinstance(path, str) or not (_PATH.match(path) or (root_ok and path == "")):
        raise _Refused(400, f"Error in call to API function: 'path' value {path!r} did not match pattern")


class DropboxHandler(FakeHandler):
    """Answers the RPC and content endpoints under ``/2/``."""

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        state: DropboxState = self.server.fake  # type: ignore[attr-defined]
        endpoint = self.path.split("?", 1)[0].removeprefix("/2/")
        body = self.body()
        try:
            if self.headers.get("Authorization", "").removeprefix("Bearer ") not in state.tokens:
                raise _Refused(
                    401, {"error_summary": "invalid_access_token/", "error": {".tag": "invalid_access_token"}}
                )
            if endpoint in _CONTENT:
                arg = self._content_arg()
                state.calls.append((endpoint, arg))
                _CONTENT[endpoint](self, state, arg, body)
            elif endpoint in _RPC:
                if self.headers.get("Content-Type", "").split(";")[0] != "application/json":
                    raise _Refused(400, "Error in call to API function: bad Content-Type, expected application/json")
                arg = json.loads(body or b"null")
                state.calls.append((endpoint, arg))
                self.send_json(200, _RPC[endpoint](state, arg))
            else:
                self.send_bytes(404, b"Unknown API function", "text/plain")
        except _Refused as refused:
            if isinstance(refused.payload, str):
                self.send_bytes(refused.status, refused.payload.encode(), "text/plain")
            else:
                self.send_json(refused.status, refused.payload)

    def _content_arg(self) -> dict[str, Any]:
        raw = self.headers.get("Dropbox-API-Arg")
        try:
            arg = json.loads(raw or "")
        except ValueError:
            raise _Refused(400, "Error in call to API function: Dropbox-API-Arg is missing or not JSON") from None
        if not isinstance(arg, dict):
            raise _Refused(400, "Error in call to API function: Dropbox-API-Arg must be a JSON object")
        return arg

    def _upload_body(self, body: bytes) -> bytes:
        if self.headers.get("Content-Type") != "application/octet-stream":
            raise _Refused(400, "Error in call to API function: bad Content-Type, expected application/octet-stream")
        return body


def _upload(handler: DropboxHandler, state: DropboxState, arg: dict[str, Any], body: bytes) -> None:
    _bad_path(arg.get("path"))
    data = handler._upload_body(body)
    if len(data) > SINGLE_UPLOAD_LIMIT:
        raise _Refused(400, "Error in call to API function: the body is larger than 150 MiB, use an upload session")
    handler.send_json(200, _commit(state, arg, data))


def _commit(state: DropboxState, commit: dict[str, Any], data: bytes) -> dict[str, Any]:
    path = str(commit["path"])
    if commit.get("mode", "add") == "add" and path.lower() in state.files:
        raise _conflict("path/conflict/file/")
    state.put(path, data)
    return {
        ".tag": "file",
        "name": path.rsplit("/", 1)[-1],
        "path_display": path,
        "path_lower": path.lower(),
        "size": len(data),
    }


def _session_start(handler: DropboxHandler, state: DropboxState, arg: dict[str, Any], body: bytes) -> None:
    session = uuid.uuid4().hex
    state.sessions[session] = bytearray(handler._upload_body(body))
    handler.send_json(200, {"session_id": session})


def _session_bytes(state: DropboxState, cursor: Any) -> bytearray:
    session = state.sessions.get(str((cursor or {}).get("session_id")))
    if session is None:
        raise _conflict("not_found/")
    if cursor.get("offset") != len(session):
        raise _Refused(
            409,
            {
                "error_summary": "incorrect_offset/",
                "error": {".tag": "incorrect_offset", "correct_offset": len(session)},
            },
        )
    return session


def _session_append(handler: DropboxHandler, state: DropboxState, arg: dict[str, Any], body: bytes) -> None:
    _session_bytes(state, arg.get("cursor")).extend(handler._upload_body(body))
    handler.send_json(200, None)


def _session_finish(handler: DropboxHandler, state: DropboxState, arg: dict[str, Any], body: bytes) -> None:
    session = _session_bytes(state, arg.get("cursor"))
    session.extend(handler._upload_body(body))
    _bad_path((arg.get("commit") or {}).get("path"))
    del state.sessions[str(arg["cursor"]["session_id"])]
    handler.send_json(200, _commit(state, arg["commit"], bytes(session)))


def _download(handler: DropboxHandler, state: DropboxState, arg: dict[str, Any], body: bytes) -> None:
    _bad_path(arg.get("path"))
    found = state.files.get(str(arg["path"]).lower())
    if found is None:
        raise _conflict("path/not_found/")
    meta = {"name": found[0].rsplit("/", 1)[-1], "path_display": found[0], "size": len(found[1])}
    handler.send_bytes(200, found[1], "application/octet-stream", {"Dropbox-API-Result": json.dumps(meta)})


def _entries(state: DropboxState, folder: str) -> list[dict[str, Any]]:
    prefix = folder.lower() + "/"
    files = sorted(v for k, v in state.files.items() if k.startswith(prefix))
    if folder and not files:
        raise _conflict("path/not_found/")
    return [{".tag": "file", "path_display": p, "path_lower": p.lower(), "size": len(d)} for p, d in files]


def _page(entries: list[dict[str, Any]], start: int) -> dict[str, Any]:
    rest = entries[start + _PAGE :]
    cursor = json.dumps({"entries": entries, "next": start + _PAGE})
    return {"entries": entries[start : start + _PAGE], "has_more": bool(rest), "cursor": cursor}


def _list_folder(state: DropboxState, arg: dict[str, Any]) -> dict[str, Any]:
    _bad_path(arg.get("path"), root_ok=True)
    return _page(_entries(state, str(arg["path"])), 0)


def _list_continue(state: DropboxState, arg: dict[str, Any]) -> dict[str, Any]:
    try:
        cursor = json.loads(arg["cursor"])
    except (KeyError, TypeError, ValueError):
        raise _conflict("reset/") from None
    return _page(cursor["entries"], cursor["next"])


def _get_metadata(state: DropboxState, arg: dict[str, Any]) -> dict[str, Any]:
    _bad_path(arg.get("path"))
    path = str(arg["path"]).lower()
    if path in state.files:
        shown, data = state.files[path]
        return {".tag": "file", "path_display": shown, "path_lower": path, "size": len(data)}
    if any(k.startswith(path + "/") for k in state.files):
        return {".tag": "folder", "path_display": arg["path"], "path_lower": path}
    raise _conflict("path/not_found/")


def _create_link(state: DropboxState, arg: dict[str, Any]) -> dict[str, Any]:
    _bad_path(arg.get("path"))
    path = str(arg["path"]).lower()
    if path not in state.files:
        raise _conflict("path/not_found/")
    if path in state.links:
        raise _conflict("shared_link_already_exists/")
    state.links[path] = f"{state.link_base}{uuid.uuid4().hex[:12]}/{path.rsplit('/', 1)[-1]}?dl=0"
    return {".tag": "file", "url": state.links[path], "path_lower": path}


def _list_links(state: DropboxState, arg: dict[str, Any]) -> dict[str, Any]:
    path = str(arg.get("path") or "").lower()
    return {"links": [{"url": state.links[path], "path_lower": path}] if path in state.links else [], "has_more": False}


_CONTENT = {
    "files/upload": _upload,
    "files/download": _download,
    "files/upload_session/start": _session_start,
    "files/upload_session/append_v2": _session_append,
    "files/upload_session/finish": _session_finish,
}
_RPC = {
    "files/list_folder": _list_folder,
    "files/list_folder/continue": _list_continue,
    "files/get_metadata": _get_metadata,
    "sharing/create_shared_link_with_settings": _create_link,
    "sharing/list_shared_links": _list_links,
}
