from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileMetaFacesItem")


@_attrs_define
class FileMetaFacesItem:
    """
    Attributes:
        x1 (int | Unset):
        y1 (int | Unset):
        x2 (int | Unset):
        y2 (int | Unset):
        width (int | Unset):
        height (int | Unset):
        confidence (float | Unset):
    """

    x1: int | Unset = UNSET
    y1: int | Unset = UNSET
    x2: int | Unset = UNSET
    y2: int | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    confidence: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x1 = self.x1

        y1 = self.y1

        x2 = self.x2

        y2 = self.y2

        width = self.width

        height = self.height

        confidence = self.confidence

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
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x1 = d.pop("x1", UNSET)

        y1 = d.pop("y1", UNSET)

        x2 = d.pop("x2", UNSET)

        y2 = d.pop("y2", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        confidence = d.pop("confidence", UNSET)

        file_meta_faces_item = cls(
            x1=x1,
            y1=y1,
            x2=x2,
            y2=y2,
            width=width,
            height=height,
            confidence=confidence,
        )

        file_meta_faces_item.additional_properties = d
        return file_meta_faces_item

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
