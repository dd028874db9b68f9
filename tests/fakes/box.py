"""A fake of Box's API 2.0: the token endpoint, folders, uploads and downloads that
``outbound/box.py`` uses, with the API and upload hosts on one loopback port.

What it checks, as Box does:

- ``POST /oauth2/token`` with the JWT grant: the assertion's RS256 signature against the app's
  public key (the ``kid`` it names), ``iss`` = the client id, ``sub`` = the enterprise with
  ``box_sub_type: enterprise``, ``aud`` = Box's token URL, an ``exp`` in the future, and the
  ``client_id``/``client_secret`` pair (else 400 ``invalid_grant`` / ``invalid_client``);
- ``Authorization: Bearer <token>`` on every other call (else 401);
- folder listings page with ``limit``/``offset`` and ``total_count`` (two entries a page, so paging
  is exercised); an unknown folder or file id is 404 ``not_found``;
- ``POST /2.0/folders`` refuses a name taken in the parent with 409 ``item_name_in_use``;
- uploads are ``multipart/form-data`` with the ``attributes`` JSON part (name, parent id) before
  the ``file`` part (else 400); a taken name is 409 ``item_name_in_use`` with
  ``context_info.conflicts.id``; ``POST /2.0/files/{id}/content`` makes a new version;
- ``PUT /2.0/files/{id}`` with ``shared_link.access`` makes a shared link;
- ``GET /2.0/files/{id}/content`` answers 302 to a download URL, as Box does.
"""

from __future__ import annotations

import base64
import json
import time
import uuid
from dataclasses import dataclass, field
from email.parser import BytesParser
from typing import Any
from urllib.parse import parse_qs, urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from tests.fakes import FakeHandler

AUDIENCE = "https://api.box.com/oauth2/token"
_PAGE = 2


@dataclass
class BoxApp:
    client_id: str
    client_secret: str
    enterprise: str
    key_id: str
    public_key: rsa.RSAPublicKey


@dataclass
class BoxState:
    app: BoxApp
    tokens: set[str] = field(default_factory=set)
    #: id -> {"type", "name", "parent", "data"?, "versions"?}
    items: dict[str, dict[str, Any]] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)
    #: Where shared links point; a test that wants links no client can open sets another.
    link_base: str = "https://app.box.com/s/"

    def reset(self) -> None:
        self.items = {"0": {"type": "folder", "name": "All Files", "parent": None}}
        self.links = {}
        self.link_base = "https://app.box.com/s/"

    def add(self, kind: str, name: str, parent: str, data: bytes | None = None) -> str:
        item_id = str(len(self.items) + 1000)
        self.items[item_id] = {"type": kind, "name": name, "parent": parent, "data": data, "versions": 1}
        return item_id

    def child(self, parent: str, name: str) -> str | None:
        return next((i for i, e in self.items.items() if e["parent"] == parent and e["name"] == name), None)

    def path(self, item_id: str) -> str:
        entry = self.items[item_id]
        return entry["name"] if entry["parent"] in (None, "0") else f"{self.path(entry['parent'])}/{entry['name']}"


def _b64decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def _error(status: int, code: str, **extra: Any) -> tuple[int, dict[str, Any]]:
    return status, {"type": "error", "status": status, "code": code, **extra}


