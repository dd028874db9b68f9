from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.ok_response import OkResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    key: str,
    *,
    params: str,
    signature: str | Unset = UNSET,
) -> dict[str, Any]:

    query_params_: dict[str, Any] = {}

    query_params_["params"] = params

    query_params_["signature"] = signature

    query_params_ = {k: v for k, v in query_params_.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/_emulator/accounts/{key}".format(
            key=quote(str(key), safe=""),
        ),
        "params": query_params_,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | OkResponse | None:
    if response.status_code == 200:
        response_200 = OkResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | OkResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key: str,
    *,
    client: AuthenticatedClient | Client,
    params: str,
    signature: str | Unset = UNSET,
) -> Response[Error | OkResponse]:
    """Remove an account

     Requests signed with the key answer `GET_ACCOUNT_UNKNOWN_AUTH_KEY` from then on (its data stays
    until a reset). An account cannot remove itself (`EMULATOR_ACCOUNT_IN_USE`, 409).

    Args:
        key (str):
        params (str): JSON-encoded request params (an `AssemblyParams`, `ReplayAssemblyParams`,
            `ListAssembliesParams`, `ReplayNotificationParams` or `ListNotificationsParams` object,
            and so on). The signature covers exactly this string as sent, e.g.
            `{"auth":{"key":"emulator-key","expires":"2099/01/01 00:00:00+00:00"}}`.
        signature (str | Unset): `<algorithm>:<hex HMAC of params>`; a bare 40-character hex
            string is legacy `sha1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OkResponse]
    """

    kwargs = _get_kwargs(
        key=key,
        params=params,
        signature=signature,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key: str,
    *,
    client: AuthenticatedClient | Client,
    params: str,
    signature: str | Unset = UNSET,
) -> Error | OkResponse | None:
    """Remove an account

     Requests signed with the key answer `GET_ACCOUNT_UNKNOWN_AUTH_KEY` from then on (its data stays
    until a reset). An account cannot remove itself (`EMULATOR_ACCOUNT_IN_USE`, 409).

    Args:
        key (str):
        params (str): JSON-encoded request params (an `AssemblyParams`, `ReplayAssemblyParams`,
            `ListAssembliesParams`, `ReplayNotificationParams` or `ListNotificationsParams` object,
            and so on). The signature covers exactly this string as sent, e.g.
            `{"auth":{"key":"emulator-key","expires":"2099/01/01 00:00:00+00:00"}}`.
        signature (str | Unset): `<algorithm>:<hex HMAC of params>`; a bare 40-character hex
            string is legacy `sha1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OkResponse
    """

    return sync_detailed(
        key=key,
        client=client,
        params=params,
        signature=signature,
    ).parsed


async def asyncio_detailed(
    key: str,
    *,
    client: AuthenticatedClient | Client,
    params: str,
    signature: str | Unset = UNSET,
) -> Response[Error | OkResponse]:
    """Remove an account

     Requests signed with the key answer `GET_ACCOUNT_UNKNOWN_AUTH_KEY` from then on (its data stays
    until a reset). An account cannot remove itself (`EMULATOR_ACCOUNT_IN_USE`, 409).

    Args:
        key (str):
        params (str): JSON-encoded request params (an `AssemblyParams`, `ReplayAssemblyParams`,
            `ListAssembliesParams`, `ReplayNotificationParams` or `ListNotificationsParams` object,
            and so on). The signature covers exactly this string as sent, e.g.
            `{"auth":{"key":"emulator-key","expires":"2099/01/01 00:00:00+00:00"}}`.
        signature (str | Unset): `<algorithm>:<hex HMAC of params>`; a bare 40-character hex
            string is legacy `sha1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OkResponse]
    """

    kwargs = _get_kwargs(
        key=key,
        params=params,
        signature=signature,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key: str,
    *,
    client: AuthenticatedClient | Client,
    params: str,
    signature: str | Unset = UNSET,
) -> Error | OkResponse | None:
    """Remove an account

     Requests signed with the key answer `GET_ACCOUNT_UNKNOWN_AUTH_KEY` from then on (its data stays
    until a reset). An account cannot remove itself (`EMULATOR_ACCOUNT_IN_USE`, 409).

    Args:
        key (str):
        params (str): JSON-encoded request params (an `AssemblyParams`, `ReplayAssemblyParams`,
            `ListAssembliesParams`, `ReplayNotificationParams` or `ListNotificationsParams` object,
            and so on). The signature covers exactly this string as sent, e.g.
            `{"auth":{"key":"emulator-key","expires":"2099/01/01 00:00:00+00:00"}}`.
        signature (str | Unset): `<algorithm>:<hex HMAC of params>`; a bare 40-character hex
            string is legacy `sha1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OkResponse
    """

    return (
        await asyncio_detailed(
            key=key,
            client=client,
            params=params,
            signature=signature,
        )
    ).parsed
