from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    workspace: str,
    template: str,
    input_: str,
    *,
    auth_key: str | Unset = UNSET,
    exp: str | Unset = UNSET,
    sig: str | Unset = UNSET,
) -> dict[str, Any]:

    query_params_: dict[str, Any] = {}

    query_params_["auth_key"] = auth_key

    query_params_["exp"] = exp

    query_params_["sig"] = sig

    query_params_ = {k: v for k, v in query_params_.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_smartcdn/{workspace}/{template}/{input_}".format(
            workspace=quote(str(workspace), safe=""),
            template=quote(str(template), safe=""),
            input_=quote(str(input_), safe=""),
        ),
        "params": query_params_,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | File:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace: str,
    template: str,
    input_: str,
    *,
    client: AuthenticatedClient | Client,
    auth_key: str | Unset = UNSET,
    exp: str | Unset = UNSET,
    sig: str | Unset = UNSET,
) -> Response[Error | File]:
    """Serve a signed Smart CDN URL (the emulator's tlcdn.com)

     The emulator's stand-in for `https://{workspace}.tlcdn.com/{template}/{input}`. Point an SDK's
    Smart CDN signer at it with `baseUrl: "<emulator>/_smartcdn/{workspace}"` (the Node SDK's
    `getSignedSmartCDNUrl`, the kit's `smart_cdn_url`): the signature covers
    `{workspace}/{template}/{input}?{sorted query}` whatever the host, so the same URL signed for
    tlcdn.com verifies here. The `/_smartcdn/` prefix cannot collide with an API path (none begins
    with `_`) and needs no DNS for a workspace host name.

    The emulator checks `auth_key`, `exp` (milliseconds since the epoch) and `sig`
    (`sha256:<hex>` of HMAC-SHA256 with the key's secret), runs the Template (by name or id) with
    `${fields.input}` set to the input and every other query param as a field (an import Step
    fetches the input; an input naming a stored file, `<assembly_id>/<file_id>/<name>`, is also the
    Assembly's upload), and answers with the first file of its `/file/serve` Step and that Step's
    headers (`Cache-Control` from `cache_duration`, default `public, max-age=259200, s-maxage=86400`;
    `headers`; `download_name`). The result is cached for its `s-maxage`: the same URL (also signed
    again with another `exp`) runs nothing until then. An Assembly that fails answers its own error.

    Args:
        workspace (str):
        template (str):
        input_ (str):
        auth_key (str | Unset):
        exp (str | Unset):
        sig (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        workspace=workspace,
        template=template,
        input_=input_,
        auth_key=auth_key,
        exp=exp,
        sig=sig,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    template: str,
    input_: str,
    *,
    client: AuthenticatedClient | Client,
    auth_key: str | Unset = UNSET,
    exp: str | Unset = UNSET,
    sig: str | Unset = UNSET,
) -> Error | File | None:
    """Serve a signed Smart CDN URL (the emulator's tlcdn.com)

     The emulator's stand-in for `https://{workspace}.tlcdn.com/{template}/{input}`. Point an SDK's
    Smart CDN signer at it with `baseUrl: "<emulator>/_smartcdn/{workspace}"` (the Node SDK's
    `getSignedSmartCDNUrl`, the kit's `smart_cdn_url`): the signature covers
    `{workspace}/{template}/{input}?{sorted query}` whatever the host, so the same URL signed for
    tlcdn.com verifies here. The `/_smartcdn/` prefix cannot collide with an API path (none begins
    with `_`) and needs no DNS for a workspace host name.

    The emulator checks `auth_key`, `exp` (milliseconds since the epoch) and `sig`
    (`sha256:<hex>` of HMAC-SHA256 with the key's secret), runs the Template (by name or id) with
    `${fields.input}` set to the input and every other query param as a field (an import Step
    fetches the input; an input naming a stored file, `<assembly_id>/<file_id>/<name>`, is also the
    Assembly's upload), and answers with the first file of its `/file/serve` Step and that Step's
    headers (`Cache-Control` from `cache_duration`, default `public, max-age=259200, s-maxage=86400`;
    `headers`; `download_name`). The result is cached for its `s-maxage`: the same URL (also signed
    again with another `exp`) runs nothing until then. An Assembly that fails answers its own error.

    Args:
        workspace (str):
        template (str):
        input_ (str):
        auth_key (str | Unset):
        exp (str | Unset):
        sig (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return sync_detailed(
        workspace=workspace,
        template=template,
        input_=input_,
        client=client,
        auth_key=auth_key,
        exp=exp,
        sig=sig,
    ).parsed


async def asyncio_detailed(
    workspace: str,
    template: str,
    input_: str,
    *,
    client: AuthenticatedClient | Client,
    auth_key: str | Unset = UNSET,
    exp: str | Unset = UNSET,
    sig: str | Unset = UNSET,
) -> Response[Error | File]:
    """Serve a signed Smart CDN URL (the emulator's tlcdn.com)

     The emulator's stand-in for `https://{workspace}.tlcdn.com/{template}/{input}`. Point an SDK's
    Smart CDN signer at it with `baseUrl: "<emulator>/_smartcdn/{workspace}"` (the Node SDK's
    `getSignedSmartCDNUrl`, the kit's `smart_cdn_url`): the signature covers
    `{workspace}/{template}/{input}?{sorted query}` whatever the host, so the same URL signed for
    tlcdn.com verifies here. The `/_smartcdn/` prefix cannot collide with an API path (none begins
    with `_`) and needs no DNS for a workspace host name.

    The emulator checks `auth_key`, `exp` (milliseconds since the epoch) and `sig`
    (`sha256:<hex>` of HMAC-SHA256 with the key's secret), runs the Template (by name or id) with
    `${fields.input}` set to the input and every other query param as a field (an import Step
    fetches the input; an input naming a stored file, `<assembly_id>/<file_id>/<name>`, is also the
    Assembly's upload), and answers with the first file of its `/file/serve` Step and that Step's
    headers (`Cache-Control` from `cache_duration`, default `public, max-age=259200, s-maxage=86400`;
    `headers`; `download_name`). The result is cached for its `s-maxage`: the same URL (also signed
    again with another `exp`) runs nothing until then. An Assembly that fails answers its own error.

    Args:
        workspace (str):
        template (str):
        input_ (str):
        auth_key (str | Unset):
        exp (str | Unset):
        sig (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        workspace=workspace,
        template=template,
        input_=input_,
        auth_key=auth_key,
        exp=exp,
        sig=sig,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    template: str,
    input_: str,
    *,
    client: AuthenticatedClient | Client,
    auth_key: str | Unset = UNSET,
    exp: str | Unset = UNSET,
    sig: str | Unset = UNSET,
) -> Error | File | None:
    """Serve a signed Smart CDN URL (the emulator's tlcdn.com)

     The emulator's stand-in for `https://{workspace}.tlcdn.com/{template}/{input}`. Point an SDK's
    Smart CDN signer at it with `baseUrl: "<emulator>/_smartcdn/{workspace}"` (the Node SDK's
    `getSignedSmartCDNUrl`, the kit's `smart_cdn_url`): the signature covers
    `{workspace}/{template}/{input}?{sorted query}` whatever the host, so the same URL signed for
    tlcdn.com verifies here. The `/_smartcdn/` prefix cannot collide with an API path (none begins
    with `_`) and needs no DNS for a workspace host name.

    The emulator checks `auth_key`, `exp` (milliseconds since the epoch) and `sig`
    (`sha256:<hex>` of HMAC-SHA256 with the key's secret), runs the Template (by name or id) with
    `${fields.input}` set to the input and every other query param as a field (an import Step
    fetches the input; an input naming a stored file, `<assembly_id>/<file_id>/<name>`, is also the
    Assembly's upload), and answers with the first file of its `/file/serve` Step and that Step's
    headers (`Cache-Control` from `cache_duration`, default `public, max-age=259200, s-maxage=86400`;
    `headers`; `download_name`). The result is cached for its `s-maxage`: the same URL (also signed
    again with another `exp`) runs nothing until then. An Assembly that fails answers its own error.

    Args:
        workspace (str):
        template (str):
        input_ (str):
        auth_key (str | Unset):
        exp (str | Unset):
        sig (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return (
        await asyncio_detailed(
            workspace=workspace,
            template=template,
            input_=input_,
            client=client,
            auth_key=auth_key,
            exp=exp,
            sig=sig,
        )
    ).parsed
