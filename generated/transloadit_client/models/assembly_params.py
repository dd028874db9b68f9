from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assembly_params_fields import AssemblyParamsFields
    from ..models.assembly_params_steps import AssemblyParamsSteps
    from ..models.auth import Auth


T = TypeVar("T", bound="AssemblyParams")


@_attrs_define
class AssemblyParams:
    """The params of an Assembly creation.

    Attributes:
        auth (Auth): Identifies the account and bounds the request.
        steps (AssemblyParamsSteps | Unset):
        template_id (str | Unset):
        notify_url (None | str | Unset):
        fields (AssemblyParamsFields | Unset):
        allow_steps_override (bool | Unset):
        quiet (bool | Unset):
    """

    auth: Auth
    steps: AssemblyParamsSteps | Unset = UNSET
    template_id: str | Unset = UNSET
    notify_url: None | str | Unset = UNSET
    fields: AssemblyParamsFields | Unset = UNSET
    allow_steps_override: bool | Unset = UNSET
    quiet: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth.to_dict()

        steps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = self.steps.to_dict()

        template_id = self.template_id

        notify_url: None | str | Unset
        if isinstance(self.notify_url, Unset):
            notify_url = UNSET
        else:
            notify_url = self.notify_url

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        allow_steps_override = self.allow_steps_override

        quiet = self.quiet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
            }
        )
        if steps is not UNSET:
            field_dict["steps"] = steps
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if fields is not UNSET:
            field_dict["fields"] = fields
        if allow_steps_override is not UNSET:
            field_dict["allow_steps_override"] = allow_steps_override
        if quiet is not UNSET:
            field_dict["quiet"] = quiet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assembly_params_fields import AssemblyParamsFields  # noqa: PLC0415
        from ..models.assembly_params_steps import AssemblyParamsSteps  # noqa: PLC0415
        from ..models.auth import Auth  # noqa: PLC0415

        d = dict(src_dict)
        auth = Auth.from_dict(d.pop("auth"))

        _steps = d.pop("steps", UNSET)
        steps: AssemblyParamsSteps | Unset
        if isinstance(_steps, Unset):
            steps = UNSET
        else:
            steps = AssemblyParamsSteps.from_dict(_steps)

        template_id = d.pop("template_id", UNSET)

        def _parse_notify_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_url = _parse_notify_url(d.pop("notify_url", UNSET))

        _fields = d.pop("fields", UNSET)
        fields: AssemblyParamsFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = AssemblyParamsFields.from_dict(_fields)

        allow_steps_override = d.pop("allow_steps_override", UNSET)

        quiet = d.pop("quiet", UNSET)

        assembly_params = cls(
            auth=auth,
            steps=steps,
            template_id=template_id,
            notify_url=notify_url,
            fields=fields,
            allow_steps_override=allow_steps_override,
            quiet=quiet,
        )

        assembly_params.additional_properties = d
        return assembly_params

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
