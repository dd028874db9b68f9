from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StepUseEntry")


@_attrs_define
class StepUseEntry:
    """One entry of `use`.

    Attributes:
        name (str): The Step name, or `:original`.
        as_ (str | Unset): What the files are to the robot, such as `video_1` or `image`.
        fields (list[str] | str | Unset): Only the files of this upload field (or of these fields; the emulator takes a
            list too).
    """

    name: str
    as_: str | Unset = UNSET
    fields: list[str] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        as_ = self.as_

        fields: list[str] | str | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, list):
            fields = self.fields

        else:
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if as_ is not UNSET:
            field_dict["as"] = as_
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        as_ = d.pop("as", UNSET)

        def _parse_fields(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fields_type_1 = cast(list[str], data)

                return fields_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        fields = _parse_fields(d.pop("fields", UNSET))

        step_use_entry = cls(
            name=name,
            as_=as_,
            fields=fields,
        )

        step_use_entry.additional_properties = d
        return step_use_entry

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
