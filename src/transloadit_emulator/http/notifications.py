"""Assembly Notification endpoints: parse, call one service method, render."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from ..core.notifications import NotificationService
from .forms import read_form_fields, read_query, read_signed
from .render import json_bytes


def _service(request: Request) -> NotificationService:
    service: NotificationService = request.app.state.notifications
    return service


async def list_notifications(request: Request) -> Response:
    """GET /assembly_notifications"""
    return json_bytes(await run_in_threadpool(_service(request).list_notifications, read_query(request)))


async def list_assembly_notifications(request: Request) -> Response:
    """GET /assembly_notifications/{assembly_id}"""
    assembly_id = request.path_params["assembly_id"]
    service = _service(request)
    return json_bytes(await run_in_threadpool(service.list_assembly_notifications, assembly_id, read_query(request)))


async def replay_assembly_notification(request: Request) -> Response:
    """POST /assembly_notifications/{assembly_id}/replay (waits in a worker thread when asked to)."""
    signed = await read_signed(request)
    wait = (await read_form_fields(request, ("wait",)))["wait"]
    service = _service(request)
    body = await run_in_threadpool(
        service.replay_assembly_notification, request.path_params["assembly_id"], signed, wait
    )
    return json_bytes(body)


async def replay_assembly_notification_deprecated(request: Request) -> Response:
    """POST /assemblies/{assembly_id}/replay_notification"""
    signed = await read_signed(request)
    wait = (await read_form_fields(request, ("wait",)))["wait"]
    service = _service(request)
    body = await run_in_threadpool(
        service.replay_assembly_notification_deprecated, request.path_params["assembly_id"], signed, wait
    )
    return json_bytes(body)
