from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.oauth_validation import OauthValidation
from ...models.signed_multipart_form import SignedMultipartForm
from ...models.signed_urlencoded_form import SignedUrlencodedForm
from ...types import Response


def _get_kwargs(
    *,
    body: SignedMultipartForm | SignedUrlencodedForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/template_credentials/validateOauthOnCreate",
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
) -> Error | OauthValidation | None:
    if response.status_code == 200:
        response_200 = OauthValidation.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OauthValidation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignedMultipartForm | SignedUrlencodedForm,
) -> Response[Error | OauthValidation]:
    """Check an OAuth Template Credential before creating it

     Before sending a user through a provider's OAuth consent, checks that a credential of
    `type` (an OAuth type: `dropbox`, `vimeo`, `youtube`) could be created under `name`: the
    type takes OAuth tokens, the name is well formed and not taken. Nothing is stored.

    Args:
        body (SignedMultipartForm):
        body (SignedUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OauthValidation]
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
    body: SignedMultipartForm | SignedUrlencodedForm,
) -> Error | OauthValidation | None:
    """Check an OAuth Template Credential before creating it

     Before sending a user through a provider's OAuth consent, checks that a credential of
    `type` (an OAuth type: `dropbox`, `vimeo`, `youtube`) could be created under `name`: the
    type takes OAuth tokens, the name is well formed and not taken. Nothing is stored.

    Args:
        body (SignedMultipartForm):
        body (SignedUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OauthValidation
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignedMultipartForm | SignedUrlencodedForm,
) -> Response[Error | OauthValidation]:
    """Check an OAuth Template Credential before creating it

     Before sending a user through a provider's OAuth consent, checks that a credential of
    `type` (an OAuth type: `dropbox`, `vimeo`, `youtube`) could be created under `name`: the
    type takes OAuth tokens, the name is well formed and not taken. Nothing is stored.

    Args:
        body (SignedMultipartForm):
        body (SignedUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OauthValidation]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SignedMultipartForm | SignedUrlencodedForm,
) -> Error | OauthValidation | None:
    """Check an OAuth Template Credential before creating it

     Before sending a user through a provider's OAuth consent, checks that a credential of
    `type` (an OAuth type: `dropbox`, `vimeo`, `youtube`) could be created under `name`: the
    type takes OAuth tokens, the name is well formed and not taken. Nothing is stored.

    Args:
        body (SignedMultipartForm):
        body (SignedUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OauthValidation
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
