from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StepUserMeta")


@_attrs_define
class StepUserMeta:
    """Extra keys for the `user_meta` of every file this Step produces (a param of every Step),
    merged over the `user_meta` the file inherits from the file it was made from (an upload's
    `user_meta` holds its tus metadata extras). Files of later Steps inherit the result in turn,
    so they see it as `${file.user_meta.*}`. String values may hold Assembly Variables, filled in
    per result file: `${file.*}` is the input file (the result itself for imported files),
    `${fields.*}`, `${assembly.id}`, ... as in other params, and `${result.*}` is the result
    file's own record (`${result.name}`, `${result.meta.width}`, ...). A value that is exactly one
    variable takes the variable's type (a number stays a number); other values are kept as they are.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        step_user_meta = cls()

        step_user_meta.additional_properties = d
        return step_user_meta

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
