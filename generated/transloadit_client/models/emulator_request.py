from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmulatorRequest")


@_attrs_define
class EmulatorRequest:
    """
    Attributes:
        method (str):
        path (str):
        status (int):
        time (str | Unset):
        query (str | Unset):
        content_type (None | str | Unset):
        body (str | Unset): The first 2 KiB of the answer (as UTF-8, invalid bytes replaced).
        body_truncated (bool | Unset):
        duration (float | Unset): Seconds from the request to the end of its answer.
    """

    method: str
    path: str
    status: int
    time: str | Unset = UNSET
    query: str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    body: str | Unset = UNSET
    body_truncated: bool | Unset = UNSET
    duration: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        path = self.path

        status = self.status

        time = self.time

        query = self.query

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        body = self.body

        body_truncated = self.body_truncated

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "path": path,
                "status": status,
            }
        )
        if time is not UNSET:
            field_dict["time"] = time
        if query is not UNSET:
            field_dict["query"] = query
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if body is not UNSET:
            field_dict["body"] = body
        if body_truncated is not UNSET:
            field_dict["body_truncated"] = body_truncated
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = d.pop("method")

        path = d.pop("path")

        status = d.pop("status")

        time = d.pop("time", UNSET)

        query = d.pop("query", UNSET)

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("content_type", UNSET))

        body = d.pop("body", UNSET)

        body_truncated = d.pop("body_truncated", UNSET)

        duration = d.pop("duration", UNSET)

        emulator_request = cls(
            method=method,
            path=path,
            status=status,
            time=time,
            query=query,
            content_type=content_type,
            body=body,
            body_truncated=body_truncated,
            duration=duration,
        )

        emulator_request.additional_properties = d
        return emulator_request

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
