"""Billing and capacity calls through the generated client (mixed into ``Transloadit``)."""

from __future__ import annotations

import base64

import httpx
from transloadit_client import AuthenticatedClient
from transloadit_client.api.authentication import create_token
from transloadit_client.api.billing import get_bill, get_job_slots
from transloadit_client.models import Bill, JobSlots, Token, TokenRequest, TokenRequestGrantType
from transloadit_client.types import UNSET

from .errors import api_error
from .templates import SignedCaller


class AccountMethods:
    """The account's bill and job slots."""

    def get_bill(self: SignedCaller, month: str) -> Bill:
        """The bill of ``month`` (``YYYY-MM``)."""
        params, signature = self.signed()
        return self._with_retries(
            lambda: get_bill.sync_detailed(month, client=self.client, params=params, signature=signature)
        )

    def get_job_slots(self: SignedCaller) -> JobSlots:
        """Job slots the account's running Assemblies take now."""
        params, signature = self.signed()
        return self._with_retries(
            lambda: get_job_slots.sync_detailed(client=self.client, params=params, signature=signature)
        )


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
