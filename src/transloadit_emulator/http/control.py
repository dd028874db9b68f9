"""Control-plane endpoints (``/_emulator/...``): parse, call one ControlPlane method, render."""

from __future__ import annotations

from collections.abc import Callable

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from ..core.assemblies.model import SignedRequest
from ..core.control.service import ControlPlane
from .forms import read_query, read_signed
from .render import json_bytes


def _plane(request: Request) -> ControlPlane:
    plane: ControlPlane = request.app.state.control
    return plane


async def _signed(request: Request, call: Callable[[ControlPlane, SignedRequest], bytes]) -> Response:
    signed = read_query(request) if request.method == "GET" else await read_signed(request)
    plane = _plane(request)
    return json_bytes(await run_in_threadpool(call, plane, signed))


async def reset_emulator(request: Request) -> Response:
    """POST /_emulator/reset"""
    return await _signed(request, ControlPlane.reset_emulator)


async def list_emulator_accounts(request: Request) -> Response:
    """GET /_emulator/accounts"""
    return await _signed(request, ControlPlane.list_emulator_accounts)


async def add_emulator_account(request: Request) -> Response:
    """POST /_emulator/accounts"""
    return await _signed(request, ControlPlane.add_emulator_account)


async def remove_emulator_account(request: Request) -> Response:
    """DELETE /_emulator/accounts/{key}"""
    key = request.path_params["key"]
    return await _signed(request, lambda plane, signed: plane.remove_emulator_account(key, signed))


async def list_emulator_faults(request: Request) -> Response:
    """GET /_emulator/faults"""
    return await _signed(request, ControlPlane.list_emulator_faults)


async def add_emulator_fault(request: Request) -> Response:
    """POST /_emulator/faults"""
    return await _signed(request, ControlPlane.add_emulator_fault)


async def clear_emulator_faults(request: Request) -> Response:
    """DELETE /_emulator/faults"""
    return await _signed(request, ControlPlane.clear_emulator_faults)


async def delete_emulator_fault(request: Request) -> Response:
    """DELETE /_emulator/faults/{fault_id}"""
    fault_id = request.path_params["fault_id"]
    return await _signed(request, lambda plane, signed: plane.delete_emulator_fault(fault_id, signed))


async def get_emulator_clock(request: Request) -> Response:
    """GET /_emulator/clock"""
    return await _signed(request, ControlPlane.get_emulator_clock)


async def set_emulator_clock(request: Request) -> Response:
    """POST /_emulator/clock"""
    return await _signed(request, ControlPlane.set_emulator_clock)


async def list_emulator_outbox(request: Request) -> Response:
    """GET /_emulator/outbox"""
    return await _signed(request, ControlPlane.list_emulator_outbox)


async def list_emulator_requests(request: Request) -> Response:
    """GET /_emulator/requests"""
    return await _signed(request, ControlPlane.list_emulator_requests)
