from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_key_response import AuthKeyResponse
from ...models.error import Error
from ...models.signed_multipart_form import SignedMultipartForm
from ...models.signed_urlencoded_form import SignedUrlencodedForm
from ...types import Response


def _get_kwargs(
    auth_key_id: str,
    *,
    body: SignedMultipartForm | SignedUrlencodedForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/auth_keys/{auth_key_id}".format(
            auth_key_id=quote(str(auth_key_id), safe=""),
        ),
    }

    if isinstance(body, SignedMultipartForm):
        _kwargs["files"] = body.to_multipart()

    if isinstance(body, SignedUrlencodedForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthKeyResponse | Error | None:
    if response.status_code == 200:
        response_200 = AuthKeyResponse.from_dict(response.json())

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
) -> Response[AuthKeyResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    auth_key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignedMultipartForm | SignedUrlencodedForm,
) -> Response[AuthKeyResponse | Error]:
    """Edit an Auth Key

     Changes the key's `description` and/or `scopes`; what is not given stays. Scopes taken away
    are refused (`INSUFFICIENT_AUTH_SCOPE`) from the next request signed with the key.

    Args:
        auth_key_id (str):
        body (SignedMultipartForm):
        body (SignedUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthKeyResponse | Error]
    """

    kwargs = _get_kwargs(
        auth_key_id=auth_key_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    auth_key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignedMultipartForm | SignedUrlencodedForm,
) -> AuthKeyResponse | Error | None:
    """Edit an Auth Key

     Changes the key's `description` and/or `scopes`; what is not given stays. Scopes taken away
    are refused (`INSUFFICIENT_AUTH_SCOPE`) from the next request signed with the key.

    Args:
        auth_key_id (str):
        body (SignedMultipartForm):
        body (SignedUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthKeyResponse | Error
    """

    return sync_detailed(
        auth_key_id=auth_key_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    auth_key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignedMultipartForm | SignedUrlencodedForm,
) -> Response[AuthKeyResponse | Error]:
    """Edit an Auth Key

     Changes the key's `description` and/or `scopes`; what is not given stays. Scopes taken away
    are refused (`INSUFFICIENT_AUTH_SCOPE`) from the next request signed with the key.

    Args:
        auth_key_id (str):
        body (SignedMultipartForm):
        body (SignedUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthKeyResponse | Error]
    """

    kwargs = _get_kwargs(
        auth_key_id=auth_key_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    auth_key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignedMultipartForm | SignedUrlencodedForm,
) -> AuthKeyResponse | Error | None:
    """Edit an Auth Key

     Changes the key's `description` and/or `scopes`; what is not given stays. Scopes taken away
    are refused (`INSUFFICIENT_AUTH_SCOPE`) from the next request signed with the key.

    Args:
        auth_key_id (str):
        body (SignedMultipartForm):
        body (SignedUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthKeyResponse | Error
    """

    return (
        await asyncio_detailed(
            auth_key_id=auth_key_id,
            client=client,
            body=body,
        )
    ).parsed
