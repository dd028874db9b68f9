"""A fake of Rackspace Cloud Files: the identity service (``POST /v2.0/tokens``) and the Swift
object API and CDN API it points to, on one loopback port.

What it checks, as Rackspace does:

- the login: a JSON body with ``auth.RAX-KSKEY:apiKeyCredentials`` holding a known ``username`` and
  its ``apiKey`` (else 401); it answers a token and a service catalog with ``cloudFiles`` and
  ``cloudFilesCDN`` endpoints in the regions DFW and ORD (each region its own path);
- ``X-Auth-Token`` on every storage and CDN call (else 401); the container must exist (else 404);
- ``PUT`` of an object stores its body and ``Content-Type`` (a missing type is 411/400 in Swift's
  terms: refused here with 400); ``HEAD``/``GET`` of a missing object is 404;
- listings: ``format=json`` with ``prefix``, ``delimiter`` (``subdir`` entries for "directories"),
  ``limit`` and ``marker``, names in order;
- ``HEAD`` on the CDN endpoint of a container answers ``X-Cdn-Enabled`` and its ``X-Cdn-Uri`` /
  ``X-Cdn-Ssl-Uri`` when the test enabled CDN for it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from tests.fakes import FakeHandler

REGIONS = ("DFW", "ORD")


@dataclass
class CloudfilesState:
    users: dict[str, str]
    #: (region, container) -> object name -> (content type, bytes)
    containers: dict[tuple[str, str], dict[str, tuple[str, bytes]]] = field(default_factory=dict)
    cdn: set[tuple[str, str]] = field(default_factory=set)
    tokens: set[str] = field(default_factory=set)
    calls: list[tuple[str, str]] = field(default_factory=list)


class CloudfilesHandler(FakeHandler):
    """``/v2.0/tokens``, ``/v1/<REGION>/<container>[/<object>]`` and ``/cdn/<REGION>/<container>``."""

    @property
    def state(self) -> CloudfilesState:
        return self.server.fake  # type: ignore[attr-defined,no-any-return]

    def do_POST(self) -> None:  # noqa: N802
        body = self.body()
        if self.path != "/v2.0/tokens":
            return self.send_json(404, {"itemNotFound": {"code": 404}})
        try:
            creds = json.loads(body)["auth"]["RAX-KSKEY:apiKeyCredentials"]
        except (ValueError, KeyError, TypeError):
            return self.send_json(400, {"badRequest": {"code": 400, "message": "Invalid json request body"}})
        if self.state.users.get(creds.get("username")) != creds.get("apiKey"):
            return self.send_json(401, {"unauthorized": {"code": 401, "message": "Username or api key is invalid."}})
        token = uuid.uuid4().hex
        self.state.tokens.add(token)
        host = self.headers.get("Host")
        catalog = [
            {
                "name": name,
                "type": kind,
                "endpoints": [{"region": r, "publicURL": f"http://{host}/{root}/{r}"} for r in REGIONS],
            }
            for name, kind, root in (("cloudFiles", "object-store", "v1"), ("cloudFilesCDN", "rax:object-cdn", "cdn"))
        ]
        self.send_json(200, {"access": {"token": {"id": token}, "serviceCatalog": catalog}})

    def do_PUT(self) -> None:  # noqa: N802
        self._storage("PUT")

    def do_GET(self) -> None:  # noqa: N802
        self._storage("GET")

    def do_HEAD(self) -> None:  # noqa: N802
        self._storage("HEAD")

    def _storage(self, method: str) -> None:
        parts = urlsplit(self.path)
        body = self.body()
        segments = parts.path.split("/", 4)  # "", root, region, container, object
        self.state.calls.append((method, parts.path))
        if self.headers.get("X-Auth-Token") not in self.state.tokens:
            return self._empty(401)
        if len(segments) < 4 or segments[1] not in ("v1", "cdn") or segments[2] not in REGIONS:
            return self._empty(404)
        where = (segments[2], unquote(segments[3]))
        if segments[1] == "cdn":
            return self._cdn(where)
        objects = self.state.containers.get(where)
        if objects is None:
            return self._empty(404)
        name = unquote(segments[4]) if len(segments) == 5 else ""
        if not name:
            return self._list(objects, parse_qs(parts.query)) if method == "GET" else self._empty(204)
        if method == "PUT":
            if not self.headers.get("Content-Type"):
                return self._empty(400)
            objects[name] = (self.headers["Content-Type"], body)
            return self._empty(201)
        if name not in objects:
            return self._empty(404)
        mime, data = objects[name]
        if method == "HEAD":
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Content-Type", mime)
            return self.end_headers()
        self.send_bytes(200, data, mime)

    def _list(self, objects: dict[str, tuple[str, bytes]], query: dict[str, list[str]]) -> None:
        if query.get("format") != ["json"]:
            return self.send_bytes(200, "\n".join(sorted(objects)).encode(), "text/plain")
        prefix, marker = query.get("prefix", [""])[0], query.get("marker", [""])[0]
        delimiter, limit = query.get("delimiter", [""])[0], int(query.get("limit", ["10000"])[0])
        entries: list[dict[str, Any]] = []
        seen: set[str] = set()
        for name in sorted(objects):
            if not name.startswith(prefix) or name <= marker:
                continue
            rest = name[len(prefix) :]
            if delimiter and delimiter in rest:
                subdir = prefix + rest.split(delimiter, 1)[0] + delimiter
                if subdir not in seen:
                    seen.add(subdir)
                    entries.append({"subdir": subdir})
                continue
            entries.append({"name": name, "bytes": len(objects[name][1]), "content_type": objects[name][0]})
        self.send_json(200, entries[:limit])

    def _cdn(self, where: tuple[str, str]) -> None:
        enabled = where in self.state.cdn
        self.send_response(204)
        self.send_header("X-Cdn-Enabled", "True" if enabled else "False")
        if enabled:
            self.send_header("X-Cdn-Uri", f"http://cdn.example.com/{where[1]}")
            self.send_header("X-Cdn-Ssl-Uri", f"https://ssl.cdn.example.com/{where[1]}")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _empty(self, status: int) -> None:
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()
