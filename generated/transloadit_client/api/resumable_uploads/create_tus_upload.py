from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_tus_upload_tus_resumable import CreateTusUploadTusResumable
from ...models.create_tus_upload_upload_defer_length import CreateTusUploadUploadDeferLength
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    tus_resumable: CreateTusUploadTusResumable,
    upload_length: int | Unset = UNSET,
    upload_defer_length: CreateTusUploadUploadDeferLength | Unset = UNSET,
    upload_metadata: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Tus-Resumable"] = str(tus_resumable)

    if not isinstance(upload_length, Unset):
        headers["Upload-Length"] = str(upload_length)

    if not isinstance(upload_defer_length, Unset):
        headers["Upload-Defer-Length"] = str(upload_defer_length)

    if not isinstance(upload_metadata, Unset):
        headers["Upload-Metadata"] = upload_metadata

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resumable/files/",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Error.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    tus_resumable: CreateTusUploadTusResumable,
    upload_length: int | Unset = UNSET,
    upload_defer_length: CreateTusUploadUploadDeferLength | Unset = UNSET,
    upload_metadata: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Create a resumable upload

     Exactly one of `Upload-Length` and `Upload-Defer-Length: 1` is required. The answer's
    `Location` is the upload URL for HEAD, PATCH and DELETE.

    Args:
        tus_resumable (CreateTusUploadTusResumable):
        upload_length (int | Unset):
        upload_defer_length (CreateTusUploadUploadDeferLength | Unset):
        upload_metadata (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        tus_resumable=tus_resumable,
        upload_length=upload_length,
        upload_defer_length=upload_defer_length,
        upload_metadata=upload_metadata,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    tus_resumable: CreateTusUploadTusResumable,
    upload_length: int | Unset = UNSET,
    upload_defer_length: CreateTusUploadUploadDeferLength | Unset = UNSET,
    upload_metadata: str | Unset = UNSET,
) -> Any | Error | None:
    """Create a resumable upload

     Exactly one of `Upload-Length` and `Upload-Defer-Length: 1` is required. The answer's
    `Location` is the upload URL for HEAD, PATCH and DELETE.

    Args:
        tus_resumable (CreateTusUploadTusResumable):
        upload_length (int | Unset):
        upload_defer_length (CreateTusUploadUploadDeferLength | Unset):
        upload_metadata (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client=client,
        tus_resumable=tus_resumable,
        upload_length=upload_length,
        upload_defer_length=upload_defer_length,
        upload_metadata=upload_metadata,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    tus_resumable: CreateTusUploadTusResumable,
    upload_length: int | Unset = UNSET,
    upload_defer_length: CreateTusUploadUploadDeferLength | Unset = UNSET,
    upload_metadata: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Create a resumable upload

     Exactly one of `Upload-Length` and `Upload-Defer-Length: 1` is required. The answer's
    `Location` is the upload URL for HEAD, PATCH and DELETE.

    Args:
        tus_resumable (CreateTusUploadTusResumable):
        upload_length (int | Unset):
        upload_defer_length (CreateTusUploadUploadDeferLength | Unset):
        upload_metadata (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        tus_resumable=tus_resumable,
        upload_length=upload_length,
        upload_defer_length=upload_defer_length,
        upload_metadata=upload_metadata,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    tus_resumable: CreateTusUploadTusResumable,
    upload_length: int | Unset = UNSET,
    upload_defer_length: CreateTusUploadUploadDeferLength | Unset = UNSET,
    upload_metadata: str | Unset = UNSET,
) -> Any | Error | None:
    """Create a resumable upload

     Exactly one of `Upload-Length` and `Upload-Defer-Length: 1` is required. The answer's
    `Location` is the upload URL for HEAD, PATCH and DELETE.

    Args:
        tus_resumable (CreateTusUploadTusResumable):
        upload_length (int | Unset):
        upload_defer_length (CreateTusUploadUploadDeferLength | Unset):
        upload_metadata (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            tus_resumable=tus_resumable,
            upload_length=upload_length,
            upload_defer_length=upload_defer_length,
            upload_metadata=upload_metadata,
        )
    ).parsed
