from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_content_auth import TemplateContentAuth
    from ..models.template_content_fields import TemplateContentFields
    from ..models.template_content_steps import TemplateContentSteps


T = TypeVar("T", bound="TemplateContent")


@_attrs_define
class TemplateContent:
    """Assembly Instructions saved in a Template.

    Attributes:
        steps (TemplateContentSteps | Unset): The Steps as saved: each is checked against its robot's schema
            (`RobotStep`) when an
            Assembly uses the Template, after Assembly Variables are filled in.
        allow_steps_override (bool | Unset): When false, Assemblies may not pass `steps` together with this
            `template_id`. Default: True.
        notify_url (None | str | Unset):
        fields (TemplateContentFields | Unset):
        auth (TemplateContentAuth | Unset):
    """

    steps: TemplateContentSteps | Unset = UNSET
    allow_steps_override: bool | Unset = True
    notify_url: None | str | Unset = UNSET
    fields: TemplateContentFields | Unset = UNSET
    auth: TemplateContentAuth | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        steps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = self.steps.to_dict()

        allow_steps_override = self.allow_steps_override

        notify_url: None | str | Unset
        if isinstance(self.notify_url, Unset):
            notify_url = UNSET
        else:
            notify_url = self.notify_url

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if steps is not UNSET:
            field_dict["steps"] = steps
        if allow_steps_override is not UNSET:
            field_dict["allow_steps_override"] = allow_steps_override
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if fields is not UNSET:
            field_dict["fields"] = fields
        if auth is not UNSET:
            field_dict["auth"] = auth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_content_auth import TemplateContentAuth  # noqa: PLC0415
        from ..models.template_content_fields import TemplateContentFields  # noqa: PLC0415
        from ..models.template_content_steps import TemplateContentSteps  # noqa: PLC0415

        d = dict(src_dict)
        _steps = d.pop("steps", UNSET)
        steps: TemplateContentSteps | Unset
        if isinstance(_steps, Unset):
            steps = UNSET
        else:
            steps = TemplateContentSteps.from_dict(_steps)

        allow_steps_override = d.pop("allow_steps_override", UNSET)

        def _parse_notify_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_url = _parse_notify_url(d.pop("notify_url", UNSET))

        _fields = d.pop("fields", UNSET)
        fields: TemplateContentFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = TemplateContentFields.from_dict(_fields)

        _auth = d.pop("auth", UNSET)
        auth: TemplateContentAuth | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = TemplateContentAuth.from_dict(_auth)

        template_content = cls(
            steps=steps,
            allow_steps_override=allow_steps_override,
            notify_url=notify_url,
            fields=fields,
            auth=auth,
        )

        template_content.additional_properties = d
        return template_content

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
