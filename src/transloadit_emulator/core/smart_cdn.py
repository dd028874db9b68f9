"""Smart CDN: a signed ``/{workspace}/{template}/{input}`` URL runs a Template and serves its result.

The emulator plays both the origin (``/file/serve`` picks the Step whose file is served and its
headers) and the CDN (``/tlcdn/deliver``: results are cached until their ``s-maxage`` passes, so a
second request for the same URL runs nothing). The input reaches the Template as
``${fields.input}`` (an import Step fetches it) and, when it names a file the emulator stores
(``<assembly_id>/<file_id>/<name>``, the tail of a result URL), as the upload ``:original`` sees.
The other query params become fields too.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import orjson

from ..errors import TransloaditError
from ..settings import Settings
from ..storage.blobs import BlobStore, blob_key
from .accounts import AccountBook
from .assemblies.board import AssemblyBoard
from .assemblies.model import CreateRequest, UploadedPart
from .assemblies.service import AssemblyService
from .auth import KeyDirectory, resolve_key
from .clock import Clock
from .smart_cdn_auth import SmartCdnRequest, check_signature, signed_parts
from .smart_cdn_headers import served_headers, shared_max_age
from .smart_cdn_playlists import sign_playlist
from .templates import TemplateService

#: Where Smart CDN URLs live on the emulator: the SDKs' ``baseUrl`` is ``<emulator>/_smartcdn/{workspace}``.
PREFIX = "/_smartcdn/"
_CACHE_ENTRIES = 1024
_RUN_TIMEOUT_S = 300.0


@dataclass(frozen=True)
class Delivery:
    """A file to send and the headers to send it with."""

    path: Path
    headers: dict[str, str]
    #: Seconds the URLs in a served playlist stay signed (``/video/ondemand``'s ``sign_urls_for``).
    sign_for: float = 0
    #: What to send instead of the file (a playlist with signed URLs).
    body: bytes | None = None


class SmartCdnService:
    """Checks Smart CDN signatures, runs the Template once per URL and caches what it serves."""

    def __init__(
        self,
        settings: Settings,
        keys: KeyDirectory,
        assemblies: AssemblyService,
        templates: TemplateService,
        blobs: BlobStore,
        clock: Clock,
        accounts: AccountBook | None = None,
    ) -> None:
        self.settings = settings
        self.keys = keys
        #: The accounts by key (the settings' and those the control plane adds).
        self.accounts = accounts or AccountBook(settings)
        self.assemblies = assemblies
        self.board: AssemblyBoard = assemblies.board
        self.templates = templates
        self.blobs = blobs
        self.clock = clock
        self._lock = threading.Lock()
        self._cache: OrderedDict[tuple[str, ...], tuple[float, Delivery]] = OrderedDict()
        self._done: dict[str, threading.Event] = {}
        self._gates: dict[tuple[str, ...], threading.Lock] = {}
        self.board.add_finish_listener(self._finished)

    def deliver(self, request: SmartCdnRequest) -> Delivery:
        """The file a signed Smart CDN URL stands for: from the cache, else by running its Template."""
        auth_key, exp, _sig = signed_parts(request)
        grant = resolve_key(self.accounts, self.keys, auth_key)
        if grant is None:
            raise TransloaditError("GET_ACCOUNT_UNKNOWN_AUTH_KEY", f"No account has the Auth Key {auth_key!r}.")
        check_signature(request, grant.secret, int(self.clock.now() * 1000))
        key = (grant.account.key, request.workspace, request.template, request.input, _cache_query(request))
        with self._lock:  # one run per URL at a time: a second request for it waits and gets the cached file
            gate = self._gates.setdefault(key, threading.Lock())
        with gate:
            delivery = self._cached(key) or self._run_and_cache(key, request, auth_key, grant.secret)
        with self._lock:
            self._gates.pop(key, None)
        return self._signed(delivery, request, auth_key, exp, grant.secret)

    def _cached(self, key: tuple[str, ...]) -> Delivery | None:
        with self._lock:
            cached = self._cache.get(key)
            if cached is None or cached[0] <= self.clock.now() or not cached[1].path.is_file():
                return None
            self._cache.move_to_end(key)
            return cached[1]

    def _run_and_cache(self, key: tuple[str, ...], request: SmartCdnRequest, auth_key: str, secret: str) -> Delivery:
        now = self.clock.now()
        delivery = self._run(request, auth_key, secret, key[0])
        ttl = shared_max_age(delivery.headers)
        if ttl > 0:
            with self._lock:
                self._cache[key] = (now + ttl, delivery)
                while len(self._cache) > _CACHE_ENTRIES:
                    self._cache.popitem(last=False)
        return delivery

    def _signed(self, delivery: Delivery, request: SmartCdnRequest, auth_key: str, exp: int, secret: str) -> Delivery:
        """A playlist with its relative URIs made signed Smart CDN URLs; other files as they are."""
        if delivery.path.suffix.lower() != ".m3u8":
            return delivery
        until = int((self.clock.now() + delivery.sign_for) * 1000) if delivery.sign_for > 0 else exp
        text = delivery.path.read_text(encoding="utf-8", errors="replace")
        body = sign_playlist(text, request, PREFIX, auth_key, until, secret).encode("utf-8")
        # Made per request: no byte ranges of it to offer.
        headers = {k: v for k, v in delivery.headers.items() if k != "Accept-Ranges"}
        return replace(delivery, body=body, headers=headers)

    def _run(self, request: SmartCdnRequest, auth_key: str, secret: str, account_key: str) -> Delivery:
        """Run the Template on the input and pick the ``/file/serve`` Step's first result."""
        template_id = self.templates.resolve_id(unquote(request.template), account_key)
        fields = {**request.fields(), "input": unquote(request.input)}
        expires = time.strftime("%Y/%m/%d %H:%M:%S+00:00", time.gmtime(self.clock.now() + 3600))
        params = {"auth": {"key": auth_key, "expires": expires}, "template_id": template_id, "fields": fields}
        raw = orjson.dumps(params).decode()
        digest = hmac.new(secret.encode(), raw.encode(), hashlib.sha384).hexdigest()
        create = CreateRequest(raw_params=raw, signature=f"sha384:{digest}", files=self._stored_input(fields["input"]))
        event = threading.Event()
        created = orjson.loads(self.assemblies.create_assembly(create))
        assembly_id = created["assembly_id"]
        with self._lock:
            self._done[assembly_id] = event
        # The finish listener wakes us at once; the poll covers Assemblies a cluster worker ran.
        deadline = time.monotonic() + _RUN_TIMEOUT_S
        status = orjson.loads(self.board.status_bytes(assembly_id))
        while _finished_status(status) is None and time.monotonic() < deadline:
            event.wait(0.25)
            status = orjson.loads(self.board.status_bytes(assembly_id))
        with self._lock:
            self._done.pop(assembly_id, None)
        return self._served(status)

    def _served(self, status: dict[str, Any]) -> Delivery:
        """The file and headers of the Assembly's ``/file/serve`` Step (or its last result)."""
        if status.get("error"):
            raise TransloaditError(str(status["error"]), str(status.get("message") or "The Assembly failed."))
        if status.get("ok") != "ASSEMBLY_COMPLETED":
            raise TransloaditError("INTERNAL_COMMAND_TIMEOUT", "The Smart CDN Assembly did not finish in time.")
        merged = status.get("merged_params") or "{}"
        steps: dict[str, Any] = (orjson.loads(merged) if isinstance(merged, str) else merged).get("steps") or {}
        serve = next((n for n, s in steps.items() if isinstance(s, dict) and s.get("robot") == "/file/serve"), None)
        results: dict[str, list[dict[str, Any]]] = status.get("results") or {}
        if serve is None and not results:  # nothing to fall back on: no Step of the Template has results
            raise TransloaditError("NO_RESULT_STEP_FOUND", "The Template has no /file/serve Step and no result Step.")
        files = results.get(serve) if serve else list(results.values())[-1]
        if not files:
            raise TransloaditError("FILE_SERVE_NO_RESULT", "The Template produced no file to serve.")
        record = files[0]
        path = self._blob_of(str(record.get("url") or ""))
        step = steps.get(serve, {}) if serve else {}
        ondemand = [s for s in steps.values() if isinstance(s, dict) and s.get("robot") == "/video/ondemand"]
        sign_for = ondemand[0].get("sign_urls_for") if ondemand else 0
        seconds = float(sign_for) if isinstance(sign_for, int | float) and not isinstance(sign_for, bool) else 0.0
        return Delivery(path, served_headers(step, record, status), sign_for=seconds)

    def _local(self, parts: list[str]) -> Path | None:
        """A local copy of the stored file ``<assembly_id>/<file_id>/<name>``, or None."""
        key = blob_key(*parts) if len(parts) == 3 else None
        if key is None:
            return None
        try:
            path = self.blobs.path(key)
        except Exception:  # noqa: BLE001 - a remote store's missing key raises its client's own error
            return None
        return path if path.is_file() else None

    def _blob_of(self, url: str) -> Path:
        parts = urlsplit(url).path.split("/")
        path = self._local([unquote(p) for p in parts[-3:]]) if len(parts) >= 4 else None
        if path is None:
            raise TransloaditError("FILE_SERVE_NO_RESULT", "The served result file is not stored.")
        return path

    def _stored_input(self, input_path: str) -> list[UploadedPart]:
        """The stored file ``<assembly_id>/<file_id>/<name>`` as the Assembly's upload, if it is one."""
        path = self._local(input_path.strip("/").split("/"))
        if path is None:
            return []
        return [UploadedPart(field="input", filename=path.name, stream=io.BytesIO(path.read_bytes()))]

    def _finished(self, account_key: str, status: dict[str, Any]) -> None:
        with self._lock:
            event = self._done.get(str(status.get("assembly_id")))
        if event is not None:
            event.set()


def _finished_status(status: dict[str, Any]) -> str | None:
    ok = status.get("ok")
    if status.get("error") or ok in ("ASSEMBLY_COMPLETED", "ASSEMBLY_CANCELED"):
        return str(ok or status.get("error"))
    return None


def _cache_query(request: SmartCdnRequest) -> str:
    """The query without the signature: URLs signed again (new ``exp``) share one cached result."""
    return "&".join(f"{k}={v}" for k, v in sorted(request.fields().items()))
