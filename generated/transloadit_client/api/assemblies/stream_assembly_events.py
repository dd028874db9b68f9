from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assembly_event import AssemblyEvent
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    *,
    assembly: str,
) -> dict[str, Any]:

    query_params_: dict[str, Any] = {}

    query_params_["assembly"] = assembly

    query_params_ = {k: v for k, v in query_params_.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ws",
        "params": query_params_,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AssemblyEvent | Error | None:
    if response.status_code == 200:
        response_200 = AssemblyEvent.from_dict(response.text)

        return response_200

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssemblyEvent | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    assembly: str,
) -> Response[AssemblyEvent | Error]:
    """Follow an Assembly live (Server-Sent Events)

     The `update_stream_url` (`websocket_url?assembly=ID`). Plain `message` events carry
    `assembly_uploading_finished`, `assembly_upload_meta_data_extracted` or `assembly_finished`;
    named events are `assembly_upload_finished` (the upload), `assembly_result_finished`
    (`[step, result]`), `assembly_execution_progress` and `assembly_error` (the status). The stream
    starts with the events that bring a new listener up to date and ends after `assembly_finished`
    or `assembly_error`.

    Args:
        assembly (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssemblyEvent | Error]
    """

    kwargs = _get_kwargs(
        assembly=assembly,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    assembly: str,
) -> AssemblyEvent | Error | None:
    """Follow an Assembly live (Server-Sent Events)

     The `update_stream_url` (`websocket_url?assembly=ID`). Plain `message` events carry
    `assembly_uploading_finished`, `assembly_upload_meta_data_extracted` or `assembly_finished`;
    named events are `assembly_upload_finished` (the upload), `assembly_result_finished`
    (`[step, result]`), `assembly_execution_progress` and `assembly_error` (the status). The stream
    starts with the events that bring a new listener up to date and ends after `assembly_finished`
    or `assembly_error`.

    Args:
        assembly (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssemblyEvent | Error
    """

    return sync_detailed(
        client=client,
        assembly=assembly,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    assembly: str,
) -> Response[AssemblyEvent | Error]:
    """Follow an Assembly live (Server-Sent Events)

     The `update_stream_url` (`websocket_url?assembly=ID`). Plain `message` events carry
    `assembly_uploading_finished`, `assembly_upload_meta_data_extracted` or `assembly_finished`;
    named events are `assembly_upload_finished` (the upload), `assembly_result_finished`
    (`[step, result]`), `assembly_execution_progress` and `assembly_error` (the status). The stream
    starts with the events that bring a new listener up to date and ends after `assembly_finished`
    or `assembly_error`.

    Args:
        assembly (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssemblyEvent | Error]
    """

    kwargs = _get_kwargs(
        assembly=assembly,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    assembly: str,
) -> AssemblyEvent | Error | None:
    """Follow an Assembly live (Server-Sent Events)

     The `update_stream_url` (`websocket_url?assembly=ID`). Plain `message` events carry
    `assembly_uploading_finished`, `assembly_upload_meta_data_extracted` or `assembly_finished`;
    named events are `assembly_upload_finished` (the upload), `assembly_result_finished`
    (`[step, result]`), `assembly_execution_progress` and `assembly_error` (the status). The stream
    starts with the events that bring a new listener up to date and ends after `assembly_finished`
    or `assembly_error`.

    Args:
        assembly (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssemblyEvent | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            assembly=assembly,
        )
    ).parsed
