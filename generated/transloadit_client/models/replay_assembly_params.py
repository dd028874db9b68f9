from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.replay_assembly_params_reparse_template import ReplayAssemblyParamsReparseTemplate
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth import Auth
    from ..models.replay_assembly_params_fields import ReplayAssemblyParamsFields
    from ..models.replay_assembly_params_steps import ReplayAssemblyParamsSteps


T = TypeVar("T", bound="ReplayAssemblyParams")


@_attrs_define
class ReplayAssemblyParams:
    """The params of an Assembly replay.

    Attributes:
        auth (Auth): Identifies the account and bounds the request.
        steps (ReplayAssemblyParamsSteps | Unset):
        notify_url (None | str | Unset):
        fields (ReplayAssemblyParamsFields | Unset):
        reparse_template (ReplayAssemblyParamsReparseTemplate | Unset):  Default:
            ReplayAssemblyParamsReparseTemplate.VALUE_0.
    """

    auth: Auth
    steps: ReplayAssemblyParamsSteps | Unset = UNSET
    notify_url: None | str | Unset = UNSET
    fields: ReplayAssemblyParamsFields | Unset = UNSET
    reparse_template: ReplayAssemblyParamsReparseTemplate | Unset = ReplayAssemblyParamsReparseTemplate.VALUE_0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth.to_dict()

        steps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = self.steps.to_dict()

        notify_url: None | str | Unset
        if isinstance(self.notify_url, Unset):
            notify_url = UNSET
        else:
            notify_url = self.notify_url

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        reparse_template: int | Unset = UNSET
        if not isinstance(self.reparse_template, Unset):
            reparse_template = self.reparse_template.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
            }
        )
        if steps is not UNSET:
            field_dict["steps"] = steps
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if fields is not UNSET:
            field_dict["fields"] = fields
        if reparse_template is not UNSET:
            field_dict["reparse_template"] = reparse_template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth import Auth  # noqa: PLC0415
        from ..models.replay_assembly_params_fields import ReplayAssemblyParamsFields  # noqa: PLC0415
        from ..models.replay_assembly_params_steps import ReplayAssemblyParamsSteps  # noqa: PLC0415

        d = dict(src_dict)
        auth = Auth.from_dict(d.pop("auth"))

        _steps = d.pop("steps", UNSET)
        steps: ReplayAssemblyParamsSteps | Unset
        if isinstance(_steps, Unset):
            steps = UNSET
        else:
            steps = ReplayAssemblyParamsSteps.from_dict(_steps)

        def _parse_notify_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_url = _parse_notify_url(d.pop("notify_url", UNSET))

        _fields = d.pop("fields", UNSET)
        fields: ReplayAssemblyParamsFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = ReplayAssemblyParamsFields.from_dict(_fields)

        _reparse_template = d.pop("reparse_template", UNSET)
        reparse_template: ReplayAssemblyParamsReparseTemplate | Unset
        if isinstance(_reparse_template, Unset):
            reparse_template = UNSET
        else:
            reparse_template = ReplayAssemblyParamsReparseTemplate(_reparse_template)

        replay_assembly_params = cls(
            auth=auth,
            steps=steps,
            notify_url=notify_url,
            fields=fields,
            reparse_template=reparse_template,
        )

        replay_assembly_params.additional_properties = d
        return replay_assembly_params

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
