"""Billing and queue endpoints: parse, call one service method, render."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from ..core.billing import BillingService
from ..core.queues import QueueService
from .forms import client_info, read_query
from .render import json_bytes


async def get_bill(request: Request) -> Response:
    """GET /bill/{month}"""
    service: BillingService = request.app.state.billing
    return json_bytes(await run_in_threadpool(service.get_bill, request.path_params["month"], read_query(request)))


async def get_bill_for_invoice(request: Request) -> Response:
    """GET /bill/{date}/{invoice_id}"""
    service: BillingService = request.app.state.billing
    date, invoice = request.path_params["date"], request.path_params["invoice_id"]
    return json_bytes(await run_in_threadpool(service.get_bill_for_invoice, date, invoice, read_query(request)))


async def get_job_slots(request: Request) -> Response:
    """GET /queues/job_slots"""
    service: QueueService = request.app.state.queues
    client = client_info(request)
    return json_bytes(await run_in_threadpool(service.get_job_slots, read_query(request), client.ip))
