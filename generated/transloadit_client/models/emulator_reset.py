from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmulatorReset")


@_attrs_define
class EmulatorReset:
    """
    Attributes:
        ok (str):
        message (str | Unset):
        account (None | str | Unset): The account reset; null for everything.
        assemblies (int | Unset): Assemblies forgotten (one account).
        records (int | Unset): Records forgotten (one account).
        tus_uploads (int | Unset): tus uploads removed (everything).
    """

    ok: str
    message: str | Unset = UNSET
    account: None | str | Unset = UNSET
    assemblies: int | Unset = UNSET
    records: int | Unset = UNSET
    tus_uploads: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        message = self.message

        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        assemblies = self.assemblies

        records = self.records

        tus_uploads = self.tus_uploads

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if account is not UNSET:
            field_dict["account"] = account
        if assemblies is not UNSET:
            field_dict["assemblies"] = assemblies
        if records is not UNSET:
            field_dict["records"] = records
        if tus_uploads is not UNSET:
            field_dict["tus_uploads"] = tus_uploads

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ok = d.pop("ok")

        message = d.pop("message", UNSET)

        def _parse_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account = _parse_account(d.pop("account", UNSET))

        assemblies = d.pop("assemblies", UNSET)

        records = d.pop("records", UNSET)

        tus_uploads = d.pop("tus_uploads", UNSET)

        emulator_reset = cls(
            ok=ok,
            message=message,
            account=account,
            assemblies=assemblies,
            records=records,
            tus_uploads=tus_uploads,
        )

        emulator_reset.additional_properties = d
        return emulator_reset

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
