from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_credential import TemplateCredential


T = TypeVar("T", bound="TemplateCredentialResponse")


@_attrs_define
class TemplateCredentialResponse:
    """
    Attributes:
        ok (str | Unset):
        message (str | Unset):
        credential (TemplateCredential | Unset):
    """

    ok: str | Unset = UNSET
    message: str | Unset = UNSET
    credential: TemplateCredential | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        message = self.message

        credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credential, Unset):
            credential = self.credential.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if message is not UNSET:
            field_dict["message"] = message
        if credential is not UNSET:
            field_dict["credential"] = credential

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_credential import TemplateCredential  # noqa: PLC0415

        d = dict(src_dict)
        ok = d.pop("ok", UNSET)

        message = d.pop("message", UNSET)

        _credential = d.pop("credential", UNSET)
        credential: TemplateCredential | Unset
        if isinstance(_credential, Unset):
            credential = UNSET
        else:
            credential = TemplateCredential.from_dict(_credential)

        template_credential_response = cls(
            ok=ok,
            message=message,
            credential=credential,
        )

        template_credential_response.additional_properties = d
        return template_credential_response

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
