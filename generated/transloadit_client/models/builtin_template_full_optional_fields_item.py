from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuiltinTemplateFullOptionalFieldsItem")


@_attrs_define
class BuiltinTemplateFullOptionalFieldsItem:
    """
    Attributes:
        name (str):
        default (str | Unset):
    """

    name: str
    default: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        default = self.default

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        default = d.pop("default", UNSET)

        builtin_template_full_optional_fields_item = cls(
            name=name,
            default=default,
        )

        return builtin_template_full_optional_fields_item
