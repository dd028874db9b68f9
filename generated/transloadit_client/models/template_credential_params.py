from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_credential_params_type import TemplateCredentialParamsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth import Auth
    from ..models.template_credential_params_content import TemplateCredentialParamsContent


T = TypeVar("T", bound="TemplateCredentialParams")


@_attrs_define
class TemplateCredentialParams:
    """
    Attributes:
        auth (Auth): Identifies the account and bounds the request.
        name (str | Unset):
        type_ (TemplateCredentialParamsType | Unset):
        content (TemplateCredentialParamsContent | Unset):
    """

    auth: Auth
    name: str | Unset = UNSET
    type_: TemplateCredentialParamsType | Unset = UNSET
    content: TemplateCredentialParamsContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth.to_dict()

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth import Auth  # noqa: PLC0415
        from ..models.template_credential_params_content import TemplateCredentialParamsContent  # noqa: PLC0415

        d = dict(src_dict)
        auth = Auth.from_dict(d.pop("auth"))

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: TemplateCredentialParamsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TemplateCredentialParamsType(_type_)

        _content = d.pop("content", UNSET)
        content: TemplateCredentialParamsContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = TemplateCredentialParamsContent.from_dict(_content)

        template_credential_params = cls(
            auth=auth,
            name=name,
            type_=type_,
            content=content,
        )

        template_credential_params.additional_properties = d
        return template_credential_params

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
