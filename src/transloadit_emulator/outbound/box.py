"""Box's API 2.0 (the calls ``/box/store`` and ``/box/import`` need), over httpx.

Server Authentication (JWT): the app's config file (``boxAppSettings`` with the client id and
secret and ``appAuth``'s key id, private key and passphrase, and the ``enterpriseID``) signs an RS256
assertion that ``POST /oauth2/token`` trades for an access token; a ready ``access_token`` (a
developer token) is used as it is. Paths are walked from the root folder (id ``0``) through
``GET /2.0/folders/{id}/items``; uploads ``POST`` multipart to the upload host (a new version when
the name is taken); downloads follow ``/2.0/files/{id}/content``'s redirect.
"""

from __future__ import annotations

import base64
import json
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from .saas_api import ServiceError, ServiceSession, status_kind

API_URL = "https://api.box.com"
#: Box's tokens live an hour; one is reused for 50 minutes (signing in decrypts the app's key).
_TOKEN_SECONDS = 50 * 60
#: ``(token URL, app config)`` -> ``(access token, monotonic expiry)``, shared by robot runs.
_TOKENS: dict[tuple[str, str], tuple[str, float]] = {}
_TOKENS_LOCK = threading.Lock()
UPLOAD_URL = "https://upload.box.com/api"
_PAGE = 1000


@dataclass(frozen=True)
class BoxAccount:
    """The app's JWT config (JSON text) or an access token, and where the API answers."""

    key_file: str = ""
    access_token: str = ""
    api_url: str = API_URL
    upload_url: str = UPLOAD_URL

    def __repr__(self) -> str:  # never print keys
        return f"BoxAccount(api_url={self.api_url!r})"


@dataclass(frozen=True)
class BoxFile:
    """A file found under a path: its id, path and size."""

    id: str
    path: str
    size: int


