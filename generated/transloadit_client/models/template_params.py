from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_params_require_signature_auth import TemplateParamsRequireSignatureAuth
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth import Auth
    from ..models.template_content import TemplateContent
    from ..models.template_params_steps import TemplateParamsSteps


T = TypeVar("T", bound="TemplateParams")


@_attrs_define
class TemplateParams:
    """The params of a Template creation or edit.

    Attributes:
        auth (Auth): Identifies the account and bounds the request.
        name (str | Unset): 5 to 255 lowercase letters, digits and dashes. The docs say 5 to 40 letters and dashes; the
            live API takes digits and longer names (the official SDKs' tests create names of 45).
        template (str | TemplateContent | Unset): The instructions, as a JSON string or as an object.
        steps (TemplateParamsSteps | Unset): pytransloadit 1.x form of `template.steps`.
        require_signature_auth (TemplateParamsRequireSignatureAuth | Unset):
    """

    auth: Auth
    name: str | Unset = UNSET
    template: str | TemplateContent | Unset = UNSET
    steps: TemplateParamsSteps | Unset = UNSET
    require_signature_auth: TemplateParamsRequireSignatureAuth | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.template_content import TemplateContent  # noqa: PLC0415

        auth = self.auth.to_dict()

        name = self.name

        template: dict[str, Any] | str | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        elif isinstance(self.template, TemplateContent):
            template = self.template.to_dict()
        else:
            template = self.template

        steps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = self.steps.to_dict()

        require_signature_auth: int | Unset = UNSET
        if not isinstance(self.require_signature_auth, Unset):
            require_signature_auth = self.require_signature_auth.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if template is not UNSET:
            field_dict["template"] = template
        if steps is not UNSET:
            field_dict["steps"] = steps
        if require_signature_auth is not UNSET:
            field_dict["require_signature_auth"] = require_signature_auth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth import Auth  # noqa: PLC0415
        from ..models.template_content import TemplateContent  # noqa: PLC0415
        from ..models.template_params_steps import TemplateParamsSteps  # noqa: PLC0415

        d = dict(src_dict)
        auth = Auth.from_dict(d.pop("auth"))

        name = d.pop("name", UNSET)

        def _parse_template(data: object) -> str | TemplateContent | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                template_type_1 = TemplateContent.from_dict(data)

                return template_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TemplateContent | Unset, data)

        template = _parse_template(d.pop("template", UNSET))

        _steps = d.pop("steps", UNSET)
        steps: TemplateParamsSteps | Unset
        if isinstance(_steps, Unset):
            steps = UNSET
        else:
            steps = TemplateParamsSteps.from_dict(_steps)

        _require_signature_auth = d.pop("require_signature_auth", UNSET)
        require_signature_auth: TemplateParamsRequireSignatureAuth | Unset
        if isinstance(_require_signature_auth, Unset):
            require_signature_auth = UNSET
        else:
            require_signature_auth = TemplateParamsRequireSignatureAuth(_require_signature_auth)

        template_params = cls(
            auth=auth,
            name=name,
            template=template,
            steps=steps,
            require_signature_auth=require_signature_auth,
        )

        template_params.additional_properties = d
        return template_params

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
