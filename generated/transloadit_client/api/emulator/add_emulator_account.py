from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.emulator_account_added import EmulatorAccountAdded
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
        "url": "/_emulator/accounts",
    }

    if isinstance(body, SignedUrlencodedForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if isinstance(body, SignedMultipartForm):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmulatorAccountAdded | Error | None:
    if response.status_code == 200:
        response_200 = EmulatorAccountAdded.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmulatorAccountAdded | Error]:
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
) -> Response[EmulatorAccountAdded | Error]:
    """Add an account

     `params` holds the new account's `key` (1 to 200 of `A-Z a-z 0-9 . _ ~ -`), `secret`
    (1 to 200 printable ASCII characters), optional `scopes` (Auth Key scope names, see
    `getAuthKeyScopes`; absent: every scope and the control plane) and `require_signature`
    (default true). The key signs requests at once. A key already in use is
    `EMULATOR_ACCOUNT_EXISTS` (409).

    Args:
        body (SignedUrlencodedForm):
        body (SignedMultipartForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmulatorAccountAdded | Error]
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
) -> EmulatorAccountAdded | Error | None:
    """Add an account

     `params` holds the new account's `key` (1 to 200 of `A-Z a-z 0-9 . _ ~ -`), `secret`
    (1 to 200 printable ASCII characters), optional `scopes` (Auth Key scope names, see
    `getAuthKeyScopes`; absent: every scope and the control plane) and `require_signature`
    (default true). The key signs requests at once. A key already in use is
    `EMULATOR_ACCOUNT_EXISTS` (409).

    Args:
        body (SignedUrlencodedForm):
        body (SignedMultipartForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmulatorAccountAdded | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignedUrlencodedForm | SignedMultipartForm,
) -> Response[EmulatorAccountAdded | Error]:
    """Add an account

     `params` holds the new account's `key` (1 to 200 of `A-Z a-z 0-9 . _ ~ -`), `secret`
    (1 to 200 printable ASCII characters), optional `scopes` (Auth Key scope names, see
    `getAuthKeyScopes`; absent: every scope and the control plane) and `require_signature`
    (default true). The key signs requests at once. A key already in use is
    `EMULATOR_ACCOUNT_EXISTS` (409).

    Args:
        body (SignedUrlencodedForm):
        body (SignedMultipartForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmulatorAccountAdded | Error]
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
) -> EmulatorAccountAdded | Error | None:
    """Add an account

     `params` holds the new account's `key` (1 to 200 of `A-Z a-z 0-9 . _ ~ -`), `secret`
    (1 to 200 printable ASCII characters), optional `scopes` (Auth Key scope names, see
    `getAuthKeyScopes`; absent: every scope and the control plane) and `require_signature`
    (default true). The key signs requests at once. A key already in use is
    `EMULATOR_ACCOUNT_EXISTS` (409).

    Args:
        body (SignedUrlencodedForm):
        body (SignedMultipartForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmulatorAccountAdded | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
