"""Billing and capacity as flows (see ``effects.py``), and bearer tokens."""

from __future__ import annotations

import base64
from typing import Any

import httpx
from transloadit_client import AuthenticatedClient
from transloadit_client.api.authentication import create_token
from transloadit_client.api.billing import get_bill as bill_api
from transloadit_client.api.billing import get_job_slots as job_slots_api
from transloadit_client.models import Bill, JobSlots, Token, TokenRequest, TokenRequestGrantType
from transloadit_client.types import UNSET

from .calls import signed_read
from .core import KitCore
from .effects import Flow
from .errors import api_error


def get_bill(kit: KitCore[Any], month: str) -> Flow[Bill]:
    """The bill of ``month`` (``YYYY-MM``)."""
    return (yield from signed_read(kit, Bill, bill_api, month))


def get_job_slots(kit: KitCore[Any]) -> Flow[JobSlots]:
    """Job slots the account's running Assemblies take now."""
    return (yield from signed_read(kit, JobSlots, job_slots_api))


def mint_token(
    service: str,
    key: str,
    secret: str,
    *,
    scope: str | None = None,
    httpx_client: httpx.Client | None = None,
) -> Token:
    """A bearer token for ``key`` from ``POST /token`` (HTTP Basic ``key:secret``).

    ``httpx_client`` lends its transport (an in-process test client, say); its headers are untouched.
    """
    basic = base64.b64encode(f"{key}:{secret}".encode()).decode()
    transport = getattr(httpx_client, "_transport", None)
    client = AuthenticatedClient(
        base_url=service.rstrip("/"),
        token=basic,
        prefix="Basic",
        httpx_args={"transport": transport} if transport is not None else {},
    )
    body = TokenRequest(grant_type=TokenRequestGrantType.CLIENT_CREDENTIALS, scope=scope if scope else UNSET)
    response = create_token.sync_detailed(client=client, body=body)
    if isinstance(response.parsed, Token):
        return response.parsed
    raise api_error(response)
