"""Assembly API endpoints: parse, call one service method, render."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from ..core.assemblies.service import AssemblyService
from .forms import client_info, read_create, read_query, read_signed
from .render import json_bytes


def _service(request: Request) -> AssemblyService:
    service: AssemblyService = request.app.state.assemblies
    return service


async def create_assembly(request: Request) -> Response:
    """POST /assemblies"""
    form = await read_create(request)
    return json_bytes(await run_in_threadpool(_service(request).create_assembly, form))


async def create_assembly_with_id(request: Request) -> Response:
    """POST /assemblies/{assembly_id}"""
    form = await read_create(request)
    assembly_id = request.path_params["assembly_id"]
    return json_bytes(await run_in_threadpool(_service(request).create_assembly_with_id, assembly_id, form))


async def get_assembly(request: Request) -> Response:
    """GET /assemblies/{assembly_id}; served from memory, so no thread hop."""
    return json_bytes(_service(request).get_assembly(request.path_params["assembly_id"], read_query(request)))


async def cancel_assembly(request: Request) -> Response:
    """DELETE /assemblies/{assembly_id}"""
    signed = await read_signed(request)
    assembly_id = request.path_params["assembly_id"]
    return json_bytes(await run_in_threadpool(_service(request).cancel_assembly, assembly_id, signed))


async def replay_assembly(request: Request) -> Response:
    """POST /assemblies/{assembly_id}/replay"""
    signed = await read_signed(request)
    assembly_id = request.path_params["assembly_id"]
    body = await run_in_threadpool(_service(request).replay_assembly, assembly_id, signed, client_info(request))
    return json_bytes(body)


async def list_assemblies(request: Request) -> Response:
    """GET /assemblies"""
    return json_bytes(await run_in_threadpool(_service(request).list_assemblies, read_query(request)))
