"""What the clients of SaaS storage APIs share (Dropbox, ...): one httpx client with the address
rules of :mod:`.http_fetch` on every connection, bounded time-outs, and failures as
:class:`ServiceError` with a ``kind`` robots turn into their codes.

A service is reached at its real base URL unless a robot passes another one (the emulator's
``TRANSLOADIT_EMULATOR_<SERVICE>_URL``, which tests point at their fakes).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import httpx

from .http_fetch import BlockedAddress, api_client

#: Connect within 10 s; each read within 60 s. A service that cannot be reached fails at once.
TIMEOUT = httpx.Timeout(60.0, connect=10.0)


class ServiceError(Exception):
    """A call to a service failed: ``kind`` is ``blocked`` (a non-public address), ``access_denied``
    (401, 403, a refused token), ``not_found``, ``invalid`` (the service refused the request as
    malformed) or ``failure`` (unreachable, time-out, 429, 5xx, anything else). The message holds no
    token or key."""

    def __init__(self, message: str, *, kind: str = "failure", status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status


class ServiceSession:
    """Calls to one service's base URLs with one httpx client; use as a context manager."""

    def __init__(self, service: str, *, allow_private: bool) -> None:
        self.service = service
        self._client = api_client(allow_private=allow_private, timeout=TIMEOUT)

    def __enter__(self) -> ServiceSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self._client.close()

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        json: Any = None,
        content: bytes | Iterator[bytes] | None = None,
        params: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send one request; connection failures and time-outs raise :class:`ServiceError`.
        The response is returned whatever its status (each API words its errors differently)."""
        with self.mapped(url):
            return self._client.request(
                method, url, headers=dict(headers or {}), json=json, content=content, params=params
            )

    @contextmanager
    def stream(self, method: str, url: str, *, headers: Mapping[str, str] | None = None) -> Iterator[httpx.Response]:
        """A streamed response (downloads), with failures mapped as in :meth:`request`."""
        with self.mapped(url), self._client.stream(method, url, headers=dict(headers or {})) as response:
            yield response

    @contextmanager
    def mapped(self, url: str) -> Iterator[None]:
        """Turn httpx and address-guard failures into :class:`ServiceError`."""
        try:
            yield
        except BlockedAddress as exc:
            raise ServiceError(
                f"{self.service}: the host {exc.host!r} resolves to {exc.address}, which is not a public address "
                "(loopback, private and link-local addresses are refused unless the emulator allows private imports)",
                kind="blocked",
            ) from None
        except httpx.TimeoutException:
            raise ServiceError(f"{self.service} did not answer in time ({_origin(url)})") from None
        except httpx.HTTPError as exc:
            raise ServiceError(f"{self.service} could not be reached at {_origin(url)}: {type(exc).__name__}") from None


def status_kind(status: int) -> str:
    """The :class:`ServiceError` kind of an HTTP error status."""
    if status in (401, 403):
        return "access_denied"
    if status in (404, 410):
        return "not_found"
    if status in (400, 422):
        return "invalid"
    return "failure"


def _origin(url: str) -> str:
    parts = httpx.URL(url)
    return f"{parts.scheme}://{parts.netloc.decode()}"
