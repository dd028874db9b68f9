from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_credential_types_types_item import TemplateCredentialTypesTypesItem


T = TypeVar("T", bound="TemplateCredentialTypes")


@_attrs_define
class TemplateCredentialTypes:
    """
    Attributes:
        ok (str | Unset):
        types (list[TemplateCredentialTypesTypesItem] | Unset):
    """

    ok: str | Unset = UNSET
    types: list[TemplateCredentialTypesTypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.to_dict()
                types.append(types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_credential_types_types_item import TemplateCredentialTypesTypesItem  # noqa: PLC0415

        d = dict(src_dict)
        ok = d.pop("ok", UNSET)

        _types = d.pop("types", UNSET)
        types: list[TemplateCredentialTypesTypesItem] | Unset = UNSET
        if _types is not UNSET:
            types = []
            for types_item_data in _types:
                types_item = TemplateCredentialTypesTypesItem.from_dict(types_item_data)

                types.append(types_item)

        template_credential_types = cls(
            ok=ok,
            types=types,
        )

        template_credential_types.additional_properties = d
        return template_credential_types

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
