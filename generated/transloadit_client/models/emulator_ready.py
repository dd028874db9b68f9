from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emulator_ready_checks import EmulatorReadyChecks


T = TypeVar("T", bound="EmulatorReady")


@_attrs_define
class EmulatorReady:
    """
    Attributes:
        ok (str):
        checks (EmulatorReadyChecks): Each backend check (`database`, `storage`) and its result, `ok` when ready.
        version (str | Unset):
    """

    ok: str
    checks: EmulatorReadyChecks
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        checks = self.checks.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
                "checks": checks,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.emulator_ready_checks import EmulatorReadyChecks  # noqa: PLC0415

        d = dict(src_dict)
        ok = d.pop("ok")

        checks = EmulatorReadyChecks.from_dict(d.pop("checks"))

        version = d.pop("version", UNSET)

        emulator_ready = cls(
            ok=ok,
            checks=checks,
            version=version,
        )

        emulator_ready.additional_properties = d
        return emulator_ready

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
