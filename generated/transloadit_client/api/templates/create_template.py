from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.signed_multipart_form import SignedMultipartForm
from ...models.signed_urlencoded_form import SignedUrlencodedForm
from ...models.template import Template
from ...types import Response


def _get_kwargs(
    *,
    body: SignedMultipartForm | SignedUrlencodedForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/templates",
    }

    if isinstance(body, SignedMultipartForm):
        _kwargs["files"] = body.to_multipart()

    if isinstance(body, SignedUrlencodedForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Template | None:
    if response.status_code == 200:
        response_200 = Template.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Template]:
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
) -> Response[Error | Template]:
    """Create a Template

     Saves Assembly Instructions under a name. `params` holds `name` (5–40 characters of
    lowercase letters, digits and dashes) and `template`: the instructions as a JSON string (as the
    API reference documents) or as an object (as the Node SDK and pytransloadit 2 send). As
    pytransloadit 1.x does, `steps` may instead sit at the top level of `params`. Optional:
    `require_signature_auth` (0/1). See `TemplateParams`.

    Args:
        body (SignedMultipartForm):
        body (SignedUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Template]
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
) -> Error | Template | None:
    """Create a Template

     Saves Assembly Instructions under a name. `params` holds `name` (5–40 characters of
    lowercase letters, digits and dashes) and `template`: the instructions as a JSON string (as the
    API reference documents) or as an object (as the Node SDK and pytransloadit 2 send). As
    pytransloadit 1.x does, `steps` may instead sit at the top level of `params`. Optional:
    `require_signature_auth` (0/1). See `TemplateParams`.

    Args:
        body (SignedMultipartForm):
        body (SignedUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Template
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignedMultipartForm | SignedUrlencodedForm,
) -> Response[Error | Template]:
    """Create a Template

     Saves Assembly Instructions under a name. `params` holds `name` (5–40 characters of
    lowercase letters, digits and dashes) and `template`: the instructions as a JSON string (as the
    API reference documents) or as an object (as the Node SDK and pytransloadit 2 send). As
    pytransloadit 1.x does, `steps` may instead sit at the top level of `params`. Optional:
    `require_signature_auth` (0/1). See `TemplateParams`.

    Args:
        body (SignedMultipartForm):
        body (SignedUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Template]
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
) -> Error | Template | None:
    """Create a Template

     Saves Assembly Instructions under a name. `params` holds `name` (5–40 characters of
    lowercase letters, digits and dashes) and `template`: the instructions as a JSON string (as the
    API reference documents) or as an object (as the Node SDK and pytransloadit 2 send). As
    pytransloadit 1.x does, `steps` may instead sit at the top level of `params`. Optional:
    `require_signature_auth` (0/1). See `TemplateParams`.

    Args:
        body (SignedMultipartForm):
        body (SignedUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Template
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
