"""Template and Template Credential endpoints: parse, call one service method, render."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from ..core.credentials import CredentialService
from ..core.templates import TemplateService
from .forms import read_query, read_signed
from .render import json_bytes


def _templates(request: Request) -> TemplateService:
    service: TemplateService = request.app.state.templates
    return service


def _credentials(request: Request) -> CredentialService:
    service: CredentialService = request.app.state.credentials
    return service


async def create_template(request: Request) -> Response:
    """POST /templates"""
    signed = await read_signed(request)
    return json_bytes(await run_in_threadpool(_templates(request).create_template, signed))


async def list_templates(request: Request) -> Response:
    """GET /templates"""
    return json_bytes(await run_in_threadpool(_templates(request).list_templates, read_query(request)))


async def get_template(request: Request) -> Response:
    """GET /templates/{template_id}"""
    template_id = request.path_params["template_id"]
    return json_bytes(await run_in_threadpool(_templates(request).get_template, template_id, read_query(request)))


async def get_builtin_template(request: Request) -> Response:
    """GET /templates/builtin/{slug}"""
    slug = request.path_params["slug"]
    return json_bytes(await run_in_threadpool(_templates(request).get_builtin_template, slug, read_query(request)))


async def get_builtin_template_full(request: Request) -> Response:
    """GET /templates/builtin/{slug}/full"""
    slug, query = request.path_params["slug"], read_query(request)
    get = _templates(request).get_builtin_template
    return json_bytes(await run_in_threadpool(lambda: get(slug, query, full=True)))


async def get_template_full(request: Request) -> Response:
    """GET /templates/{template_id_or_name}/full"""
    wanted = request.path_params["template_id_or_name"]
    return json_bytes(await run_in_threadpool(_templates(request).get_template_full, wanted, read_query(request)))


async def update_template(request: Request) -> Response:
    """PUT /templates/{template_id}"""
    signed = await read_signed(request)
    template_id = request.path_params["template_id"]
    return json_bytes(await run_in_threadpool(_templates(request).update_template, template_id, signed))


async def delete_template(request: Request) -> Response:
    """DELETE /templates/{template_id}; params in the query or a form body."""
    signed = await read_signed(request)
    template_id = request.path_params["template_id"]
    return json_bytes(await run_in_threadpool(_templates(request).delete_template, template_id, signed))


async def validate_template_credential_oauth_on_create(request: Request) -> Response:
    """POST /template_credentials/validateOauthOnCreate"""
    signed = await read_signed(request)
    service = _credentials(request)
    return json_bytes(await run_in_threadpool(service.validate_template_credential_oauth_on_create, signed))


async def create_template_credential(request: Request) -> Response:
    """POST /template_credentials"""
    signed = await read_signed(request)
    return json_bytes(await run_in_threadpool(_credentials(request).create_template_credential, signed))


async def list_template_credentials(request: Request) -> Response:
    """GET /template_credentials"""
    return json_bytes(await run_in_threadpool(_credentials(request).list_template_credentials, read_query(request)))


async def list_template_credential_types(request: Request) -> Response:
    """GET /template_credentials/types"""
    service = _credentials(request)
    return json_bytes(await run_in_threadpool(service.list_template_credential_types, read_query(request)))


async def get_template_credential(request: Request) -> Response:
    """GET /template_credentials/{credential_id}"""
    credential_id = request.path_params["credential_id"]
    service = _credentials(request)
    return json_bytes(await run_in_threadpool(service.get_template_credential, credential_id, read_query(request)))


async def update_template_credential(request: Request) -> Response:
    """PUT /template_credentials/{credential_id}"""
    signed = await read_signed(request)
    credential_id = request.path_params["credential_id"]
    service = _credentials(request)
    return json_bytes(await run_in_threadpool(service.update_template_credential, credential_id, signed))


async def delete_template_credential(request: Request) -> Response:
    """DELETE /template_credentials/{credential_id}"""
    signed = await read_signed(request)
    credential_id = request.path_params["credential_id"]
    service = _credentials(request)
    return json_bytes(await run_in_threadpool(service.delete_template_credential, credential_id, signed))
