from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobSlotBucket")


@_attrs_define
class JobSlotBucket:
    """
    Attributes:
        start (str | Unset): Where the bucket begins, `Y-m-d H:i:s` UTC.
        jobs (int | Unset): Jobs started in it.
        slots (int | Unset): Slots those jobs took.
        queue_duration (float | Unset): Seconds they waited for slots.
    """

    start: str | Unset = UNSET
    jobs: int | Unset = UNSET
    slots: int | Unset = UNSET
    queue_duration: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        jobs = self.jobs

        slots = self.slots

        queue_duration = self.queue_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if slots is not UNSET:
            field_dict["slots"] = slots
        if queue_duration is not UNSET:
            field_dict["queue_duration"] = queue_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = d.pop("start", UNSET)

        jobs = d.pop("jobs", UNSET)

        slots = d.pop("slots", UNSET)

        queue_duration = d.pop("queue_duration", UNSET)

        job_slot_bucket = cls(
            start=start,
            jobs=jobs,
            slots=slots,
            queue_duration=queue_duration,
        )

        job_slot_bucket.additional_properties = d
        return job_slot_bucket

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
