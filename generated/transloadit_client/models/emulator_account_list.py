from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emulator_account import EmulatorAccount


T = TypeVar("T", bound="EmulatorAccountList")


@_attrs_define
class EmulatorAccountList:
    """
    Attributes:
        ok (str):
        items (list[EmulatorAccount]):
        count (int | Unset):
    """

    ok: str
    items: list[EmulatorAccount]
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
                "items": items,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.emulator_account import EmulatorAccount  # noqa: PLC0415

        d = dict(src_dict)
        ok = d.pop("ok")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = EmulatorAccount.from_dict(items_item_data)

            items.append(items_item)

        count = d.pop("count", UNSET)

        emulator_account_list = cls(
            ok=ok,
            items=items,
            count=count,
        )

        emulator_account_list.additional_properties = d
        return emulator_account_list

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
