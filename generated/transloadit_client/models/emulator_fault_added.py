from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.emulator_fault import EmulatorFault


T = TypeVar("T", bound="EmulatorFaultAdded")


@_attrs_define
class EmulatorFaultAdded:
    """
    Attributes:
        ok (str):
        fault (EmulatorFault):
    """

    ok: str
    fault: EmulatorFault
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        fault = self.fault.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
                "fault": fault,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.emulator_fault import EmulatorFault  # noqa: PLC0415

        d = dict(src_dict)
        ok = d.pop("ok")

        fault = EmulatorFault.from_dict(d.pop("fault"))

        emulator_fault_added = cls(
            ok=ok,
            fault=fault,
        )

        emulator_fault_added.additional_properties = d
        return emulator_fault_added

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
