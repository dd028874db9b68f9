from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_credential import TemplateCredential


T = TypeVar("T", bound="TemplateCredentialList")


@_attrs_define
class TemplateCredentialList:
    """
    Attributes:
        credentials (list[TemplateCredential]):
        ok (str | Unset):
        count (int | Unset):
    """

    credentials: list[TemplateCredential]
    ok: str | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credentials = []
        for credentials_item_data in self.credentials:
            credentials_item = credentials_item_data.to_dict()
            credentials.append(credentials_item)

        ok = self.ok

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credentials": credentials,
            }
        )
        if ok is not UNSET:
            field_dict["ok"] = ok
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_credential import TemplateCredential  # noqa: PLC0415

        d = dict(src_dict)
        credentials = []
        _credentials = d.pop("credentials")
        for credentials_item_data in _credentials:
            credentials_item = TemplateCredential.from_dict(credentials_item_data)

            credentials.append(credentials_item)

        ok = d.pop("ok", UNSET)

        count = d.pop("count", UNSET)

        template_credential_list = cls(
            credentials=credentials,
            ok=ok,
            count=count,
        )

        template_credential_list.additional_properties = d
        return template_credential_list

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
