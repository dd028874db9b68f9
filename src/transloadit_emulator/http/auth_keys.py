"""Auth Key endpoints: parse, call one service method, render."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from ..core.auth_keys import AuthKeyService
from .forms import read_query, read_signed
from .render import json_bytes


def _service(request: Request) -> AuthKeyService:
    service: AuthKeyService = request.app.state.auth_keys
    return service


async def create_auth_key(request: Request) -> Response:
    """POST /auth_keys"""
    signed = await read_signed(request)
    return json_bytes(await run_in_threadpool(_service(request).create_auth_key, signed))


async def list_auth_keys(request: Request) -> Response:
    """GET /auth_keys"""
    return json_bytes(await run_in_threadpool(_service(request).list_auth_keys, read_query(request)))


async def get_auth_key_scopes(request: Request) -> Response:
    """GET /auth_keys/scopes"""
    return json_bytes(await run_in_threadpool(_service(request).get_auth_key_scopes, read_query(request)))


async def update_auth_key(request: Request) -> Response:
    """PUT /auth_keys/{auth_key_id}"""
    signed = await read_signed(request)
    key_id = request.path_params["auth_key_id"]
    return json_bytes(await run_in_threadpool(_service(request).update_auth_key, key_id, signed))


async def delete_auth_key(request: Request) -> Response:
    """DELETE /auth_keys/{auth_key_id}; params in the query or a form body."""
    signed = await read_signed(request)
    key_id = request.path_params["auth_key_id"]
    return json_bytes(await run_in_threadpool(_service(request).delete_auth_key, key_id, signed))


async def show_auth_key_secret(request: Request) -> Response:
    """POST /auth_keys/show_secret/{auth_key_id}"""
    signed = await read_signed(request)
    key_id = request.path_params["auth_key_id"]
    return json_bytes(await run_in_threadpool(_service(request).show_auth_key_secret, key_id, signed))
