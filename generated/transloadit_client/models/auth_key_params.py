from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth import Auth


T = TypeVar("T", bound="AuthKeyParams")


@_attrs_define
class AuthKeyParams:
    """The params of an Auth Key creation or edit.

    Attributes:
        auth (Auth): Identifies the account and bounds the request.
        description (str | Unset):
        scopes (list[str] | str | Unset): Scope names, as a list or one space- or comma-separated string.
    """

    auth: Auth
    description: str | Unset = UNSET
    scopes: list[str] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth.to_dict()

        description = self.description

        scopes: list[str] | str | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth import Auth  # noqa: PLC0415

        d = dict(src_dict)
        auth = Auth.from_dict(d.pop("auth"))

        description = d.pop("description", UNSET)

        def _parse_scopes(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scopes_type_0 = cast(list[str], data)

                return scopes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        scopes = _parse_scopes(d.pop("scopes", UNSET))

        auth_key_params = cls(
            auth=auth,
            description=description,
            scopes=scopes,
        )

        auth_key_params.additional_properties = d
        return auth_key_params

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
