"""Statistics endpoints: parse, call one service method, render."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from ..core.stats import StatsService
from .forms import read_query
from .render import json_bytes


def _service(request: Request) -> StatsService:
    service: StatsService = request.app.state.stats
    return service


async def get_assembly_stats(request: Request) -> Response:
    """GET /assembly_stats"""
    return json_bytes(await run_in_threadpool(_service(request).get_assembly_stats, read_query(request)))


async def get_priority_job_slot_stats(request: Request) -> Response:
    """GET /priority_job_slot_stats"""
    return json_bytes(await run_in_threadpool(_service(request).get_priority_job_slot_stats, read_query(request)))
