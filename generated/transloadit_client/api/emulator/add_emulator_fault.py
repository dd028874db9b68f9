from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.emulator_fault_added import EmulatorFaultAdded
from ...models.error import Error
from ...models.signed_multipart_form import SignedMultipartForm
from ...models.signed_urlencoded_form import SignedUrlencodedForm
from ...types import Response


def _get_kwargs(
    *,
    body: SignedUrlencodedForm | SignedMultipartForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_emulator/faults",
    }

    if isinstance(body, SignedUrlencodedForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if isinstance(body, SignedMultipartForm):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmulatorFaultAdded | Error | None:
    if response.status_code == 200:
        response_200 = EmulatorFaultAdded.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmulatorFaultAdded | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignedUrlencodedForm | SignedMultipartForm,
) -> Response[EmulatorFaultAdded | Error]:
    """Arm a fault

     `params` describes the fault; it acts on its next `count` matches (default 1, at most 10,000),
    then disarms itself. `kind`:

    - `job`: the next jobs of a robot (`robot`, e.g. `/image/resize`) and/or of a Step (`step`,
      its name; neither: every job) take `delay` more seconds (at most 600) and/or fail with the
      code `error` and `message`, as the robot would have failed (`ignore_errors` applies). A
      Step whose robot gets no input files runs no job.
    - `creation`: the next Assembly creations answer `RATE_LIMIT_REACHED` (429, with
      `Retry-After`: `delay` rounded up, at least 1).
    - `delivery`: the next Notification attempts fail as if the receiver were unreachable
      (`mode: fail`, the default; retries follow as usual) or wait `delay` seconds before being sent
      (`mode: hang`; the Notification shows as pending in the outbox meanwhile).
    - `ending`: the next Assemblies that end (complete, fail or are canceled; `ending`: only
      those whose `ok` or `error` is this code) wait `delay` seconds just before that final state
      is written, in the process that writes it (a cluster's worker, or the API process that
      cancels). A race between a completion and a cancel can so be played out in either order:
      the state written first wins, the other is dropped, and the Notification is sent once.

    In a cluster (`--queue`) the faults are shared: armed through any API process, they act
    in whichever API process or worker meets the next match.

    Args:
        body (SignedUrlencodedForm):
        body (SignedMultipartForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmulatorFaultAdded | Error]
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
    body: SignedUrlencodedForm | SignedMultipartForm,
) -> EmulatorFaultAdded | Error | None:
    """Arm a fault

     `params` describes the fault; it acts on its next `count` matches (default 1, at most 10,000),
    then disarms itself. `kind`:

    - `job`: the next jobs of a robot (`robot`, e.g. `/image/resize`) and/or of a Step (`step`,
      its name; neither: every job) take `delay` more seconds (at most 600) and/or fail with the
      code `error` and `message`, as the robot would have failed (`ignore_errors` applies). A
      Step whose robot gets no input files runs no job.
    - `creation`: the next Assembly creations answer `RATE_LIMIT_REACHED` (429, with
      `Retry-After`: `delay` rounded up, at least 1).
    - `delivery`: the next Notification attempts fail as if the receiver were unreachable
      (`mode: fail`, the default; retries follow as usual) or wait `delay` seconds before being sent
      (`mode: hang`; the Notification shows as pending in the outbox meanwhile).
    - `ending`: the next Assemblies that end (complete, fail or are canceled; `ending`: only
      those whose `ok` or `error` is this code) wait `delay` seconds just before that final state
      is written, in the process that writes it (a cluster's worker, or the API process that
      cancels). A race between a completion and a cancel can so be played out in either order:
      the state written first wins, the other is dropped, and the Notification is sent once.

    In a cluster (`--queue`) the faults are shared: armed through any API process, they act
    in whichever API process or worker meets the next match.

    Args:
        body (SignedUrlencodedForm):
        body (SignedMultipartForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmulatorFaultAdded | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignedUrlencodedForm | SignedMultipartForm,
) -> Response[EmulatorFaultAdded | Error]:
    """Arm a fault

     `params` describes the fault; it acts on its next `count` matches (default 1, at most 10,000),
    then disarms itself. `kind`:

    - `job`: the next jobs of a robot (`robot`, e.g. `/image/resize`) and/or of a Step (`step`,
      its name; neither: every job) take `delay` more seconds (at most 600) and/or fail with the
      code `error` and `message`, as the robot would have failed (`ignore_errors` applies). A
      Step whose robot gets no input files runs no job.
    - `creation`: the next Assembly creations answer `RATE_LIMIT_REACHED` (429, with
      `Retry-After`: `delay` rounded up, at least 1).
    - `delivery`: the next Notification attempts fail as if the receiver were unreachable
      (`mode: fail`, the default; retries follow as usual) or wait `delay` seconds before being sent
      (`mode: hang`; the Notification shows as pending in the outbox meanwhile).
    - `ending`: the next Assemblies that end (complete, fail or are canceled; `ending`: only
      those whose `ok` or `error` is this code) wait `delay` seconds just before that final state
      is written, in the process that writes it (a cluster's worker, or the API process that
      cancels). A race between a completion and a cancel can so be played out in either order:
      the state written first wins, the other is dropped, and the Notification is sent once.

    In a cluster (`--queue`) the faults are shared: armed through any API process, they act
    in whichever API process or worker meets the next match.

    Args:
        body (SignedUrlencodedForm):
        body (SignedMultipartForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmulatorFaultAdded | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SignedUrlencodedForm | SignedMultipartForm,
) -> EmulatorFaultAdded | Error | None:
    """Arm a fault

     `params` describes the fault; it acts on its next `count` matches (default 1, at most 10,000),
    then disarms itself. `kind`:

    - `job`: the next jobs of a robot (`robot`, e.g. `/image/resize`) and/or of a Step (`step`,
      its name; neither: every job) take `delay` more seconds (at most 600) and/or fail with the
      code `error` and `message`, as the robot would have failed (`ignore_errors` applies). A
      Step whose robot gets no input files runs no job.
    - `creation`: the next Assembly creations answer `RATE_LIMIT_REACHED` (429, with
      `Retry-After`: `delay` rounded up, at least 1).
    - `delivery`: the next Notification attempts fail as if the receiver were unreachable
      (`mode: fail`, the default; retries follow as usual) or wait `delay` seconds before being sent
      (`mode: hang`; the Notification shows as pending in the outbox meanwhile).
    - `ending`: the next Assemblies that end (complete, fail or are canceled; `ending`: only
      those whose `ok` or `error` is this code) wait `delay` seconds just before that final state
      is written, in the process that writes it (a cluster's worker, or the API process that
      cancels). A race between a completion and a cancel can so be played out in either order:
      the state written first wins, the other is dropped, and the Notification is sent once.

    In a cluster (`--queue`) the faults are shared: armed through any API process, they act
    in whichever API process or worker meets the next match.

    Args:
        body (SignedUrlencodedForm):
        body (SignedMultipartForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmulatorFaultAdded | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
