"""Fetching remote files for robots: ``/http/import`` downloads and ``watermark_url``.

Robots do not speak HTTP themselves: this adapter is the one place they get remote bytes from.
Only ``http`` and ``https`` URLs are fetched, redirects included, with a size cap and a timeout.

Unless ``allow_private`` is set, every connection (the first one and each one a redirect opens)
resolves the host itself, refuses it when *any* of its addresses is loopback, private,
link-local, multicast, reserved or otherwise not public, and connects to an address it checked:
a name that resolves differently a moment later (DNS rebinding) cannot slip past the check.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import socket
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx

#: Largest remote file read by :func:`fetch_bytes`, in bytes.
MAX_REMOTE_BYTES = 64 * 1024 * 1024
_TIMEOUT_S = 30.0
_MAX_REDIRECTS = 5
_CHUNK = 1024 * 1024


class RemoteFetchError(Exception):
    """The URL is not http(s), could not be reached, answered an error, or sent too much.

    ``kind`` tells which, for robots that answer each with their own error code: ``invalid``
    (not an http(s) URL), ``blocked`` (a non-public address while those are not allowed),
    ``not_found`` (404, 410), ``denied`` (401, 403), ``too_large`` or ``failure`` (anything else).
    The message is safe to show to clients.
    """

    def __init__(self, message: str, *, kind: str = "failure", status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status

    @property
    def transient(self) -> bool:
        """Whether trying again may help: connection failures, time-outs, 5xx and 429 answers."""
        return self.kind == "failure" and (self.status is None or self.status >= 500 or self.status == 429)


class BlockedAddress(Exception):
    """Raised inside the transport when an address is refused; never mapped by httpx, so it
    reaches the caller of the client as is."""

    def __init__(self, host: str, address: str) -> None:
        super().__init__(host, address)
        self.host = host
        self.address = address


def is_public_address(address: str) -> bool:
    """Whether an IP address is globally routable: not loopback, private, link-local, shared
    (CGNAT), multicast, reserved or unspecified. IPv4-mapped IPv6 addresses count as their IPv4."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


#: Cloud instance metadata services: AWS, Azure, GCP and Oracle (169.254.169.254, link-local anyway),
#: AWS over IPv6 (a unique-local address), Alibaba (in the shared 100.64.0.0/10 range).
_METADATA = frozenset(ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200"))


def notify_address_allowed(address: str, *, allow_private: bool) -> bool:
    """Whether a Notification may be sent to ``address``: loopback always (local receivers are the
    point of the feature), link-local and cloud metadata addresses never, other non-public ones
    (private, shared, documentation ranges) only with ``allow_private``, public ones always."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip in _METADATA or ip.is_link_local or ip.is_multicast or ip.is_unspecified:
        return False
    if ip.is_loopback or is_public_address(str(ip)):
        return True
    return allow_private


def non_public_address(host: str) -> str | None:
    """The first address of ``host`` that is not public, or None (also when it does not resolve:
    the connection attempt that follows reports that)."""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        return None
    return next((str(i[4][0]) for i in infos if not is_public_address(str(i[4][0]))), None)


AddressCheck = Callable[[str], bool]


def import_address_allowed(allow_private: bool) -> AddressCheck:
    """The check for robots' fetches: public addresses, or any with ``allow_private``."""
    return lambda address: allow_private or is_public_address(address)


class _GuardedBackend(httpcore.NetworkBackend):
    """Resolves each host once, checks every address, then connects to a checked address."""

    def __init__(self, allowed: AddressCheck) -> None:
        self._allowed = allowed
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        """Connect to ``host`` unless one of its addresses is not public (and that is not allowed)."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError):
            raise httpcore.ConnectError(f"the host {host!r} could not be resolved") from None
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        for address in addresses:
            if not self._allowed(address):
                raise BlockedAddress(host, address)
        last: Exception = httpcore.ConnectError(f"the host {host!r} has no address")
        for address in addresses:
            try:
                return self._inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        raise last

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        """Unix sockets are never a remote file."""
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        """Sleep like the default backend."""
        self._inner.sleep(seconds)


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's transport over a connection pool that uses :class:`_GuardedBackend`."""

    def __init__(self, allowed: AddressCheck) -> None:
        super().__init__(trust_env=False)
        # httpx (pinned) builds its pool in __init__ and offers no backend argument: replace it.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            network_backend=_GuardedBackend(allowed),
        )


