"""Templates and Template Credentials through the generated client (mixed into ``Transloadit``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol, TypeVar

from transloadit_client import Client
from transloadit_client.api.template_credentials import (
    create_template_credential,
    delete_template_credential,
    get_template_credential,
    list_template_credential_types,
    list_template_credentials,
    update_template_credential,
)
from transloadit_client.api.templates import (
    create_template,
    delete_template,
    get_template,
    list_templates,
    update_template,
)
from transloadit_client.models import (
    Error,
    OkResponse,
    SignedUrlencodedForm,
    Template,
    TemplateCredentialList,
    TemplateCredentialResponse,
    TemplateCredentialTypes,
    TemplateList,
)
from transloadit_client.types import Response

T = TypeVar("T")


class SignedCaller(Protocol):
    client: Client

    def signed(self, extra: Mapping[str, Any] | None = None, **kwargs: Any) -> tuple[str, str]: ...

    def _with_retries(self, call: Callable[[], Response[T | Error]]) -> T: ...


def _form(caller: SignedCaller, **values: Any) -> SignedUrlencodedForm:
    params, signature = caller.signed(extra={k: v for k, v in values.items() if v is not None})
    return SignedUrlencodedForm(params=params, signature=signature)


class TemplateMethods:
    """Template and Template Credential calls; methods raise ``TransloaditApiError`` on error answers."""

    def create_template(
        self: SignedCaller,
        name: str,
        template: Mapping[str, Any],
        *,
        require_signature_auth: bool = False,
    ) -> Template:
        """Save Assembly Instructions (``{"steps": ..., "allow_steps_override": ...}``) as a Template."""
        body = _form(self, name=name, template=dict(template), require_signature_auth=int(require_signature_auth))
        return self._with_retries(lambda: create_template.sync_detailed(client=self.client, body=body))

    def get_template(self: SignedCaller, template_id: str) -> Template:
        """One Template."""
        params, signature = self.signed()
        return self._with_retries(
            lambda: get_template.sync_detailed(template_id, client=self.client, params=params, signature=signature)
        )

    def update_template(
        self: SignedCaller,
        template_id: str,
        *,
        name: str | None = None,
        template: Mapping[str, Any] | None = None,
        require_signature_auth: bool | None = None,
    ) -> Template:
        """Change a Template's name, instructions or signature requirement; the rest stays."""
        flag = None if require_signature_auth is None else int(require_signature_auth)
        body = _form(
            self, name=name, template=dict(template) if template is not None else None, require_signature_auth=flag
        )
        return self._with_retries(lambda: update_template.sync_detailed(template_id, client=self.client, body=body))

    def delete_template(self: SignedCaller, template_id: str) -> OkResponse:
        """Delete a Template."""
        params, signature = self.signed()
        return self._with_retries(
            lambda: delete_template.sync_detailed(template_id, client=self.client, params=params, signature=signature)
        )

    def list_templates(
        self: SignedCaller,
        *,
        page: int = 1,
        pagesize: int = 50,
        sort: str = "created",
        order: str = "desc",
        keywords: Iterable[str] | None = None,
        include_builtin: str | None = None,
    ) -> TemplateList:
        """A page of the account's Templates; ``include_builtin`` (``latest``, ``all``,
        ``exclusively-latest``, ``exclusively-all``) adds Transloadit's built-in ones."""
        extra: dict[str, Any] = {"page": page, "pagesize": pagesize, "sort": sort, "order": order}
        if keywords is not None:
            extra["keywords"] = list(keywords)
        if include_builtin is not None:
            extra["include_builtin"] = include_builtin
        params, signature = self.signed(extra=extra)
        return self._with_retries(
            lambda: list_templates.sync_detailed(client=self.client, params=params, signature=signature)
        )

    def create_credential(
        self: SignedCaller, name: str, type: str, content: Mapping[str, Any]
    ) -> TemplateCredentialResponse:
        """Store secrets (``content``) of a ``type`` such as ``s3`` under ``name``, for Steps' ``credentials``."""
        body = _form(self, name=name, type=type, content=dict(content))
        return self._with_retries(lambda: create_template_credential.sync_detailed(client=self.client, body=body))

    def get_credential(self: SignedCaller, credential_id: str) -> TemplateCredentialResponse:
        """One Template Credential."""
        params, signature = self.signed()
        return self._with_retries(
            lambda: get_template_credential.sync_detailed(
                credential_id, client=self.client, params=params, signature=signature
            )
        )

    def update_credential(
        self: SignedCaller,
        credential_id: str,
        *,
        name: str | None = None,
        type: str | None = None,
        content: Mapping[str, Any] | None = None,
    ) -> TemplateCredentialResponse:
        """Change a Template Credential; what is not given stays."""
        body = _form(self, name=name, type=type, content=dict(content) if content is not None else None)
        return self._with_retries(
            lambda: update_template_credential.sync_detailed(credential_id, client=self.client, body=body)
        )

    def delete_credential(self: SignedCaller, credential_id: str) -> OkResponse:
        """Delete a Template Credential."""
        params, signature = self.signed()
        return self._with_retries(
            lambda: delete_template_credential.sync_detailed(
                credential_id, client=self.client, params=params, signature=signature
            )
        )

    def list_credentials(self: SignedCaller, *, page: int = 1, pagesize: int = 50) -> TemplateCredentialList:
        """The account's Template Credentials."""
        params, signature = self.signed(extra={"page": page, "pagesize": pagesize})
        return self._with_retries(
            lambda: list_template_credentials.sync_detailed(client=self.client, params=params, signature=signature)
        )

    def credential_types(self: SignedCaller) -> TemplateCredentialTypes:
        """The credential types and the ``content`` keys each takes."""
        params, signature = self.signed()
        return self._with_retries(
            lambda: list_template_credential_types.sync_detailed(client=self.client, params=params, signature=signature)
        )
