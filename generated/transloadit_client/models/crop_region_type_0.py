from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CropRegionType0")


@_attrs_define
class CropRegionType0:
    """
    Attributes:
        x1 (float | None | str | Unset):
        y1 (float | None | str | Unset):
        x2 (float | None | str | Unset):
        y2 (float | None | str | Unset):
    """

    x1: float | None | str | Unset = UNSET
    y1: float | None | str | Unset = UNSET
    x2: float | None | str | Unset = UNSET
    y2: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x1: float | None | str | Unset
        if isinstance(self.x1, Unset):
            x1 = UNSET
        else:
            x1 = self.x1

        y1: float | None | str | Unset
        if isinstance(self.y1, Unset):
            y1 = UNSET
        else:
            y1 = self.y1

        x2: float | None | str | Unset
        if isinstance(self.x2, Unset):
            x2 = UNSET
        else:
            x2 = self.x2

        y2: float | None | str | Unset
        if isinstance(self.y2, Unset):
            y2 = UNSET
        else:
            y2 = self.y2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x1 is not UNSET:
            field_dict["x1"] = x1
        if y1 is not UNSET:
            field_dict["y1"] = y1
        if x2 is not UNSET:
            field_dict["x2"] = x2
        if y2 is not UNSET:
            field_dict["y2"] = y2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_x1(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        x1 = _parse_x1(d.pop("x1", UNSET))

        def _parse_y1(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        y1 = _parse_y1(d.pop("y1", UNSET))

        def _parse_x2(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        x2 = _parse_x2(d.pop("x2", UNSET))

        def _parse_y2(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        y2 = _parse_y2(d.pop("y2", UNSET))

        crop_region_type_0 = cls(
            x1=x1,
            y1=y1,
            x2=x2,
            y2=y2,
        )

        crop_region_type_0.additional_properties = d
        return crop_region_type_0

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
