from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assembly_counts import AssemblyCounts
    from ..models.assembly_stats_robots import AssemblyStatsRobots


T = TypeVar("T", bound="AssemblyStats")


@_attrs_define
class AssemblyStats:
    """
    Attributes:
        ok (str):
        totals (AssemblyCounts): What a set of Assemblies amounted to.
        days (list[AssemblyCounts]):
        robots (AssemblyStatsRobots): Per robot, the Steps run, the result files made and their bytes.
        region (str | Unset):
        fromdate (str | Unset):
        todate (str | Unset):
    """

    ok: str
    totals: AssemblyCounts
    days: list[AssemblyCounts]
    robots: AssemblyStatsRobots
    region: str | Unset = UNSET
    fromdate: str | Unset = UNSET
    todate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        totals = self.totals.to_dict()

        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)

        robots = self.robots.to_dict()

        region = self.region

        fromdate = self.fromdate

        todate = self.todate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
                "totals": totals,
                "days": days,
                "robots": robots,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if fromdate is not UNSET:
            field_dict["fromdate"] = fromdate
        if todate is not UNSET:
            field_dict["todate"] = todate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assembly_counts import AssemblyCounts  # noqa: PLC0415
        from ..models.assembly_stats_robots import AssemblyStatsRobots  # noqa: PLC0415

        d = dict(src_dict)
        ok = d.pop("ok")

        totals = AssemblyCounts.from_dict(d.pop("totals"))

        days = []
        _days = d.pop("days")
        for days_item_data in _days:
            days_item = AssemblyCounts.from_dict(days_item_data)

            days.append(days_item)

        robots = AssemblyStatsRobots.from_dict(d.pop("robots"))

        region = d.pop("region", UNSET)

        fromdate = d.pop("fromdate", UNSET)

        todate = d.pop("todate", UNSET)

        assembly_stats = cls(
            ok=ok,
            totals=totals,
            days=days,
            robots=robots,
            region=region,
            fromdate=fromdate,
            todate=todate,
        )

        assembly_stats.additional_properties = d
        return assembly_stats

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
