from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_info import ErrorInfo


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """
    Attributes:
        error (str): A Transloadit error code; see `ErrorCode`.
        message (str | Unset):
        http_code (int | Unset):
        reason (Any | Unset):
        info (ErrorInfo | Unset):
        assembly_id (str | Unset):
        assembly_ssl_url (str | Unset):
    """

    error: str
    message: str | Unset = UNSET
    http_code: int | Unset = UNSET
    reason: Any | Unset = UNSET
    info: ErrorInfo | Unset = UNSET
    assembly_id: str | Unset = UNSET
    assembly_ssl_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        http_code = self.http_code

        reason = self.reason

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        assembly_id = self.assembly_id

        assembly_ssl_url = self.assembly_ssl_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if http_code is not UNSET:
            field_dict["http_code"] = http_code
        if reason is not UNSET:
            field_dict["reason"] = reason
        if info is not UNSET:
            field_dict["info"] = info
        if assembly_id is not UNSET:
            field_dict["assembly_id"] = assembly_id
        if assembly_ssl_url is not UNSET:
            field_dict["assembly_ssl_url"] = assembly_ssl_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415

        d = dict(src_dict)
        error = d.pop("error")

        message = d.pop("message", UNSET)

        http_code = d.pop("http_code", UNSET)

        reason = d.pop("reason", UNSET)

        _info = d.pop("info", UNSET)
        info: ErrorInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = ErrorInfo.from_dict(_info)

        assembly_id = d.pop("assembly_id", UNSET)

        assembly_ssl_url = d.pop("assembly_ssl_url", UNSET)

        error = cls(
            error=error,
            message=message,
            http_code=http_code,
            reason=reason,
            info=info,
            assembly_id=assembly_id,
            assembly_ssl_url=assembly_ssl_url,
        )

        error.additional_properties = d
        return error

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
