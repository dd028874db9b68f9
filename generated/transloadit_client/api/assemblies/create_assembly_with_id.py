from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assembly_status import AssemblyStatus
from ...models.create_assembly_multipart_form import CreateAssemblyMultipartForm
from ...models.create_assembly_urlencoded_form import CreateAssemblyUrlencodedForm
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    assembly_id: str,
    *,
    body: CreateAssemblyMultipartForm | CreateAssemblyUrlencodedForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assemblies/{assembly_id}".format(
            assembly_id=quote(str(assembly_id), safe=""),
        ),
    }

    if isinstance(body, CreateAssemblyMultipartForm):
        _kwargs["files"] = body.to_multipart()

    if isinstance(body, CreateAssemblyUrlencodedForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AssemblyStatus | Error | None:
    if response.status_code == 200:
        response_200 = AssemblyStatus.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssemblyStatus | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assembly_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAssemblyMultipartForm | CreateAssemblyUrlencodedForm,
) -> Response[AssemblyStatus | Error]:
    """Create an Assembly with a client-chosen id

     Same as `createAssembly`, with the Assembly id chosen by the client (32 lowercase hex
    characters), as the official Node SDK does. Reusing an id answers `DO_NOT_REUSE_ASSEMBLY_IDS`.

    Args:
        assembly_id (str):
        body (CreateAssemblyMultipartForm):
        body (CreateAssemblyUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssemblyStatus | Error]
    """

    kwargs = _get_kwargs(
        assembly_id=assembly_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assembly_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAssemblyMultipartForm | CreateAssemblyUrlencodedForm,
) -> AssemblyStatus | Error | None:
    """Create an Assembly with a client-chosen id

     Same as `createAssembly`, with the Assembly id chosen by the client (32 lowercase hex
    characters), as the official Node SDK does. Reusing an id answers `DO_NOT_REUSE_ASSEMBLY_IDS`.

    Args:
        assembly_id (str):
        body (CreateAssemblyMultipartForm):
        body (CreateAssemblyUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssemblyStatus | Error
    """

    return sync_detailed(
        assembly_id=assembly_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    assembly_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAssemblyMultipartForm | CreateAssemblyUrlencodedForm,
) -> Response[AssemblyStatus | Error]:
    """Create an Assembly with a client-chosen id

     Same as `createAssembly`, with the Assembly id chosen by the client (32 lowercase hex
    characters), as the official Node SDK does. Reusing an id answers `DO_NOT_REUSE_ASSEMBLY_IDS`.

    Args:
        assembly_id (str):
        body (CreateAssemblyMultipartForm):
        body (CreateAssemblyUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssemblyStatus | Error]
    """

    kwargs = _get_kwargs(
        assembly_id=assembly_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assembly_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAssemblyMultipartForm | CreateAssemblyUrlencodedForm,
) -> AssemblyStatus | Error | None:
    """Create an Assembly with a client-chosen id

     Same as `createAssembly`, with the Assembly id chosen by the client (32 lowercase hex
    characters), as the official Node SDK does. Reusing an id answers `DO_NOT_REUSE_ASSEMBLY_IDS`.

    Args:
        assembly_id (str):
        body (CreateAssemblyMultipartForm):
        body (CreateAssemblyUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssemblyStatus | Error
    """

    return (
        await asyncio_detailed(
            assembly_id=assembly_id,
            client=client,
            body=body,
        )
    ).parsed
