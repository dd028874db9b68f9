from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.token import Token
from ...models.token_request import TokenRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Token | None:
    if response.status_code == 200:
        response_200 = Token.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Token]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Response[Error | Token]:
    """Mint a bearer token

     Exchanges the Auth Key and Secret (HTTP Basic) for a bearer token valid for six hours. Requests
    may then send `Authorization: Bearer <token>` instead of a signature (params unsigned, or
    omitted for reads). `scope` is a space-separated list (default: all): `assemblies:read`,
    `assemblies:write`, `templates:read`, `templates:write`, `credentials:read`,
    `credentials:write`, `account:read`. A request outside the token's scopes answers
    `INSUFFICIENT_AUTH_SCOPE`. A key made with `createAuthKey` mints tokens within its own scopes;
    they lose what the key loses and stop working when it is deleted.

    Args:
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Token]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Error | Token | None:
    """Mint a bearer token

     Exchanges the Auth Key and Secret (HTTP Basic) for a bearer token valid for six hours. Requests
    may then send `Authorization: Bearer <token>` instead of a signature (params unsigned, or
    omitted for reads). `scope` is a space-separated list (default: all): `assemblies:read`,
    `assemblies:write`, `templates:read`, `templates:write`, `credentials:read`,
    `credentials:write`, `account:read`. A request outside the token's scopes answers
    `INSUFFICIENT_AUTH_SCOPE`. A key made with `createAuthKey` mints tokens within its own scopes;
    they lose what the key loses and stop working when it is deleted.

    Args:
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Token
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Response[Error | Token]:
    """Mint a bearer token

     Exchanges the Auth Key and Secret (HTTP Basic) for a bearer token valid for six hours. Requests
    may then send `Authorization: Bearer <token>` instead of a signature (params unsigned, or
    omitted for reads). `scope` is a space-separated list (default: all): `assemblies:read`,
    `assemblies:write`, `templates:read`, `templates:write`, `credentials:read`,
    `credentials:write`, `account:read`. A request outside the token's scopes answers
    `INSUFFICIENT_AUTH_SCOPE`. A key made with `createAuthKey` mints tokens within its own scopes;
    they lose what the key loses and stop working when it is deleted.

    Args:
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Token]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Error | Token | None:
    """Mint a bearer token

     Exchanges the Auth Key and Secret (HTTP Basic) for a bearer token valid for six hours. Requests
    may then send `Authorization: Bearer <token>` instead of a signature (params unsigned, or
    omitted for reads). `scope` is a space-separated list (default: all): `assemblies:read`,
    `assemblies:write`, `templates:read`, `templates:write`, `credentials:read`,
    `credentials:write`, `account:read`. A request outside the token's scopes answers
    `INSUFFICIENT_AUTH_SCOPE`. A key made with `createAuthKey` mints tokens within its own scopes;
    they lose what the key loses and stop working when it is deleted.

    Args:
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Token
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
