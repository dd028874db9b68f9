from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import File, Response


def _get_kwargs(
    assembly_id: str,
    file_id: str,
    filename: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files/{assembly_id}/{file_id}/{filename}".format(
            assembly_id=quote(str(assembly_id), safe=""),
            file_id=quote(str(file_id), safe=""),
            filename=quote(str(filename), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 307:
        response_307 = cast(Any, None)
        return response_307

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assembly_id: str,
    file_id: str,
    filename: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error | File]:
    """Download an uploaded or result file

     The emulator serves every upload and result at the `url` / `ssl_url` of its file object:
    `ssl_url` on its TLS port (signed by the local CA under the data directory), `url` on plain HTTP.
    With files in an S3 bucket (`--storage s3://...`) it streams them from the bucket, or, with
    `--result-urls presigned`, redirects to a presigned bucket URL.

    Args:
        assembly_id (str):
        file_id (str):
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | File]
    """

    kwargs = _get_kwargs(
        assembly_id=assembly_id,
        file_id=file_id,
        filename=filename,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assembly_id: str,
    file_id: str,
    filename: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | File | None:
    """Download an uploaded or result file

     The emulator serves every upload and result at the `url` / `ssl_url` of its file object:
    `ssl_url` on its TLS port (signed by the local CA under the data directory), `url` on plain HTTP.
    With files in an S3 bucket (`--storage s3://...`) it streams them from the bucket, or, with
    `--result-urls presigned`, redirects to a presigned bucket URL.

    Args:
        assembly_id (str):
        file_id (str):
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | File
    """

    return sync_detailed(
        assembly_id=assembly_id,
        file_id=file_id,
        filename=filename,
        client=client,
    ).parsed


async def asyncio_detailed(
    assembly_id: str,
    file_id: str,
    filename: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error | File]:
    """Download an uploaded or result file

     The emulator serves every upload and result at the `url` / `ssl_url` of its file object:
    `ssl_url` on its TLS port (signed by the local CA under the data directory), `url` on plain HTTP.
    With files in an S3 bucket (`--storage s3://...`) it streams them from the bucket, or, with
    `--result-urls presigned`, redirects to a presigned bucket URL.

    Args:
        assembly_id (str):
        file_id (str):
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | File]
    """

    kwargs = _get_kwargs(
        assembly_id=assembly_id,
        file_id=file_id,
        filename=filename,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assembly_id: str,
    file_id: str,
    filename: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | File | None:
    """Download an uploaded or result file

     The emulator serves every upload and result at the `url` / `ssl_url` of its file object:
    `ssl_url` on its TLS port (signed by the local CA under the data directory), `url` on plain HTTP.
    With files in an S3 bucket (`--storage s3://...`) it streams them from the bucket, or, with
    `--result-urls presigned`, redirects to a presigned bucket URL.

    Args:
        assembly_id (str):
        file_id (str):
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | File
    """

    return (
        await asyncio_detailed(
            assembly_id=assembly_id,
            file_id=file_id,
            filename=filename,
            client=client,
        )
    ).parsed
