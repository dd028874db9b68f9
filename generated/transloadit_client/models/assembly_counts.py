from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssemblyCounts")


@_attrs_define
class AssemblyCounts:
    """What a set of Assemblies amounted to.

    Attributes:
        date (str | Unset): The day (`YYYY-MM-DD`, UTC), in `days`.
        assembly_count (int | Unset):
        completed (int | Unset):
        failed (int | Unset):
        canceled (int | Unset):
        executing (int | Unset): Not finished yet (uploading, executing, replaying).
        bytes_received (int | Unset): Bytes uploaded.
        bytes_usage (int | Unset): Bytes billed (uploads and results).
        execution_duration (float | Unset): Seconds spent executing, summed.
        upload_duration (float | Unset): Seconds spent uploading, summed.
        queue_duration (float | Unset): Seconds Steps waited for job slots, summed.
    """

    date: str | Unset = UNSET
    assembly_count: int | Unset = UNSET
    completed: int | Unset = UNSET
    failed: int | Unset = UNSET
    canceled: int | Unset = UNSET
    executing: int | Unset = UNSET
    bytes_received: int | Unset = UNSET
    bytes_usage: int | Unset = UNSET
    execution_duration: float | Unset = UNSET
    upload_duration: float | Unset = UNSET
    queue_duration: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        assembly_count = self.assembly_count

        completed = self.completed

        failed = self.failed

        canceled = self.canceled

        executing = self.executing

        bytes_received = self.bytes_received

        bytes_usage = self.bytes_usage

        execution_duration = self.execution_duration

        upload_duration = self.upload_duration

        queue_duration = self.queue_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if assembly_count is not UNSET:
            field_dict["assembly_count"] = assembly_count
        if completed is not UNSET:
            field_dict["completed"] = completed
        if failed is not UNSET:
            field_dict["failed"] = failed
        if canceled is not UNSET:
            field_dict["canceled"] = canceled
        if executing is not UNSET:
            field_dict["executing"] = executing
        if bytes_received is not UNSET:
            field_dict["bytes_received"] = bytes_received
        if bytes_usage is not UNSET:
            field_dict["bytes_usage"] = bytes_usage
        if execution_duration is not UNSET:
            field_dict["execution_duration"] = execution_duration
        if upload_duration is not UNSET:
            field_dict["upload_duration"] = upload_duration
        if queue_duration is not UNSET:
            field_dict["queue_duration"] = queue_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date", UNSET)

        assembly_count = d.pop("assembly_count", UNSET)

        completed = d.pop("completed", UNSET)

        failed = d.pop("failed", UNSET)

        canceled = d.pop("canceled", UNSET)

        executing = d.pop("executing", UNSET)

        bytes_received = d.pop("bytes_received", UNSET)

        bytes_usage = d.pop("bytes_usage", UNSET)

        execution_duration = d.pop("execution_duration", UNSET)

        upload_duration = d.pop("upload_duration", UNSET)

        queue_duration = d.pop("queue_duration", UNSET)

        assembly_counts = cls(
            date=date,
            assembly_count=assembly_count,
            completed=completed,
            failed=failed,
            canceled=canceled,
            executing=executing,
            bytes_received=bytes_received,
            bytes_usage=bytes_usage,
            execution_duration=execution_duration,
            upload_duration=upload_duration,
            queue_duration=queue_duration,
        )

        assembly_counts.additional_properties = d
        return assembly_counts

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
