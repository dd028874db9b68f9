from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobQueue")


@_attrs_define
class JobQueue:
    """One queue of an account's jobs.

    Attributes:
        in_use (int | Unset): Slots its running jobs take.
        running (int | Unset): Its running jobs.
        waiting (int | Unset): Its jobs waiting for slots.
    """

    in_use: int | Unset = UNSET
    running: int | Unset = UNSET
    waiting: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_use = self.in_use

        running = self.running

        waiting = self.waiting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_use is not UNSET:
            field_dict["in_use"] = in_use
        if running is not UNSET:
            field_dict["running"] = running
        if waiting is not UNSET:
            field_dict["waiting"] = waiting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        in_use = d.pop("in_use", UNSET)

        running = d.pop("running", UNSET)

        waiting = d.pop("waiting", UNSET)

        job_queue = cls(
            in_use=in_use,
            running=running,
            waiting=waiting,
        )

        job_queue.additional_properties = d
        return job_queue

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
