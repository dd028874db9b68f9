from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssemblyStatsRobotsAdditionalProperty")


@_attrs_define
class AssemblyStatsRobotsAdditionalProperty:
    """
    Attributes:
        steps (int | Unset):
        files (int | Unset):
        bytes_ (int | Unset):
    """

    steps: int | Unset = UNSET
    files: int | Unset = UNSET
    bytes_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        steps = self.steps

        files = self.files

        bytes_ = self.bytes_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if steps is not UNSET:
            field_dict["steps"] = steps
        if files is not UNSET:
            field_dict["files"] = files
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        steps = d.pop("steps", UNSET)

        files = d.pop("files", UNSET)

        bytes_ = d.pop("bytes", UNSET)

        assembly_stats_robots_additional_property = cls(
            steps=steps,
            files=files,
            bytes_=bytes_,
        )

        assembly_stats_robots_additional_property.additional_properties = d
        return assembly_stats_robots_additional_property

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
