"""Sending one Notification: the POST to a receiver and what it answered, and the signature.

Every connection (redirects included) goes through ``outbound/http_fetch.py``'s address check, with the
Notification rule (``notify_address_allowed``): loopback receivers are fine, link-local and cloud
metadata addresses never are, private ones only with ``allow_private_imports``. A refused address
fails the delivery at once (no retries).
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable
from dataclasses import dataclass

_RESPONSE_DATA_LIMIT = 2000
_ATTEMPT_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class Attempt:
    """What one POST to a receiver gave: its status code (None when unreachable), answer, error."""

    code: int | None
    data: str | None
    error: str | None
    duration: float
    #: Trying again cannot help (the address is refused).
    final: bool = False


Sender = Callable[[str, dict[str, str]], Attempt]


def sign_notification(payload: str, secret: str) -> str:
    """``sha384:<hex>``: the HMAC of exactly the ``transloadit`` string, keyed with the Auth Secret."""
    return "sha384:" + hmac.new(secret.encode(), payload.encode(), hashlib.sha384).hexdigest()


def http_sender(multipart: bool = False, *, allow_private: bool = False) -> Sender:
    """A sender that POSTs the fields urlencoded (or multipart) with httpx and never raises;
    each address it connects to must pass the Notification rule (see the module docstring)."""

    def allowed(address: str) -> bool:
        from ..outbound.http_fetch import notify_address_allowed

        return notify_address_allowed(address, allow_private=allow_private)

    def send(url: str, fields: dict[str, str]) -> Attempt:
        # On the first Notification: httpx (which http_fetch uses) costs start-up ~0.1-0.25 s (its CLI pulls rich).
        import httpx

        from ..outbound.http_fetch import BlockedAddress, guarded_client

        started = time.monotonic()
        try:
            with guarded_client(allowed, _ATTEMPT_TIMEOUT_S) as client:
                if multipart:
                    files = {name: (None, value) for name, value in fields.items()}
                    response = client.post(url, files=files)
                else:
                    response = client.post(url, data=fields)
        except BlockedAddress as exc:
            why = (
                f"The notify_url host {exc.host!r} resolves to {exc.address}, which Notifications may not reach "
                "(link-local and cloud metadata addresses never; private ones only with allow_private_imports)."
            )
            return Attempt(None, None, why, time.monotonic() - started, final=True)
        except httpx.HTTPError as exc:
            return Attempt(None, None, f"{type(exc).__name__}: {exc}", time.monotonic() - started)
        error = None if response.status_code == 200 else f"The receiver answered HTTP {response.status_code}."
        return Attempt(response.status_code, response.text[:_RESPONSE_DATA_LIMIT], error, time.monotonic() - started)

    return send
