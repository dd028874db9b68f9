from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.server_root import ServerRoot
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ServerRoot | None:
    if response.status_code == 200:
        response_200 = ServerRoot.from_dict(response.json())

        return response_200

    if response.status_code == 303:
        response_303 = cast(Any, None)
        return response_303

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ServerRoot]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ServerRoot]:
    """The API root

     Answers 200 to anyone, signed or not: `params` and `signature`, when sent, are not read.
    `hostname` is the host the server is reached at. On the emulator, a browser (a request
    whose `Accept` header names `text/html`) is sent to the dashboard (`getDashboard`) instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ServerRoot]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | ServerRoot | None:
    """The API root

     Answers 200 to anyone, signed or not: `params` and `signature`, when sent, are not read.
    `hostname` is the host the server is reached at. On the emulator, a browser (a request
    whose `Accept` header names `text/html`) is sent to the dashboard (`getDashboard`) instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ServerRoot
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ServerRoot]:
    """The API root

     Answers 200 to anyone, signed or not: `params` and `signature`, when sent, are not read.
    `hostname` is the host the server is reached at. On the emulator, a browser (a request
    whose `Accept` header names `text/html`) is sent to the dashboard (`getDashboard`) instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ServerRoot]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | ServerRoot | None:
    """The API root

     Answers 200 to anyone, signed or not: `params` and `signature`, when sent, are not read.
    `hostname` is the host the server is reached at. On the emulator, a browser (a request
    whose `Accept` header names `text/html`) is sent to the dashboard (`getDashboard`) instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ServerRoot
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
