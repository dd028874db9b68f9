from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.emulator_fault_list import EmulatorFaultList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    fault_id: str,
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
        "url": "/_emulator/faults/{fault_id}".format(
            fault_id=quote(str(fault_id), safe=""),
        ),
        "params": query_params_,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmulatorFaultList | Error | None:
    if response.status_code == 200:
        response_200 = EmulatorFaultList.from_dict(response.json())

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
) -> Response[EmulatorFaultList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    fault_id: str,
    *,
    client: AuthenticatedClient | Client,
    params: str,
    signature: str | Unset = UNSET,
) -> Response[EmulatorFaultList | Error]:
    """Disarm one fault

    Args:
        fault_id (str):
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
        Response[EmulatorFaultList | Error]
    """

    kwargs = _get_kwargs(
        fault_id=fault_id,
        params=params,
        signature=signature,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    fault_id: str,
    *,
    client: AuthenticatedClient | Client,
    params: str,
    signature: str | Unset = UNSET,
) -> EmulatorFaultList | Error | None:
    """Disarm one fault

    Args:
        fault_id (str):
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
        EmulatorFaultList | Error
    """

    return sync_detailed(
        fault_id=fault_id,
        client=client,
        params=params,
        signature=signature,
    ).parsed


async def asyncio_detailed(
    fault_id: str,
    *,
    client: AuthenticatedClient | Client,
    params: str,
    signature: str | Unset = UNSET,
) -> Response[EmulatorFaultList | Error]:
    """Disarm one fault

    Args:
        fault_id (str):
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
        Response[EmulatorFaultList | Error]
    """

    kwargs = _get_kwargs(
        fault_id=fault_id,
        params=params,
        signature=signature,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fault_id: str,
    *,
    client: AuthenticatedClient | Client,
    params: str,
    signature: str | Unset = UNSET,
) -> EmulatorFaultList | Error | None:
    """Disarm one fault

    Args:
        fault_id (str):
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
        EmulatorFaultList | Error
    """

    return (
        await asyncio_detailed(
            fault_id=fault_id,
            client=client,
            params=params,
            signature=signature,
        )
    ).parsed