class BoxHandler(FakeHandler):
    @property
    def state(self) -> BoxState:
        return self.server.fake  # type: ignore[attr-defined,no-any-return]

    def do_GET(self) -> None:  # noqa: N802
        self._route("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._route("POST")

    def do_PUT(self) -> None:  # noqa: N802
        self._route("PUT")

    def _route(self, method: str) -> None:
        parts = urlsplit(self.path)
        body = self.body()
        if parts.path == "/oauth2/token":
            status, answer = self._token(body)
            return self.send_json(status, answer)
        if parts.path.startswith("/dl/"):
            entry = self.state.items.get(parts.path.removeprefix("/dl/"))
            return (
                self.send_bytes(200, entry["data"], "application/octet-stream")
                if entry
                else self.send_bytes(404, b"", "text/plain")
            )
        if self.headers.get("Authorization", "").removeprefix("Bearer ") not in self.state.tokens:
            return self.send_json(*_error(401, "unauthorized"))
        path = parts.path.removeprefix("/api")  # the upload host's prefix
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        segments = path.strip("/").split("/")
        if method == "GET" and segments[:2] == ["2.0", "folders"] and segments[3:] == ["items"]:
            return self.send_json(*self._list(segments[2], query))
        if method == "POST" and segments == ["2.0", "folders"]:
            return self.send_json(*self._make_folder(json.loads(body)))
        if method == "POST" and segments[:2] == ["2.0", "files"] and segments[-1] == "content":
            return self.send_json(*self._upload(segments[2] if len(segments) == 4 else None, body))
        if method == "PUT" and segments[:2] == ["2.0", "files"] and len(segments) == 3:
            return self.send_json(*self._share(segments[2], json.loads(body)))
        if method == "GET" and segments[:2] == ["2.0", "files"] and segments[3:] == ["content"]:
            if segments[2] not in self.state.items:
                return self.send_json(*_error(404, "not_found"))
            self.send_response(302)
            self.send_header("Location", f"http://{self.headers.get('Host')}/dl/{segments[2]}")
            self.send_header("Content-Length", "0")
            return self.end_headers()
        self.send_json(*_error(404, "not_found"))

    def _token(self, body: bytes) -> tuple[int, dict[str, Any]]:
        form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        app = self.state.app
        if form.get("grant_type") != "urn:ietf:params:oauth:grant-type:jwt-bearer":
            return 400, {"error": "unsupported_grant_type"}
        if (form.get("client_id"), form.get("client_secret")) != (app.client_id, app.client_secret):
            return 400, {"error": "invalid_client", "error_description": "The client credentials are invalid"}
        try:
            head, claims_part, signature = form["assertion"].split(".")
            header, claims = json.loads(_b64decode(head)), json.loads(_b64decode(claims_part))
            if header.get("alg") != "RS256" or header.get("kid") != app.key_id:
                raise ValueError("unknown key")
            app.public_key.verify(
                _b64decode(signature), f"{head}.{claims_part}".encode(), padding.PKCS1v15(), hashes.SHA256()
            )
        except (KeyError, ValueError, InvalidSignature):
            return 400, {"error": "invalid_grant", "error_description": "Signature verification error."}
        expected = {"iss": app.client_id, "sub": app.enterprise, "box_sub_type": "enterprise", "aud": AUDIENCE}
        if any(claims.get(k) != v for k, v in expected.items()) or claims.get("exp", 0) < time.time():
            return 400, {"error": "invalid_grant", "error_description": "Please check the claims."}
        token = uuid.uuid4().hex
        self.state.tokens.add(token)
        return 200, {"access_token": token, "expires_in": 3600, "token_type": "bearer"}

    def _list(self, folder: str, query: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if self.state.items.get(folder, {}).get("type") != "folder":
            return _error(404, "not_found")
        offset, limit = int(query.get("offset", "0")), min(int(query.get("limit", "100")), _PAGE)
        children = [
            {"type": e["type"], "id": i, "name": e["name"], **({"size": len(e["data"])} if e["type"] == "file" else {})}
            for i, e in self.state.items.items()
            if e["parent"] == folder
        ]
        return 200, {
            "total_count": len(children),
            "offset": offset,
            "limit": limit,
            "entries": children[offset : offset + limit],
        }

    def _make_folder(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        parent = str((body.get("parent") or {}).get("id"))
        if self.state.items.get(parent, {}).get("type") != "folder":
            return _error(404, "not_found")
        if self.state.child(parent, body["name"]) is not None:
            return _error(409, "item_name_in_use")
        return 201, {"type": "folder", "id": self.state.add("folder", body["name"], parent), "name": body["name"]}

    def _upload(self, version_of: str | None, body: bytes) -> tuple[int, dict[str, Any]]:
        content_type = self.headers.get("Content-Type", "")
        if not content_type.startswith("multipart/form-data"):
            return _error(400, "bad_request")
        message = BytesParser().parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
        parts = {
            p.get_param("name", header="content-disposition"): p.get_payload(decode=True) for p in message.get_payload()
        }
        names = [p.get_param("name", header="content-disposition") for p in message.get_payload()]
        if names != ["attributes", "file"]:
            return _error(400, "bad_request", message="attributes must come before file")
        attributes = json.loads(parts["attributes"])
        if version_of is not None:
            entry = self.state.items[version_of]
            entry.update(data=parts["file"], versions=entry["versions"] + 1)
            return 201, {"total_count": 1, "entries": [{"type": "file", "id": version_of, "name": entry["name"]}]}
        parent = str((attributes.get("parent") or {}).get("id"))
        if self.state.items.get(parent, {}).get("type") != "folder":
            return _error(404, "not_found")
        taken = self.state.child(parent, attributes["name"])
        if taken is not None:
            return _error(409, "item_name_in_use", context_info={"conflicts": {"type": "file", "id": taken}})
        file_id = self.state.add("file", attributes["name"], parent, parts["file"])
        return 201, {"total_count": 1, "entries": [{"type": "file", "id": file_id, "name": attributes["name"]}]}

    def _share(self, file_id: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if file_id not in self.state.items or not (body.get("shared_link") or {}).get("access"):
            return _error(404 if file_id not in self.state.items else 400, "not_found")
        self.state.links[file_id] = f"{self.state.link_base}{uuid.uuid4().hex[:16]}"
        return 200, {"type": "file", "id": file_id, "shared_link": {"url": self.state.links[file_id]}}
