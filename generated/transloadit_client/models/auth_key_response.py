from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_key import AuthKey


T = TypeVar("T", bound="AuthKeyResponse")


@_attrs_define
class AuthKeyResponse:
    """
    Attributes:
        ok (str):
        auth_key (AuthKey): One Auth Key of the account. `secret` only in the answers of create and show_secret.
        message (str | Unset):
    """

    ok: str
    auth_key: AuthKey
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        auth_key = self.auth_key.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
                "auth_key": auth_key,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_key import AuthKey  # noqa: PLC0415

        d = dict(src_dict)
        ok = d.pop("ok")

        auth_key = AuthKey.from_dict(d.pop("auth_key"))

        message = d.pop("message", UNSET)

        auth_key_response = cls(
            ok=ok,
            auth_key=auth_key,
            message=message,
        )

        auth_key_response.additional_properties = d
        return auth_key_response

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
