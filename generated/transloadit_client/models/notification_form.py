from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NotificationForm")


@_attrs_define
class NotificationForm:
    """The body of a Notification: `application/x-www-form-urlencoded` by default (multipart when
    the emulator is configured so). Verify `signature` against exactly the `transloadit` string.

        Attributes:
            transloadit (str): The Assembly Status as a JSON string.
            signature (str): `sha384:<hex>`: the HMAC of exactly the `transloadit` string, keyed with the Auth Secret.
    """

    transloadit: str
    signature: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transloadit = self.transloadit

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transloadit": transloadit,
                "signature": signature,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transloadit = d.pop("transloadit")

        signature = d.pop("signature")

        notification_form = cls(
            transloadit=transloadit,
            signature=signature,
        )

        notification_form.additional_properties = d
        return notification_form

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