def _client(allow_private: bool, timeout: float) -> httpx.Client:
    return guarded_client(import_address_allowed(allow_private), timeout)


def guarded_client(allowed: AddressCheck, timeout: float = _TIMEOUT_S) -> httpx.Client:
    """An httpx client that checks every address it connects to (redirects included) with
    ``allowed`` and connects only to an address it checked; a refusal raises :class:`BlockedAddress`."""
    # trust_env=False: no proxy from the environment may carry the request past the address check.
    return httpx.Client(
        transport=_GuardedTransport(allowed),
        follow_redirects=True,
        max_redirects=_MAX_REDIRECTS,
        timeout=timeout,
        trust_env=False,
    )


def fetch_error(url: str, exc: BaseException) -> RemoteFetchError:
    """The :class:`RemoteFetchError` for an httpx failure (or a refused address) on ``url``."""
    return _as_fetch_error(url, exc)


def api_client(*, allow_private: bool, timeout: httpx.Timeout) -> httpx.Client:
    """An httpx client for a service's API (``outbound/dropbox.py``, ...) with the same
    per-connection address rules as imports (raising :class:`BlockedAddress`), no proxies from the
    environment and no redirects (the clients follow the ones their API documents)."""
    transport = _GuardedTransport(import_address_allowed(allow_private))
    return httpx.Client(transport=transport, timeout=timeout, trust_env=False)


@dataclass(frozen=True)
class Downloaded:
    """A file :func:`download` wrote: where, how big, and what the server said about it."""

    path: Path
    size: int
    final_url: str
    content_type: str | None
    #: The name from a ``Content-Disposition`` header, if the server sent one.
    filename: str | None


def download(
    url: str,
    dest_dir: Path,
    *,
    headers: Mapping[str, str] | None = None,
    max_bytes: int,
    allow_private: bool = False,
    timeout: float = _TIMEOUT_S,
    retries: int = 0,
    retry_delay: float = 0.5,
) -> Downloaded:
    """GET ``url`` and stream its body into a new file under ``dest_dir``.

    ``retries`` more attempts follow transient failures (connection errors, time-outs, 5xx), each
    after a delay that doubles from ``retry_delay``. Raises :class:`RemoteFetchError`.
    """
    attempt = 0
    while True:
        try:
            return _download_once(url, dest_dir, headers or {}, max_bytes, allow_private, timeout)
        except RemoteFetchError as exc:
            if attempt >= retries or not exc.transient:
                raise
        time.sleep(retry_delay * 2**attempt)
        attempt += 1


def _download_once(
    url: str, dest_dir: Path, headers: Mapping[str, str], max_bytes: int, allow_private: bool, timeout: float
) -> Downloaded:
    _check_scheme(url)
    fd, name = tempfile.mkstemp(prefix="import-", dir=dest_dir)
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as out, _client(allow_private, timeout) as client:
            with _get(client, url, headers) as response:
                _check_response(url, response, max_bytes)
                size = 0
                for chunk in response.iter_bytes(_CHUNK):
                    size += len(chunk)
                    if size > max_bytes:
                        raise RemoteFetchError(f"{url!r} is larger than {max_bytes} bytes", kind="too_large")
                    out.write(chunk)
                return Downloaded(
                    path=path,
                    size=size,
                    final_url=str(response.url),
                    content_type=response.headers.get("content-type"),
                    filename=_disposition_filename(response.headers.get("content-disposition")),
                )
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def fetch_bytes(
    url: str, *, max_bytes: int = MAX_REMOTE_BYTES, timeout: float = _TIMEOUT_S, allow_private: bool = True
) -> bytes:
    """The body of a GET of ``url``; raises :class:`RemoteFetchError` with a client-safe reason."""
    _check_scheme(url)
    chunks: list[bytes] = []
    with _client(allow_private, timeout) as client, _get(client, url, {}) as response:
        _check_response(url, response, max_bytes)
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise RemoteFetchError(f"{url!r} is larger than {max_bytes} bytes", kind="too_large")
            chunks.append(chunk)
    return b"".join(chunks)


