from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upload_handle_step_user_meta import UploadHandleStepUserMeta


T = TypeVar("T", bound="UploadHandleStep")


@_attrs_define
class UploadHandleStep:
    """`/upload/handle`: receives the uploaded files. Must be named `:original`.

    Attributes:
        robot (Literal['/upload/handle']):
        result (bool | Unset):
        output_meta (Any | Unset):
        user_meta (UploadHandleStepUserMeta | Unset):
        ignore_errors (Any | Unset):
    """

    robot: Literal["/upload/handle"]
    result: bool | Unset = UNSET
    output_meta: Any | Unset = UNSET
    user_meta: UploadHandleStepUserMeta | Unset = UNSET
    ignore_errors: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        robot = self.robot

        result = self.result

        output_meta = self.output_meta

        user_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_meta, Unset):
            user_meta = self.user_meta.to_dict()

        ignore_errors = self.ignore_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "robot": robot,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if output_meta is not UNSET:
            field_dict["output_meta"] = output_meta
        if user_meta is not UNSET:
            field_dict["user_meta"] = user_meta
        if ignore_errors is not UNSET:
            field_dict["ignore_errors"] = ignore_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upload_handle_step_user_meta import UploadHandleStepUserMeta  # noqa: PLC0415

        d = dict(src_dict)
        robot = cast(Literal["/upload/handle"], d.pop("robot"))
        if robot != "/upload/handle":
            raise ValueError(f"robot must match const '/upload/handle', got '{robot}'")

        result = d.pop("result", UNSET)

        output_meta = d.pop("output_meta", UNSET)

        _user_meta = d.pop("user_meta", UNSET)
        user_meta: UploadHandleStepUserMeta | Unset
        if isinstance(_user_meta, Unset):
            user_meta = UNSET
        else:
            user_meta = UploadHandleStepUserMeta.from_dict(_user_meta)

        ignore_errors = d.pop("ignore_errors", UNSET)

        upload_handle_step = cls(
            robot=robot,
            result=result,
            output_meta=output_meta,
            user_meta=user_meta,
            ignore_errors=ignore_errors,
        )

        upload_handle_step.additional_properties = d
        return upload_handle_step

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
