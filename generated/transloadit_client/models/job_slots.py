from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_slots_priority_job_slots import JobSlotsPriorityJobSlots
    from ..models.job_slots_rate_limits import JobSlotsRateLimits


T = TypeVar("T", bound="JobSlots")


@_attrs_define
class JobSlots:
    """
    Attributes:
        ok (str):
        priority_job_slots (JobSlotsPriorityJobSlots | Unset):
        rate_limits (JobSlotsRateLimits | Unset): Emulator only: the account's Assembly limits (`RATE_LIMIT_REACHED`
            beyond them) and how
            much of each is used now (the dashboard shows them as gauges).
    """

    ok: str
    priority_job_slots: JobSlotsPriorityJobSlots | Unset = UNSET
    rate_limits: JobSlotsRateLimits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        priority_job_slots: dict[str, Any] | Unset = UNSET
        if not isinstance(self.priority_job_slots, Unset):
            priority_job_slots = self.priority_job_slots.to_dict()

        rate_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_limits, Unset):
            rate_limits = self.rate_limits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
            }
        )
        if priority_job_slots is not UNSET:
            field_dict["priority_job_slots"] = priority_job_slots
        if rate_limits is not UNSET:
            field_dict["rate_limits"] = rate_limits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_slots_priority_job_slots import JobSlotsPriorityJobSlots  # noqa: PLC0415
        from ..models.job_slots_rate_limits import JobSlotsRateLimits  # noqa: PLC0415

        d = dict(src_dict)
        ok = d.pop("ok")

        _priority_job_slots = d.pop("priority_job_slots", UNSET)
        priority_job_slots: JobSlotsPriorityJobSlots | Unset
        if isinstance(_priority_job_slots, Unset):
            priority_job_slots = UNSET
        else:
            priority_job_slots = JobSlotsPriorityJobSlots.from_dict(_priority_job_slots)

        _rate_limits = d.pop("rate_limits", UNSET)
        rate_limits: JobSlotsRateLimits | Unset
        if isinstance(_rate_limits, Unset):
            rate_limits = UNSET
        else:
            rate_limits = JobSlotsRateLimits.from_dict(_rate_limits)

        job_slots = cls(
            ok=ok,
            priority_job_slots=priority_job_slots,
            rate_limits=rate_limits,
        )

        job_slots.additional_properties = d
        return job_slots

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
