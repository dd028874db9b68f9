"""Rackspace Cloud Files (OpenStack Swift behind Rackspace's identity service), over httpx.

A session logs in at the identity service (``POST /v2.0/tokens`` with the user name and API key,
``RAX-KSKEY:apiKeyCredentials``), takes the token and, from the service catalog, the
``cloudFiles`` endpoint of the data center (and ``cloudFilesCDN``'s, for public URLs). Objects are
``PUT``, listed (``GET <container>?format=json`` with ``prefix``, ``delimiter``, ``limit`` and
``marker``) and downloaded with ``X-Auth-Token``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from .saas_api import ServiceError, ServiceSession, status_kind

IDENTITY_URLS = {"us": "https://identity.api.rackspacecloud.com", "uk": "https://lon.identity.api.rackspacecloud.com"}
_LISTING_LIMIT = 10_000


@dataclass(frozen=True)
class CloudfilesAccount:
    """A user, API key, container and data center, and where the identity service answers."""

    user: str
    key: str
    container: str
    data_center: str = ""
    identity_url: str = IDENTITY_URLS["us"]

    def __repr__(self) -> str:  # never print the key
        return f"CloudfilesAccount(user={self.user!r}, container={self.container!r}, dc={self.data_center!r})"


@dataclass(frozen=True)
class CloudObject:
    """An object of a listing."""

    name: str
    size: int


class CloudfilesClient:
    """One login and the calls of one robot run."""

    def __init__(self, account: CloudfilesAccount, *, allow_private: bool) -> None:
        self.account = account
        self.session = ServiceSession("Cloud Files", allow_private=allow_private)
        self._token = ""
        self._storage = ""
        self._cdn = ""

    def __enter__(self) -> CloudfilesClient:
        try:
            self._login()
        except BaseException:
            self.session.__exit__()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.session.__exit__()

    def put(self, source: Path, name: str, content_type: str) -> None:
        """Store ``source`` as the object ``name``."""
        headers = {**self._auth(), "Content-Type": content_type}
        with source.open("rb") as data:
            response = self.session.request("PUT", self._object_url(name), headers=headers, content=data.read())
        _check(response, name)

    def public_urls(self, name: str) -> tuple[str, str]:
        """``(url, ssl_url)`` of an object: the container's CDN URIs when it is CDN-enabled, else the storage URL."""
        path = quote(name, safe="/~!$&()*+,;=:@")
        if self._cdn:
            response = self.session.request(
                "HEAD", f"{self._cdn}/{quote(self.account.container)}", headers=self._auth()
            )
            if response.status_code < 300 and response.headers.get("X-Cdn-Enabled", "").lower() == "true":
                uri = response.headers.get("X-Cdn-Uri", "")
                ssl = response.headers.get("X-Cdn-Ssl-Uri", "") or uri
                if uri:
                    return f"{uri}/{path}", f"{ssl}/{path}"
        url = self._object_url(name)
        return url, url

    def list(self, prefix: str, *, recursive: bool) -> Iterator[CloudObject]:
        """Objects under ``prefix`` in name order (only those directly in it unless ``recursive``)."""
        marker = ""
        while True:
            params = {"format": "json", "prefix": prefix, "limit": str(_LISTING_LIMIT), "marker": marker}
            if not recursive:
                params["delimiter"] = "/"
            url = f"{self._storage}/{quote(self.account.container)}"
            response = self.session.request("GET", url, headers=self._auth(), params=params)
            _check(response, prefix or self.account.container)
            page: list[dict[str, Any]] = response.json() if response.status_code == 200 else []
            for item in page:
                if "name" in item and not str(item["name"]).endswith("/"):
                    yield CloudObject(str(item["name"]), int(item.get("bytes") or 0))
            if len(page) < _LISTING_LIMIT:
                return
            marker = str(page[-1].get("name") or page[-1].get("subdir") or "")

    def size(self, name: str) -> int:
        """The size of the object ``name``."""
        response = self.session.request("HEAD", self._object_url(name), headers=self._auth())
        _check(response, name)
        return int(response.headers.get("Content-Length") or 0)

    def download(self, name: str, dest: Path, max_bytes: int) -> None:
        """Write the object ``name`` to ``dest``; ``failure`` past ``max_bytes``."""
        url = self._object_url(name)
        with self.session.stream("GET", url, headers=self._auth()) as response:
            if response.status_code != 200:
                response.read()
                _check(response, name)
            size = 0
            with dest.open("wb") as out, self.session.mapped(url):
                for block in response.iter_bytes(1024 * 1024):
                    size += len(block)
                    if size > max_bytes:
                        raise ServiceError(f"Cloud Files: {name} is larger than {max_bytes} bytes")
                    out.write(block)

    def _auth(self) -> dict[str, str]:
        return {"X-Auth-Token": self._token}

    def _object_url(self, name: str) -> str:
        return f"{self._storage}/{quote(self.account.container)}/{quote(name, safe='/~!$&()*+,;=:@')}"

    def _login(self) -> None:
        credentials = {"username": self.account.user, "apiKey": self.account.key}
        body = {"auth": {"RAX-KSKEY:apiKeyCredentials": credentials}}
        response = self.session.request("POST", f"{self.account.identity_url}/v2.0/tokens", json=body)
        _check(response, "the login")
        access = response.json().get("access") or {}
        self._token = str((access.get("token") or {}).get("id") or "")
        self._storage = _endpoint(access, "cloudFiles", self.account.data_center)
        self._cdn = _endpoint(access, "cloudFilesCDN", self.account.data_center, required=False)
        if not self._token or not self._storage:
            raise ServiceError("Cloud Files: the identity service answered no token or no cloudFiles endpoint")


def _endpoint(access: dict[str, Any], service: str, data_center: str, *, required: bool = True) -> str:
    """The public URL of ``service`` in ``data_center`` (any region when none is named)."""
    for entry in access.get("serviceCatalog") or []:
        if entry.get("name") != service:
            continue
        endpoints = entry.get("endpoints") or []
        for endpoint in endpoints:
            if not data_center or str(endpoint.get("region", "")).lower() == data_center.lower():
                return str(endpoint.get("publicURL") or "").rstrip("/")
        if required:
            regions = ", ".join(str(e.get("region")) for e in endpoints)
            raise ServiceError(
                f"Cloud Files has no data center {data_center!r} for this account ({regions})", kind="invalid"
            )
    return ""


def _check(response: httpx.Response, what: str) -> None:
    status = response.status_code
    if status < 300:
        return
    raise ServiceError(f"Cloud Files refused {what}: HTTP {status}", kind=status_kind(status), status=status)
