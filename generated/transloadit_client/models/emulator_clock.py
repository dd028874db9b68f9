from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmulatorClock")


@_attrs_define
class EmulatorClock:
    """
    Attributes:
        ok (str):
        now (float): The emulator's time in epoch seconds.
        iso (str | Unset): The same as RFC 3339 in UTC.
        frozen (bool | Unset):
        offset (float | Unset): Seconds the emulator is ahead of the system clock.
        steerable (bool | Unset):
    """

    ok: str
    now: float
    iso: str | Unset = UNSET
    frozen: bool | Unset = UNSET
    offset: float | Unset = UNSET
    steerable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        now = self.now

        iso = self.iso

        frozen = self.frozen

        offset = self.offset

        steerable = self.steerable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
                "now": now,
            }
        )
        if iso is not UNSET:
            field_dict["iso"] = iso
        if frozen is not UNSET:
            field_dict["frozen"] = frozen
        if offset is not UNSET:
            field_dict["offset"] = offset
        if steerable is not UNSET:
            field_dict["steerable"] = steerable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ok = d.pop("ok")

        now = d.pop("now")

        iso = d.pop("iso", UNSET)

        frozen = d.pop("frozen", UNSET)

        offset = d.pop("offset", UNSET)

        steerable = d.pop("steerable", UNSET)

        emulator_clock = cls(
            ok=ok,
            now=now,
            iso=iso,
            frozen=frozen,
            offset=offset,
            steerable=steerable,
        )

        emulator_clock.additional_properties = d
        return emulator_clock

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
