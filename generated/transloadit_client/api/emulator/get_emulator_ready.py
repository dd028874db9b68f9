from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.emulator_ready import EmulatorReady
from ...models.error import Error
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_emulator/ready",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmulatorReady | Error | None:
    if response.status_code == 200:
        response_200 = EmulatorReady.from_dict(response.json())

        return response_200

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmulatorReady | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmulatorReady | Error]:
    """Whether this process can serve requests now

     Readiness of this emulator process: its database answers (SQLite, or PostgreSQL with
    `--database`) and its file storage is writable (the data directory, or the S3 bucket of
    `--storage`). `/_emulator/health` only says the process is up; route traffic by this one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmulatorReady | Error]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> EmulatorReady | Error | None:
    """Whether this process can serve requests now

     Readiness of this emulator process: its database answers (SQLite, or PostgreSQL with
    `--database`) and its file storage is writable (the data directory, or the S3 bucket of
    `--storage`). `/_emulator/health` only says the process is up; route traffic by this one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmulatorReady | Error
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmulatorReady | Error]:
    """Whether this process can serve requests now

     Readiness of this emulator process: its database answers (SQLite, or PostgreSQL with
    `--database`) and its file storage is writable (the data directory, or the S3 bucket of
    `--storage`). `/_emulator/health` only says the process is up; route traffic by this one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmulatorReady | Error]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> EmulatorReady | Error | None:
    """Whether this process can serve requests now

     Readiness of this emulator process: its database answers (SQLite, or PostgreSQL with
    `--database`) and its file storage is writable (the data directory, or the S3 bucket of
    `--storage`). `/_emulator/health` only says the process is up; route traffic by this one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmulatorReady | Error
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