@contextlib.contextmanager
def _get(client: httpx.Client, url: str, headers: Mapping[str, str]) -> Iterator[httpx.Response]:
    """``client.stream("GET", url)`` with httpx and guard failures (also while the caller reads
    the body) turned into :class:`RemoteFetchError`."""
    try:
        with client.stream("GET", url, headers=dict(headers)) as response:
            yield response
    except (httpx.HTTPError, httpx.InvalidURL, BlockedAddress) as exc:
        raise _as_fetch_error(url, exc) from None


def _as_fetch_error(url: str, exc: BaseException) -> RemoteFetchError:
    if isinstance(exc, BlockedAddress):
        return RemoteFetchError(
            f"{url!r} was not fetched: its host {exc.host!r} resolves to {exc.address}, which is not a public "
            "address (loopback, private and link-local addresses are refused unless the emulator allows "
            "private imports)",
            kind="blocked",
        )
    if isinstance(exc, httpx.TooManyRedirects):
        return RemoteFetchError(f"{url!r} redirected more than {_MAX_REDIRECTS} times")
    if isinstance(exc, httpx.InvalidURL):
        return RemoteFetchError(f"{url!r} is not a valid URL", kind="invalid")
    if isinstance(exc, httpx.UnsupportedProtocol):
        return RemoteFetchError(f"{url!r} redirected away from http(s)", kind="invalid")
    if isinstance(exc, httpx.TimeoutException):
        return RemoteFetchError(f"{url!r} could not be fetched: it timed out")
    cause = exc.__cause__ or exc.__context__
    reason = str(cause or exc) if isinstance(exc, httpx.ConnectError) else type(exc).__name__
    return RemoteFetchError(f"{url!r} could not be fetched: {reason}")


def _check_scheme(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise RemoteFetchError(f"{url!r} is not an http or https URL", kind="invalid")


def _check_response(url: str, response: httpx.Response, max_bytes: int) -> None:
    status = response.status_code
    if status in (404, 410):
        raise RemoteFetchError(f"{url!r} answered HTTP {status}: it was not found", kind="not_found", status=status)
    if status in (401, 403):
        raise RemoteFetchError(f"{url!r} answered HTTP {status}: access denied", kind="denied", status=status)
    if not 200 <= status < 300:
        raise RemoteFetchError(f"{url!r} answered HTTP {status}", status=status)
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise RemoteFetchError(f"{url!r} is larger than {max_bytes} bytes ({length})", kind="too_large")


def _disposition_filename(value: str | None) -> str | None:
    """The ``filename`` (or RFC 2231 ``filename*``) of a Content-Disposition header."""
    if not value:
        return None
    message = Message()
    message["content-disposition"] = value
    name = message.get_filename()
    return name or None


def call(
    method: str,
    url: str,
    *,
    headers: Mapping[str, str],
    body: Mapping[str, Any] | None = None,
    form: tuple[dict[str, str], list[tuple[str, tuple[str, bytes, str]]]] | None = None,
    max_bytes: int,
    allow_private: bool = False,
    timeout: float = _TIMEOUT_S,
) -> bytes:
    """The 2xx answer of an HTTP ``method`` to ``url`` with a JSON ``body`` or a multipart ``form``
    (``(fields, files)``), under the same address rules as imports; at most ``max_bytes`` of it.
    Raises :class:`RemoteFetchError`."""
    _check_scheme(url)
    content: dict[str, Any] = {"json": body} if body is not None else {}
    if form is not None:
        content = {"data": form[0], "files": form[1]}
    try:
        with (
            _client(allow_private, timeout) as client,
            client.stream(method, url, headers=dict(headers), **content) as response,
        ):
            _check_response(url, response, max_bytes)
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise RemoteFetchError(f"{url!r} answered more than {max_bytes} bytes", kind="too_large")
                chunks.append(chunk)
    except (httpx.HTTPError, httpx.InvalidURL, BlockedAddress) as exc:
        raise _as_fetch_error(url, exc) from None
    return b"".join(chunks)
