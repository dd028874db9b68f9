from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmulatorAccount")


@_attrs_define
class EmulatorAccount:
    """
    Attributes:
        key (str):
        scopes (list[str] | None | Unset): The Auth Key scopes the key is limited to; null for every scope (and the
            control plane).
        require_signature (bool | Unset):
        configured (bool | Unset): true: from the settings; false: added at run time.
    """

    key: str
    scopes: list[str] | None | Unset = UNSET
    require_signature: bool | Unset = UNSET
    configured: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        require_signature = self.require_signature

        configured = self.configured

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if require_signature is not UNSET:
            field_dict["require_signature"] = require_signature
        if configured is not UNSET:
            field_dict["configured"] = configured

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        def _parse_scopes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scopes_type_0 = cast(list[str], data)

                return scopes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        scopes = _parse_scopes(d.pop("scopes", UNSET))

        require_signature = d.pop("require_signature", UNSET)

        configured = d.pop("configured", UNSET)

        emulator_account = cls(
            key=key,
            scopes=scopes,
            require_signature=require_signature,
            configured=configured,
        )

        emulator_account.additional_properties = d
        return emulator_account

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
