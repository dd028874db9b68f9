from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.signed_multipart_form import SignedMultipartForm
from ...models.signed_urlencoded_form import SignedUrlencodedForm
from ...models.template import Template
from ...types import Response


def _get_kwargs(
    template_id: str,
    *,
    body: SignedMultipartForm | SignedUrlencodedForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/templates/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Template]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignedMultipartForm | SignedUrlencodedForm,
) -> Response[Error | Template]:
    """Edit a Template

     Changes the Template's `name`, `template` and/or `require_signature_auth`; what is not given
    stays as it was.

    Args:
        template_id (str):
        body (SignedMultipartForm):
        body (SignedUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Template]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignedMultipartForm | SignedUrlencodedForm,
) -> Error | Template | None:
    """Edit a Template

     Changes the Template's `name`, `template` and/or `require_signature_auth`; what is not given
    stays as it was.

    Args:
        template_id (str):
        body (SignedMultipartForm):
        body (SignedUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Template
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignedMultipartForm | SignedUrlencodedForm,
) -> Response[Error | Template]:
    """Edit a Template

     Changes the Template's `name`, `template` and/or `require_signature_auth`; what is not given
    stays as it was.

    Args:
        template_id (str):
        body (SignedMultipartForm):
        body (SignedUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Template]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignedMultipartForm | SignedUrlencodedForm,
) -> Error | Template | None:
    """Edit a Template

     Changes the Template's `name`, `template` and/or `require_signature_auth`; what is not given
    stays as it was.

    Args:
        template_id (str):
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
            template_id=template_id,
            client=client,
            body=body,
        )
    ).parsed
