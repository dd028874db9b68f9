from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Auth")


@_attrs_define
class Auth:
    """Identifies the account and bounds the request.

    Attributes:
        key (str): The Auth Key.
        expires (str | Unset): When the signature stops being valid: `YYYY/MM/DD HH:MM:SS+00:00` (Python, Go SDKs)
            or ISO 8601 such as `2026-11-23T09:35:46.647Z` (Node SDK). Required with Signature Authentication.
        max_size (int | Unset): Largest allowed upload in bytes.
        max_number_of_files (int | Unset):
        referer (str | Unset): A regular expression (JavaScript syntax, `/pattern/flags` allowed) the HTTP Referer must
            match. The emulator runs it on RE2, in linear time: backreferences and lookaround are
            refused with `INVALID_AUTH_REFERER_PARAMETER`.
        nonce (str | Unset): Unique per request; prevents signature reuse.
    """

    key: str
    expires: str | Unset = UNSET
    max_size: int | Unset = UNSET
    max_number_of_files: int | Unset = UNSET
    referer: str | Unset = UNSET
    nonce: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        expires = self.expires

        max_size = self.max_size

        max_number_of_files = self.max_number_of_files

        referer = self.referer

        nonce = self.nonce

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if expires is not UNSET:
            field_dict["expires"] = expires
        if max_size is not UNSET:
            field_dict["max_size"] = max_size
        if max_number_of_files is not UNSET:
            field_dict["max_number_of_files"] = max_number_of_files
        if referer is not UNSET:
            field_dict["referer"] = referer
        if nonce is not UNSET:
            field_dict["nonce"] = nonce

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        expires = d.pop("expires", UNSET)

        max_size = d.pop("max_size", UNSET)

        max_number_of_files = d.pop("max_number_of_files", UNSET)

        referer = d.pop("referer", UNSET)

        nonce = d.pop("nonce", UNSET)

        auth = cls(
            key=key,
            expires=expires,
            max_size=max_size,
            max_number_of_files=max_number_of_files,
            referer=referer,
            nonce=nonce,
        )

        auth.additional_properties = d
        return auth

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
