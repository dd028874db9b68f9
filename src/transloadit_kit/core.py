"""What both facades share: credentials, signing, the generated client, the clock."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from typing import Any, ClassVar, Generic, Protocol, TypeVar

import httpx
from transloadit_client import Client
from transloadit_client.models import AssemblyStatus, SignedUrlencodedForm

from . import signing
from .params import build_params, encode_params

DEFAULT_SERVICE = "https://api2.transloadit.com"
#: The HTTP client a facade runs on: ``httpx.Client`` for ``Transloadit``, ``httpx.AsyncClient`` for the async one.
H = TypeVar("H", httpx.Client, httpx.AsyncClient)


class Clock(Protocol):
    """Time as the kit sees it: waiting between retries and polls, and wait deadlines."""

    def monotonic(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...

    async def asleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        """Seconds of ``time.monotonic``."""
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        """Block the thread."""
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        """Let the event loop run meanwhile."""
        await asyncio.sleep(seconds)


class KitCore(Generic[H]):
    """A client for the Transloadit API (or the local emulator) that signs every request.

    ``service`` is the API base URL, e.g. ``http://127.0.0.1:8000`` for ``make serve``. Methods return
    the generated models and raise :class:`TransloaditApiError` on error answers. ``httpx_client`` lends
    its transport and settings (an in-process test client, say); ``clock`` is for tests that move time.
    """

    #: True for the facade whose methods are coroutines.
    asynchronous: ClassVar[bool] = False

    def __init__(
        self,
        key: str,
        secret: str,
        service: str = DEFAULT_SERVICE,
        *,
        algorithm: str = signing.DEFAULT_ALGORITHM,
        expires_in: float = 300,
        timeout: float = 60.0,
        max_retries: int = 5,
        httpx_client: H | None = None,
        bearer_token: str | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.key = key
        self.secret = secret
        self.algorithm = algorithm
        self.expires_in = expires_in
        self.max_retries = max_retries
        self.bearer_token = bearer_token
        self.clock: Clock = clock or SystemClock()
        self.client = Client(base_url=service.rstrip("/"), timeout=httpx.Timeout(timeout))
        if isinstance(httpx_client, httpx.AsyncClient):
            self.client.set_async_httpx_client(httpx_client)
        elif httpx_client is not None:
            self.client.set_httpx_client(httpx_client)
        if bearer_token is not None:
            # Also applied to a given httpx_client: every request of this facade carries the token.
            self.client = self.client.with_headers({"Authorization": f"Bearer {bearer_token}"})

    def signed(self, extra: Mapping[str, Any] | None = None, **kwargs: Any) -> tuple[str, str]:
        """Build, serialize and sign params: the ``(params, signature)`` pair to send."""
        params = build_params(self.key, expires_in=self.expires_in, extra=extra, **kwargs)
        encoded = encode_params(params)
        if self.bearer_token is not None:
            return encoded, ""  # the token stands in for the signature, as the Node SDK sends it
        return encoded, signing.sign(encoded, self.secret, self.algorithm)

    def signed_query(self, extra: Mapping[str, Any] | None = None) -> dict[str, str]:
        """``params`` and ``signature`` keyword arguments for a signed read."""
        params, signature = self.signed(extra=extra)
        return {"params": params, "signature": signature}

    def signed_form(self, **values: Any) -> SignedUrlencodedForm:
        """A signed urlencoded body whose params carry ``values`` (None values left out)."""
        params, signature = self.signed(extra={k: v for k, v in values.items() if v is not None})
        return SignedUrlencodedForm(params=params, signature=signature)

    def tus_client(self, status: AssemblyStatus | str | None = None) -> Client:
        """A generated client for the tus server of an Assembly (its ``tus_url`` may be another host)
        or of an upload URL; the kit's own client for anything on its host."""
        url = status.tus_url if isinstance(status, AssemblyStatus) else status
        base, tus, _ = str(url).partition("/resumable/files")
        if not tus or not base.startswith(("http://", "https://")) or base == self.client._base_url:
            return self.client
        return Client(base_url=base, timeout=self.client._timeout)
