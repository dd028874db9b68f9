from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_slot_stats_aggregation import JobSlotStatsAggregation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_slot_bucket import JobSlotBucket


T = TypeVar("T", bound="JobSlotStats")


@_attrs_define
class JobSlotStats:
    """
    Attributes:
        ok (str):
        buckets (list[JobSlotBucket]): Buckets with jobs in them, oldest first.
        region (str | Unset):
        aggregation (JobSlotStatsAggregation | Unset):
        fromdate (str | Unset):
        todate (str | Unset):
        total_slots (int | Unset): The account's job slots.
        peak (JobSlotBucket | None | Unset): The bucket whose jobs took the most slots; null without jobs.
    """

    ok: str
    buckets: list[JobSlotBucket]
    region: str | Unset = UNSET
    aggregation: JobSlotStatsAggregation | Unset = UNSET
    fromdate: str | Unset = UNSET
    todate: str | Unset = UNSET
    total_slots: int | Unset = UNSET
    peak: JobSlotBucket | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_slot_bucket import JobSlotBucket  # noqa: PLC0415

        ok = self.ok

        buckets = []
        for buckets_item_data in self.buckets:
            buckets_item = buckets_item_data.to_dict()
            buckets.append(buckets_item)

        region = self.region

        aggregation: str | Unset = UNSET
        if not isinstance(self.aggregation, Unset):
            aggregation = self.aggregation.value

        fromdate = self.fromdate

        todate = self.todate

        total_slots = self.total_slots

        peak: dict[str, Any] | None | Unset
        if isinstance(self.peak, Unset):
            peak = UNSET
        elif isinstance(self.peak, JobSlotBucket):
            peak = self.peak.to_dict()
        else:
            peak = self.peak

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
                "buckets": buckets,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if aggregation is not UNSET:
            field_dict["aggregation"] = aggregation
        if fromdate is not UNSET:
            field_dict["fromdate"] = fromdate
        if todate is not UNSET:
            field_dict["todate"] = todate
        if total_slots is not UNSET:
            field_dict["total_slots"] = total_slots
        if peak is not UNSET:
            field_dict["peak"] = peak

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_slot_bucket import JobSlotBucket  # noqa: PLC0415

        d = dict(src_dict)
        ok = d.pop("ok")

        buckets = []
        _buckets = d.pop("buckets")
        for buckets_item_data in _buckets:
            buckets_item = JobSlotBucket.from_dict(buckets_item_data)

            buckets.append(buckets_item)

        region = d.pop("region", UNSET)

        _aggregation = d.pop("aggregation", UNSET)
        aggregation: JobSlotStatsAggregation | Unset
        if isinstance(_aggregation, Unset):
            aggregation = UNSET
        else:
            aggregation = JobSlotStatsAggregation(_aggregation)

        fromdate = d.pop("fromdate", UNSET)

        todate = d.pop("todate", UNSET)

        total_slots = d.pop("total_slots", UNSET)

        def _parse_peak(data: object) -> JobSlotBucket | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                peak_type_0 = JobSlotBucket.from_dict(data)

                return peak_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobSlotBucket | None | Unset, data)

        peak = _parse_peak(d.pop("peak", UNSET))

        job_slot_stats = cls(
            ok=ok,
            buckets=buckets,
            region=region,
            aggregation=aggregation,
            fromdate=fromdate,
            todate=todate,
            total_slots=total_slots,
            peak=peak,
        )

        job_slot_stats.additional_properties = d
        return job_slot_stats

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
