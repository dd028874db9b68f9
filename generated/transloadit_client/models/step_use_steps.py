from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.step_use_entry import StepUseEntry


T = TypeVar("T", bound="StepUseSteps")


@_attrs_define
class StepUseSteps:
    """`use` as an object: the Steps and how their files are grouped.

    Attributes:
        steps (list[StepUseEntry | str] | str): A Step name, a list of names, or a list of `StepUseEntry` objects.
        bundle_steps (bool | Unset): Give the files of all the Steps to one job.
        group_by_original (bool | Unset): Group the files by the upload they came from.
        fields (list[str] | Unset): Only the files of these upload fields.
    """

    steps: list[StepUseEntry | str] | str
    bundle_steps: bool | Unset = UNSET
    group_by_original: bool | Unset = UNSET
    fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.step_use_entry import StepUseEntry  # noqa: PLC0415

        steps: list[dict[str, Any] | str] | str
        if isinstance(self.steps, list):
            steps = []
            for steps_type_1_item_data in self.steps:
                steps_type_1_item: dict[str, Any] | str
                if isinstance(steps_type_1_item_data, StepUseEntry):
                    steps_type_1_item = steps_type_1_item_data.to_dict()
                else:
                    steps_type_1_item = steps_type_1_item_data
                steps.append(steps_type_1_item)

        else:
            steps = self.steps

        bundle_steps = self.bundle_steps

        group_by_original = self.group_by_original

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "steps": steps,
            }
        )
        if bundle_steps is not UNSET:
            field_dict["bundle_steps"] = bundle_steps
        if group_by_original is not UNSET:
            field_dict["group_by_original"] = group_by_original
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.step_use_entry import StepUseEntry  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_steps(data: object) -> list[StepUseEntry | str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                steps_type_1 = []
                _steps_type_1 = data
                for steps_type_1_item_data in _steps_type_1:

                    def _parse_steps_type_1_item(data: object) -> StepUseEntry | str:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            steps_type_1_item_type_1 = StepUseEntry.from_dict(data)

                            return steps_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(StepUseEntry | str, data)

                    steps_type_1_item = _parse_steps_type_1_item(steps_type_1_item_data)

                    steps_type_1.append(steps_type_1_item)

                return steps_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StepUseEntry | str] | str, data)

        steps = _parse_steps(d.pop("steps"))

        bundle_steps = d.pop("bundle_steps", UNSET)

        group_by_original = d.pop("group_by_original", UNSET)

        fields = cast(list[str], d.pop("fields", UNSET))

        step_use_steps = cls(
            steps=steps,
            bundle_steps=bundle_steps,
            group_by_original=group_by_original,
            fields=fields,
        )

        step_use_steps.additional_properties = d
        return step_use_steps

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
