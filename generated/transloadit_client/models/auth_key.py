from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthKey")


@_attrs_define
class AuthKey:
    """One Auth Key of the account. `secret` only in the answers of create and show_secret.

    Attributes:
        id (str): The key's id in the paths of this API.
        key (str): The Auth Key itself, as `params.auth.key` names it.
        scopes (list[str]): What requests signed with the key may do (see `getAuthKeyScopes`).
        secret (str | Unset): The Auth Secret that signs requests made with the key.
        description (str | Unset): What the key is for.
        primary (bool | Unset): The account's own key (from settings): all scopes, not editable here.
        created (None | str | Unset): When the key was made (ISO 8601).
        modified (None | str | Unset): When it was last edited (ISO 8601).
    """

    id: str
    key: str
    scopes: list[str]
    secret: str | Unset = UNSET
    description: str | Unset = UNSET
    primary: bool | Unset = UNSET
    created: None | str | Unset = UNSET
    modified: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        scopes = self.scopes

        secret = self.secret

        description = self.description

        primary = self.primary

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        modified: None | str | Unset
        if isinstance(self.modified, Unset):
            modified = UNSET
        else:
            modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "key": key,
                "scopes": scopes,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret
        if description is not UNSET:
            field_dict["description"] = description
        if primary is not UNSET:
            field_dict["primary"] = primary
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        key = d.pop("key")

        scopes = cast(list[str], d.pop("scopes"))

        secret = d.pop("secret", UNSET)

        description = d.pop("description", UNSET)

        primary = d.pop("primary", UNSET)

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modified = _parse_modified(d.pop("modified", UNSET))

        auth_key = cls(
            id=id,
            key=key,
            scopes=scopes,
            secret=secret,
            description=description,
            primary=primary,
            created=created,
            modified=modified,
        )

        auth_key.additional_properties = d
        return auth_key

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
