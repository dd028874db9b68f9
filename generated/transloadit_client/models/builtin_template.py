from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.builtin_template_require_signature_auth import BuiltinTemplateRequireSignatureAuth
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_content import TemplateContent


T = TypeVar("T", bound="BuiltinTemplate")


@_attrs_define
class BuiltinTemplate:
    """A built-in Template: `id` is the `template_id` that runs it (`builtin/<slug>@<version>`),
    `name` its base (`builtin/<slug>`).

        Attributes:
            id (str):
            name (str):
            builtin_version (str):
            content (TemplateContent): Assembly Instructions saved in a Template.
            ok (str | Unset):
            message (str | Unset):
            description (str | Unset):
            require_signature_auth (BuiltinTemplateRequireSignatureAuth | Unset):
            template_id (str | Unset):
            template_name (str | Unset):
            template_content (str | Unset):
    """

    id: str
    name: str
    builtin_version: str
    content: TemplateContent
    ok: str | Unset = UNSET
    message: str | Unset = UNSET
    description: str | Unset = UNSET
    require_signature_auth: BuiltinTemplateRequireSignatureAuth | Unset = UNSET
    template_id: str | Unset = UNSET
    template_name: str | Unset = UNSET
    template_content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        builtin_version = self.builtin_version

        content = self.content.to_dict()

        ok = self.ok

        message = self.message

        description = self.description

        require_signature_auth: int | Unset = UNSET
        if not isinstance(self.require_signature_auth, Unset):
            require_signature_auth = self.require_signature_auth.value

        template_id = self.template_id

        template_name = self.template_name

        template_content = self.template_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "builtin_version": builtin_version,
                "content": content,
            }
        )
        if ok is not UNSET:
            field_dict["ok"] = ok
        if message is not UNSET:
            field_dict["message"] = message
        if description is not UNSET:
            field_dict["description"] = description
        if require_signature_auth is not UNSET:
            field_dict["require_signature_auth"] = require_signature_auth
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if template_content is not UNSET:
            field_dict["template_content"] = template_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_content import TemplateContent  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        builtin_version = d.pop("builtin_version")

        content = TemplateContent.from_dict(d.pop("content"))

        ok = d.pop("ok", UNSET)

        message = d.pop("message", UNSET)

        description = d.pop("description", UNSET)

        _require_signature_auth = d.pop("require_signature_auth", UNSET)
        require_signature_auth: BuiltinTemplateRequireSignatureAuth | Unset
        if isinstance(_require_signature_auth, Unset):
            require_signature_auth = UNSET
        else:
            require_signature_auth = BuiltinTemplateRequireSignatureAuth(_require_signature_auth)

        template_id = d.pop("template_id", UNSET)

        template_name = d.pop("template_name", UNSET)

        template_content = d.pop("template_content", UNSET)

        builtin_template = cls(
            id=id,
            name=name,
            builtin_version=builtin_version,
            content=content,
            ok=ok,
            message=message,
            description=description,
            require_signature_auth=require_signature_auth,
            template_id=template_id,
            template_name=template_name,
            template_content=template_content,
        )

        builtin_template.additional_properties = d
        return builtin_template

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
