from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auth_key_scopes_scopes_item import AuthKeyScopesScopesItem


T = TypeVar("T", bound="AuthKeyScopes")


@_attrs_define
class AuthKeyScopes:
    """
    Attributes:
        ok (str):
        scopes (list[AuthKeyScopesScopesItem]):
    """

    ok: str
    scopes: list[AuthKeyScopesScopesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.to_dict()
            scopes.append(scopes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
                "scopes": scopes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_key_scopes_scopes_item import AuthKeyScopesScopesItem  # noqa: PLC0415

        d = dict(src_dict)
        ok = d.pop("ok")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = AuthKeyScopesScopesItem.from_dict(scopes_item_data)

            scopes.append(scopes_item)

        auth_key_scopes = cls(
            ok=ok,
            scopes=scopes,
        )

        auth_key_scopes.additional_properties = d
        return auth_key_scopes

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
