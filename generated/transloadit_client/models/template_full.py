from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_require_signature_auth import TemplateRequireSignatureAuth
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_content import TemplateContent


T = TypeVar("T", bound="TemplateFull")


@_attrs_define
class TemplateFull:
    """A Template with its whole record.

    Attributes:
        ok (str | Unset):
        message (str | Unset):
        id (str | Unset):
        name (str | Unset):
        content (TemplateContent | Unset): Assembly Instructions saved in a Template.
        require_signature_auth (TemplateRequireSignatureAuth | Unset):
        template_id (str | Unset):
        template_name (str | Unset):
        template_content (str | Unset):
        created (datetime.datetime | Unset):
        modified (datetime.datetime | Unset):
        account_id (str | Unset): The owning account's id.
        merged_content (TemplateContent | Unset): Assembly Instructions saved in a Template.
        builtin (bool | Unset): Whether the Template is one the service ships.
    """

    ok: str | Unset = UNSET
    message: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    content: TemplateContent | Unset = UNSET
    require_signature_auth: TemplateRequireSignatureAuth | Unset = UNSET
    template_id: str | Unset = UNSET
    template_name: str | Unset = UNSET
    template_content: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    modified: datetime.datetime | Unset = UNSET
    account_id: str | Unset = UNSET
    merged_content: TemplateContent | Unset = UNSET
    builtin: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        message = self.message

        id = self.id

        name = self.name

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        require_signature_auth: int | Unset = UNSET
        if not isinstance(self.require_signature_auth, Unset):
            require_signature_auth = self.require_signature_auth.value

        template_id = self.template_id

        template_name = self.template_name

        template_content = self.template_content

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        account_id = self.account_id

        merged_content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merged_content, Unset):
            merged_content = self.merged_content.to_dict()

        builtin = self.builtin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if message is not UNSET:
            field_dict["message"] = message
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if content is not UNSET:
            field_dict["content"] = content
        if require_signature_auth is not UNSET:
            field_dict["require_signature_auth"] = require_signature_auth
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if template_content is not UNSET:
            field_dict["template_content"] = template_content
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if merged_content is not UNSET:
            field_dict["merged_content"] = merged_content
        if builtin is not UNSET:
            field_dict["builtin"] = builtin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_content import TemplateContent  # noqa: PLC0415

        d = dict(src_dict)
        ok = d.pop("ok", UNSET)

        message = d.pop("message", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _content = d.pop("content", UNSET)
        content: TemplateContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = TemplateContent.from_dict(_content)

        _require_signature_auth = d.pop("require_signature_auth", UNSET)
        require_signature_auth: TemplateRequireSignatureAuth | Unset
        if isinstance(_require_signature_auth, Unset):
            require_signature_auth = UNSET
        else:
            require_signature_auth = TemplateRequireSignatureAuth(_require_signature_auth)

        template_id = d.pop("template_id", UNSET)

        template_name = d.pop("template_name", UNSET)

        template_content = d.pop("template_content", UNSET)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        _modified = d.pop("modified", UNSET)
        modified: datetime.datetime | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = datetime.datetime.fromisoformat(_modified)

        account_id = d.pop("account_id", UNSET)

        _merged_content = d.pop("merged_content", UNSET)
        merged_content: TemplateContent | Unset
        if isinstance(_merged_content, Unset):
            merged_content = UNSET
        else:
            merged_content = TemplateContent.from_dict(_merged_content)

        builtin = d.pop("builtin", UNSET)

        template_full = cls(
            ok=ok,
            message=message,
            id=id,
            name=name,
            content=content,
            require_signature_auth=require_signature_auth,
            template_id=template_id,
            template_name=template_name,
            template_content=template_content,
            created=created,
            modified=modified,
            account_id=account_id,
            merged_content=merged_content,
            builtin=builtin,
        )

        template_full.additional_properties = d
        return template_full

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
