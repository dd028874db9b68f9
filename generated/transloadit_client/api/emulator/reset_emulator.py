from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.emulator_reset import EmulatorReset
from ...models.error import Error
from ...models.signed_multipart_form import SignedMultipartForm
from ...models.signed_urlencoded_form import SignedUrlencodedForm
from ...types import Response


def _get_kwargs(
    *,
    body: SignedUrlencodedForm | SignedMultipartForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_emulator/reset",
    }

    if isinstance(body, SignedUrlencodedForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if isinstance(body, SignedMultipartForm):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmulatorReset | Error | None:
    if response.status_code == 200:
        response_200 = EmulatorReset.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmulatorReset | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignedUrlencodedForm | SignedMultipartForm,
) -> Response[EmulatorReset | Error]:
    """Reset the emulator's state

     Waits for running executions and Notification attempts (retry waits are cut short), then
    forgets every Assembly, file, record (Templates, credentials, Auth Keys, tokens, nonces),
    Notification and tus upload; or, with `params.account` (an account's Auth Key), only that
    account's Assemblies, files, records and Notifications. Accounts, faults and the clock stay.
    Like every control-plane operation, it must be signed with an account's own key, also when
    that account takes unsigned requests elsewhere (`NO_SIGNATURE_FIELD`); Auth Keys and bearer
    tokens answer `INSUFFICIENT_AUTH_SCOPE`. Its `auth.expires` is checked against the system
    clock, not the emulator's (see `setEmulatorClock`).

    Args:
        body (SignedUrlencodedForm):
        body (SignedMultipartForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmulatorReset | Error]
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
    client: AuthenticatedClient | Client,
    body: SignedUrlencodedForm | SignedMultipartForm,
) -> EmulatorReset | Error | None:
    """Reset the emulator's state

     Waits for running executions and Notification attempts (retry waits are cut short), then
    forgets every Assembly, file, record (Templates, credentials, Auth Keys, tokens, nonces),
    Notification and tus upload; or, with `params.account` (an account's Auth Key), only that
    account's Assemblies, files, records and Notifications. Accounts, faults and the clock stay.
    Like every control-plane operation, it must be signed with an account's own key, also when
    that account takes unsigned requests elsewhere (`NO_SIGNATURE_FIELD`); Auth Keys and bearer
    tokens answer `INSUFFICIENT_AUTH_SCOPE`. Its `auth.expires` is checked against the system
    clock, not the emulator's (see `setEmulatorClock`).

    Args:
        body (SignedUrlencodedForm):
        body (SignedMultipartForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmulatorReset | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignedUrlencodedForm | SignedMultipartForm,
) -> Response[EmulatorReset | Error]:
    """Reset the emulator's state

     Waits for running executions and Notification attempts (retry waits are cut short), then
    forgets every Assembly, file, record (Templates, credentials, Auth Keys, tokens, nonces),
    Notification and tus upload; or, with `params.account` (an account's Auth Key), only that
    account's Assemblies, files, records and Notifications. Accounts, faults and the clock stay.
    Like every control-plane operation, it must be signed with an account's own key, also when
    that account takes unsigned requests elsewhere (`NO_SIGNATURE_FIELD`); Auth Keys and bearer
    tokens answer `INSUFFICIENT_AUTH_SCOPE`. Its `auth.expires` is checked against the system
    clock, not the emulator's (see `setEmulatorClock`).

    Args:
        body (SignedUrlencodedForm):
        body (SignedMultipartForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmulatorReset | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SignedUrlencodedForm | SignedMultipartForm,
) -> EmulatorReset | Error | None:
    """Reset the emulator's state

     Waits for running executions and Notification attempts (retry waits are cut short), then
    forgets every Assembly, file, record (Templates, credentials, Auth Keys, tokens, nonces),
    Notification and tus upload; or, with `params.account` (an account's Auth Key), only that
    account's Assemblies, files, records and Notifications. Accounts, faults and the clock stay.
    Like every control-plane operation, it must be signed with an account's own key, also when
    that account takes unsigned requests elsewhere (`NO_SIGNATURE_FIELD`); Auth Keys and bearer
    tokens answer `INSUFFICIENT_AUTH_SCOPE`. Its `auth.expires` is checked against the system
    clock, not the emulator's (see `setEmulatorClock`).

    Args:
        body (SignedUrlencodedForm):
        body (SignedMultipartForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmulatorReset | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
