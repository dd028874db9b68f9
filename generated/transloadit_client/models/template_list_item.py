from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_content import TemplateContent


T = TypeVar("T", bound="TemplateListItem")


@_attrs_define
class TemplateListItem:
    """
    Attributes:
        id (str | Unset):
        account_id (str | Unset):
        name (str | Unset):
        json (str | Unset): The content as a JSON string.
        content (TemplateContent | Unset): Assembly Instructions saved in a Template.
        require_signature_auth (int | Unset):
        created (datetime.datetime | Unset):
        modified (datetime.datetime | Unset):
        deleted (datetime.datetime | None | Unset):
        description (str | Unset): Built-in Templates only.
        builtin_version (str | Unset): Built-in Templates only.
    """

    id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    name: str | Unset = UNSET
    json: str | Unset = UNSET
    content: TemplateContent | Unset = UNSET
    require_signature_auth: int | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    modified: datetime.datetime | Unset = UNSET
    deleted: datetime.datetime | None | Unset = UNSET
    description: str | Unset = UNSET
    builtin_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        name = self.name

        json = self.json

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        require_signature_auth = self.require_signature_auth

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        deleted: None | str | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        elif isinstance(self.deleted, datetime.datetime):
            deleted = self.deleted.isoformat()
        else:
            deleted = self.deleted

        description = self.description

        builtin_version = self.builtin_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if name is not UNSET:
            field_dict["name"] = name
        if json is not UNSET:
            field_dict["json"] = json
        if content is not UNSET:
            field_dict["content"] = content
        if require_signature_auth is not UNSET:
            field_dict["require_signature_auth"] = require_signature_auth
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if description is not UNSET:
            field_dict["description"] = description
        if builtin_version is not UNSET:
            field_dict["builtin_version"] = builtin_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_content import TemplateContent  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        account_id = d.pop("account_id", UNSET)

        name = d.pop("name", UNSET)

        json = d.pop("json", UNSET)

        _content = d.pop("content", UNSET)
        content: TemplateContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = TemplateContent.from_dict(_content)

        require_signature_auth = d.pop("require_signature_auth", UNSET)

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

        def _parse_deleted(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted = _parse_deleted(d.pop("deleted", UNSET))

        description = d.pop("description", UNSET)

        builtin_version = d.pop("builtin_version", UNSET)

        template_list_item = cls(
            id=id,
            account_id=account_id,
            name=name,
            json=json,
            content=content,
            require_signature_auth=require_signature_auth,
            created=created,
            modified=modified,
            deleted=deleted,
            description=description,
            builtin_version=builtin_version,
        )

        template_list_item.additional_properties = d
        return template_list_item

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
