from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_queue import JobQueue


T = TypeVar("T", bound="JobSlotsPriorityJobSlotsQueues")


@_attrs_define
class JobSlotsPriorityJobSlotsQueues:
    """
    Attributes:
        live (JobQueue | Unset): One queue of an account's jobs.
        batch (JobQueue | Unset): One queue of an account's jobs.
    """

    live: JobQueue | Unset = UNSET
    batch: JobQueue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        live: dict[str, Any] | Unset = UNSET
        if not isinstance(self.live, Unset):
            live = self.live.to_dict()

        batch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.batch, Unset):
            batch = self.batch.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if live is not UNSET:
            field_dict["live"] = live
        if batch is not UNSET:
            field_dict["batch"] = batch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_queue import JobQueue  # noqa: PLC0415

        d = dict(src_dict)
        _live = d.pop("live", UNSET)
        live: JobQueue | Unset
        if isinstance(_live, Unset):
            live = UNSET
        else:
            live = JobQueue.from_dict(_live)

        _batch = d.pop("batch", UNSET)
        batch: JobQueue | Unset
        if isinstance(_batch, Unset):
            batch = UNSET
        else:
            batch = JobQueue.from_dict(_batch)

        job_slots_priority_job_slots_queues = cls(
            live=live,
            batch=batch,
        )

        job_slots_priority_job_slots_queues.additional_properties = d
        return job_slots_priority_job_slots_queues

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
