"""Templates and Template Credentials as flows (see ``effects.py``); errors raise ``TransloaditApiError``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from transloadit_client.api.template_credentials import (
    create_template_credential,
    delete_template_credential,
    get_template_credential,
    list_template_credential_types,
    list_template_credentials,
    update_template_credential,
)
from transloadit_client.api.templates import (
    create_template as create_api,
)
from transloadit_client.api.templates import (
    delete_template as delete_api,
)
from transloadit_client.api.templates import (
    get_template as get_api,
)
from transloadit_client.api.templates import (
    list_templates as list_api,
)
from transloadit_client.api.templates import (
    update_template as update_api,
)
from transloadit_client.models import (
    OkResponse,
    Template,
    TemplateCredentialList,
    TemplateCredentialResponse,
    TemplateCredentialTypes,
    TemplateList,
)

from .calls import signed_post, signed_read
from .core import KitCore
from .effects import Flow


def _dict(value: Mapping[str, Any] | None) -> dict[str, Any] | None:
    return dict(value) if value is not None else None


def create_template(
    kit: KitCore[Any], name: str, template: Mapping[str, Any], *, require_signature_auth: bool = False
) -> Flow[Template]:
    """Save Assembly Instructions (``{"steps": ..., "allow_steps_override": ...}``) as a Template."""
    values = {"name": name, "template": dict(template), "require_signature_auth": int(require_signature_auth)}
    return (yield from signed_post(kit, Template, create_api, **values))


def get_template(kit: KitCore[Any], template_id: str) -> Flow[Template]:
    """One Template."""
    return (yield from signed_read(kit, Template, get_api, template_id))


def update_template(
    kit: KitCore[Any],
    template_id: str,
    *,
    name: str | None = None,
    template: Mapping[str, Any] | None = None,
    require_signature_auth: bool | None = None,
) -> Flow[Template]:
    """Change a Template's name, instructions or signature requirement; the rest stays."""
    flag = None if require_signature_auth is None else int(require_signature_auth)
    values = {"name": name, "template": _dict(template), "require_signature_auth": flag}
    return (yield from signed_post(kit, Template, update_api, template_id, **values))


def delete_template(kit: KitCore[Any], template_id: str) -> Flow[OkResponse]:
    """Delete a Template."""
    return (yield from signed_read(kit, OkResponse, delete_api, template_id))


def list_templates(
    kit: KitCore[Any],
    *,
    page: int = 1,
    pagesize: int = 50,
    sort: str = "created",
    order: str = "desc",
    keywords: Iterable[str] | None = None,
    include_builtin: str | None = None,
) -> Flow[TemplateList]:
    """A page of the account's Templates; ``include_builtin`` (``latest``, ``all``,
    ``exclusively-latest``, ``exclusively-all``) adds Transloadit's built-in ones."""
    extra: dict[str, Any] = {"page": page, "pagesize": pagesize, "sort": sort, "order": order}
    if keywords is not None:
        extra["keywords"] = list(keywords)
    if include_builtin is not None:
        extra["include_builtin"] = include_builtin
    return (yield from signed_read(kit, TemplateList, list_api, extra=extra))


def create_credential(
    kit: KitCore[Any], name: str, type: str, content: Mapping[str, Any]
) -> Flow[TemplateCredentialResponse]:
    """Store secrets (``content``) of a ``type`` such as ``s3`` under ``name``, for Steps' ``credentials``."""
    values = {"name": name, "type": type, "content": dict(content)}
    return (yield from signed_post(kit, TemplateCredentialResponse, create_template_credential, **values))


def get_credential(kit: KitCore[Any], credential_id: str) -> Flow[TemplateCredentialResponse]:
    """One Template Credential."""
    return (yield from signed_read(kit, TemplateCredentialResponse, get_template_credential, credential_id))


def update_credential(
    kit: KitCore[Any],
    credential_id: str,
    *,
    name: str | None = None,
    type: str | None = None,
    content: Mapping[str, Any] | None = None,
) -> Flow[TemplateCredentialResponse]:
    """Change a Template Credential; what is not given stays."""
    values = {"name": name, "type": type, "content": _dict(content)}
    endpoint = update_template_credential
    return (yield from signed_post(kit, TemplateCredentialResponse, endpoint, credential_id, **values))


def delete_credential(kit: KitCore[Any], credential_id: str) -> Flow[OkResponse]:
    """Delete a Template Credential."""
    return (yield from signed_read(kit, OkResponse, delete_template_credential, credential_id))


def list_credentials(kit: KitCore[Any], *, page: int = 1, pagesize: int = 50) -> Flow[TemplateCredentialList]:
    """The account's Template Credentials."""
    extra = {"page": page, "pagesize": pagesize}
    return (yield from signed_read(kit, TemplateCredentialList, list_template_credentials, extra=extra))


def credential_types(kit: KitCore[Any]) -> Flow[TemplateCredentialTypes]:
    """The credential types and the ``content`` keys each takes."""
    return (yield from signed_read(kit, TemplateCredentialTypes, list_template_credential_types))