def jwt_assertion(config: dict[str, Any], audience: str) -> str:
    """The RS256-signed assertion of Box's JWT grant for the app's enterprise."""
    settings = config["boxAppSettings"]
    auth = settings["appAuth"]
    passphrase = str(auth.get("passphrase") or "").encode() or None
    key = serialization.load_pem_private_key(str(auth["privateKey"]).encode(), password=passphrase)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValueError("the app's private key is not an RSA key")
    header = {"alg": "RS256", "typ": "JWT", "kid": str(auth["publicKeyID"])}
    claims = {
        "iss": str(settings["clientID"]),
        "sub": str(config["enterpriseID"]),
        "box_sub_type": "enterprise",
        "aud": audience,
        "jti": uuid.uuid4().hex,
        "exp": int(time.time()) + 45,
    }
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}"
    signature = key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{signing_input}.{_b64(signature)}"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class BoxClient:
    """One token and the calls of one robot run."""

    def __init__(self, account: BoxAccount, *, allow_private: bool) -> None:
        self.account = account
        self.session = ServiceSession("Box", allow_private=allow_private)
        self._token = account.access_token

    def __enter__(self) -> BoxClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.session.__exit__()

    def folder_id(self, parts: list[str], *, create: bool) -> str:
        """The id of the folder at ``parts`` below the root, made on the way when ``create``."""
        current = "0"
        for name in parts:
            found = next((e for e in self._items(current) if e["type"] == "folder" and e["name"] == name), None)
            if found is None and not create:
                raise ServiceError(f"Box has no folder {name!r} on the path", kind="not_found")
            if found is None:
                body = {"name": name, "parent": {"id": current}}
                found = self._json("POST", f"{self.account.api_url}/2.0/folders", json_body=body)
            current = str(found["id"])
        return current

    def find_file(self, folder: str, name: str) -> dict[str, Any]:
        """The file entry called ``name`` in ``folder``."""
        found = next((e for e in self._items(folder) if e["type"] == "file" and e["name"] == name), None)
        if found is None:
            raise ServiceError(f"Box has no file {name!r} there", kind="not_found")
        return found

    def files_below(self, folder: str, path: str) -> Iterator[BoxFile]:
        """Every file below ``folder`` (recursively), folders in the order Box lists them."""
        for entry in self._items(folder):
            if entry["type"] == "file":
                yield BoxFile(str(entry["id"]), f"{path}/{entry['name']}", int(entry.get("size") or 0))
            elif entry["type"] == "folder":
                yield from self.files_below(str(entry["id"]), f"{path}/{entry['name']}")

    def upload(self, source: Path, folder: str, name: str) -> str:
        """Store ``source`` as ``name`` in ``folder`` (a new version of a file of that name); its file id."""
        attributes = json.dumps({"name": name, "parent": {"id": folder}})
        url = f"{self.account.upload_url}/2.0/files/content"
        response = self._upload(url, attributes, source)
        if response.status_code == 409:
            conflict = (response.json().get("context_info") or {}).get("conflicts") or {}
            if conflict.get("id"):
                url = f"{self.account.upload_url}/2.0/files/{conflict['id']}/content"
                response = self._upload(url, json.dumps({"name": name}), source)
        _check(response, name)
        return str(response.json()["entries"][0]["id"])

    def shared_link(self, file_id: str) -> str:
        """An open shared link to the file."""
        url = f"{self.account.api_url}/2.0/files/{file_id}"
        answer = self._json("PUT", url, json_body={"shared_link": {"access": "open"}}, params={"fields": "shared_link"})
        return str((answer.get("shared_link") or {}).get("url") or "")

    def download(self, file_id: str, dest: Path, max_bytes: int) -> None:
        """Write the file's content to ``dest`` (following Box's redirect to the download host)."""
        url = f"{self.account.api_url}/2.0/files/{file_id}/content"
        response = self.session.request("GET", url, headers=self._auth())
        if response.status_code in (301, 302, 303, 307) and response.headers.get("Location"):
            url = response.headers["Location"]
            response = self.session.request("GET", url)
        _check(response, f"file {file_id}")
        if len(response.content) > max_bytes:
            raise ServiceError(f"Box: file {file_id} is larger than {max_bytes} bytes")
        dest.write_bytes(response.content)

    def _upload(self, url: str, attributes: str, source: Path) -> httpx.Response:
        body, boundary = _multipart(attributes, source)
        headers = {**self._auth(), "Content-Type": f"multipart/form-data; boundary={boundary}"}
        return self.session.request("POST", url, headers=headers, content=body)

    def _items(self, folder: str) -> Iterator[dict[str, Any]]:
        offset = 0
        while True:
            params = {"fields": "id,type,name,size", "limit": str(_PAGE), "offset": str(offset)}
            page = self._json("GET", f"{self.account.api_url}/2.0/folders/{folder}/items", params=params)
            entries = page.get("entries") or []
            yield from entries
            offset += len(entries)
            if not entries or offset >= int(page.get("total_count") or 0):
                return

    def _json(
        self, method: str, url: str, *, json_body: Any = None, params: dict[str, str] | None = None
    ) -> dict[str, Any]:
        response = self.session.request(method, url, headers=self._auth(), json=json_body, params=params)
        _check(response, url.rsplit("/2.0/", 1)[-1])
        answer: dict[str, Any] = response.json()
        return answer

    def _auth(self) -> dict[str, str]:
        if not self._token:
            cache_key = (self.account.api_url, self.account.key_file)
            with _TOKENS_LOCK:
                cached = _TOKENS.get(cache_key)
            if cached is not None and cached[1] > time.monotonic():
                self._token = cached[0]
            else:
                self._token = self._jwt_token()
                with _TOKENS_LOCK:
                    _TOKENS[cache_key] = (self._token, time.monotonic() + _TOKEN_SECONDS)
        return {"Authorization": f"Bearer {self._token}"}

    def _jwt_token(self) -> str:
        audience = f"{API_URL}/oauth2/token"
        try:
            config = json.loads(self.account.key_file)
            assertion = jwt_assertion(config, audience)
            settings = config["boxAppSettings"]
        except (ValueError, KeyError, TypeError) as exc:
            raise ServiceError(f"the Box app config is not usable: {type(exc).__name__}", kind="invalid") from None
        form = {
            "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
            "assertion": assertion,
            "client_id": str(settings["clientID"]),
            "client_secret": str(settings["clientSecret"]),
        }
        url = f"{self.account.api_url}/oauth2/token"
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        response = self.session.request("POST", url, headers=headers, content=urlencode(form).encode())
        if response.status_code == 400:
            raise ServiceError(f"Box refused the app's JWT: {response.text[:200]}", kind="access_denied")
        _check(response, "the token")
        return str(response.json()["access_token"])


def _multipart(attributes: str, source: Path) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="attributes"\r\n\r\n{attributes}\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="upload"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    return head + source.read_bytes() + f"\r\n--{boundary}--\r\n".encode(), boundary


def _check(response: httpx.Response, what: str) -> None:
    status = response.status_code
    if status < 300:
        return
    try:
        body = response.json()
        detail = str(body.get("code") or body.get("message") or "") if isinstance(body, dict) else ""
    except ValueError:
        detail = response.text[:200]
    raise ServiceError(f"Box refused {what}: HTTP {status} {detail}".rstrip(), kind=status_kind(status), status=status)
