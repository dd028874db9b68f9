from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.notification_replay import NotificationReplay
from ...models.replay_notification_multipart_form import ReplayNotificationMultipartForm
from ...models.replay_notification_urlencoded_form import ReplayNotificationUrlencodedForm
from ...types import Response


def _get_kwargs(
    assembly_id: str,
    *,
    body: ReplayNotificationMultipartForm | ReplayNotificationUrlencodedForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assembly_notifications/{assembly_id}/replay".format(
            assembly_id=quote(str(assembly_id), safe=""),
        ),
    }

    if isinstance(body, ReplayNotificationMultipartForm):
        _kwargs["files"] = body.to_multipart()

    if isinstance(body, ReplayNotificationUrlencodedForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | NotificationReplay | None:
    if response.status_code == 200:
        response_200 = NotificationReplay.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 502:
        response_502 = Error.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | NotificationReplay]:
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
    body: ReplayNotificationMultipartForm | ReplayNotificationUrlencodedForm,
) -> Response[Error | NotificationReplay]:
    """Replay an Assembly Notification

     Sends the finished Assembly's Notification again, to `params.notify_url` when given (the
    status keeps its own `notify_url`) or else to the Assembly's. With `wait` true (the default;
    in `params` or as a form field) the answer comes once delivery has succeeded
    (`ASSEMBLY_NOTIFICATION_REPLAYED`) or its retries are spent (`ASSEMBLY_NOTIFICATION_NOT_REPLAYED`);
    with `wait` false it comes at once (`ASSEMBLY_NOTIFICATION_REPLAYING`). See
    `ReplayNotificationParams` and the `assemblyNotification` webhook.

    Args:
        assembly_id (str):
        body (ReplayNotificationMultipartForm):
        body (ReplayNotificationUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NotificationReplay]
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
    body: ReplayNotificationMultipartForm | ReplayNotificationUrlencodedForm,
) -> Error | NotificationReplay | None:
    """Replay an Assembly Notification

     Sends the finished Assembly's Notification again, to `params.notify_url` when given (the
    status keeps its own `notify_url`) or else to the Assembly's. With `wait` true (the default;
    in `params` or as a form field) the answer comes once delivery has succeeded
    (`ASSEMBLY_NOTIFICATION_REPLAYED`) or its retries are spent (`ASSEMBLY_NOTIFICATION_NOT_REPLAYED`);
    with `wait` false it comes at once (`ASSEMBLY_NOTIFICATION_REPLAYING`). See
    `ReplayNotificationParams` and the `assemblyNotification` webhook.

    Args:
        assembly_id (str):
        body (ReplayNotificationMultipartForm):
        body (ReplayNotificationUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NotificationReplay
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
    body: ReplayNotificationMultipartForm | ReplayNotificationUrlencodedForm,
) -> Response[Error | NotificationReplay]:
    """Replay an Assembly Notification

     Sends the finished Assembly's Notification again, to `params.notify_url` when given (the
    status keeps its own `notify_url`) or else to the Assembly's. With `wait` true (the default;
    in `params` or as a form field) the answer comes once delivery has succeeded
    (`ASSEMBLY_NOTIFICATION_REPLAYED`) or its retries are spent (`ASSEMBLY_NOTIFICATION_NOT_REPLAYED`);
    with `wait` false it comes at once (`ASSEMBLY_NOTIFICATION_REPLAYING`). See
    `ReplayNotificationParams` and the `assemblyNotification` webhook.

    Args:
        assembly_id (str):
        body (ReplayNotificationMultipartForm):
        body (ReplayNotificationUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NotificationReplay]
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
    body: ReplayNotificationMultipartForm | ReplayNotificationUrlencodedForm,
) -> Error | NotificationReplay | None:
    """Replay an Assembly Notification

     Sends the finished Assembly's Notification again, to `params.notify_url` when given (the
    status keeps its own `notify_url`) or else to the Assembly's. With `wait` true (the default;
    in `params` or as a form field) the answer comes once delivery has succeeded
    (`ASSEMBLY_NOTIFICATION_REPLAYED`) or its retries are spent (`ASSEMBLY_NOTIFICATION_NOT_REPLAYED`);
    with `wait` false it comes at once (`ASSEMBLY_NOTIFICATION_REPLAYING`). See
    `ReplayNotificationParams` and the `assemblyNotification` webhook.

    Args:
        assembly_id (str):
        body (ReplayNotificationMultipartForm):
        body (ReplayNotificationUrlencodedForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NotificationReplay
    """

    return (
        await asyncio_detailed(
            assembly_id=assembly_id,
            client=client,
            body=body,
        )
    ).parsed
