from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateCredentialTypesTypesItem")


@_attrs_define
class TemplateCredentialTypesTypesItem:
    """
    Attributes:
        type_ (str | Unset):
        content_keys (list[str] | Unset):
    """

    type_: str | Unset = UNSET
    content_keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        content_keys: list[str] | Unset = UNSET
        if not isinstance(self.content_keys, Unset):
            content_keys = self.content_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content_keys is not UNSET:
            field_dict["content_keys"] = content_keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        content_keys = cast(list[str], d.pop("content_keys", UNSET))

        template_credential_types_types_item = cls(
            type_=type_,
            content_keys=content_keys,
        )

        template_credential_types_types_item.additional_properties = d
        return template_credential_types_types_item

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
