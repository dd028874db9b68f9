from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_slots_priority_job_slots_queues import JobSlotsPriorityJobSlotsQueues


T = TypeVar("T", bound="JobSlotsPriorityJobSlots")


@_attrs_define
class JobSlotsPriorityJobSlots:
    """
    Attributes:
        total (int | Unset): The account's job slots.
        in_use (int | Unset): Slots the account's running jobs take.
        available (int | Unset): Slots free for the account's next jobs.
        waiting (int | Unset): Slots the account's queued jobs wait for.
        per_ip (int | Unset): Job slots one client IP address may take.
        ip_in_use (int | Unset): Slots the running jobs from the requesting IP take.
        queues (JobSlotsPriorityJobSlotsQueues | Unset):
    """

    total: int | Unset = UNSET
    in_use: int | Unset = UNSET
    available: int | Unset = UNSET
    waiting: int | Unset = UNSET
    per_ip: int | Unset = UNSET
    ip_in_use: int | Unset = UNSET
    queues: JobSlotsPriorityJobSlotsQueues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        in_use = self.in_use

        available = self.available

        waiting = self.waiting

        per_ip = self.per_ip

        ip_in_use = self.ip_in_use

        queues: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queues, Unset):
            queues = self.queues.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if in_use is not UNSET:
            field_dict["in_use"] = in_use
        if available is not UNSET:
            field_dict["available"] = available
        if waiting is not UNSET:
            field_dict["waiting"] = waiting
        if per_ip is not UNSET:
            field_dict["per_ip"] = per_ip
        if ip_in_use is not UNSET:
            field_dict["ip_in_use"] = ip_in_use
        if queues is not UNSET:
            field_dict["queues"] = queues

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_slots_priority_job_slots_queues import JobSlotsPriorityJobSlotsQueues  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        in_use = d.pop("in_use", UNSET)

        available = d.pop("available", UNSET)

        waiting = d.pop("waiting", UNSET)

        per_ip = d.pop("per_ip", UNSET)

        ip_in_use = d.pop("ip_in_use", UNSET)

        _queues = d.pop("queues", UNSET)
        queues: JobSlotsPriorityJobSlotsQueues | Unset
        if isinstance(_queues, Unset):
            queues = UNSET
        else:
            queues = JobSlotsPriorityJobSlotsQueues.from_dict(_queues)

        job_slots_priority_job_slots = cls(
            total=total,
            in_use=in_use,
            available=available,
            waiting=waiting,
            per_ip=per_ip,
            ip_in_use=ip_in_use,
            queues=queues,
        )

        job_slots_priority_job_slots.additional_properties = d
        return job_slots_priority_job_slots

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
