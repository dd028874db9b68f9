from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.step_interpolate_type_2_additional_property_type_1 import StepInterpolateType2AdditionalPropertyType1

T = TypeVar("T", bound="StepInterpolateType2")


@_attrs_define
class StepInterpolateType2:
    additional_properties: dict[str, bool | StepInterpolateType2AdditionalPropertyType1] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, StepInterpolateType2AdditionalPropertyType1):
                field_dict[prop_name] = prop.value
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        step_interpolate_type_2 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> bool | StepInterpolateType2AdditionalPropertyType1:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    additional_property_type_1 = StepInterpolateType2AdditionalPropertyType1(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | StepInterpolateType2AdditionalPropertyType1, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        step_interpolate_type_2.additional_properties = additional_properties
        return step_interpolate_type_2

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | StepInterpolateType2AdditionalPropertyType1:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | StepInterpolateType2AdditionalPropertyType1) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
