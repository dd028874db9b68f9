from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stats_params_aggregation import StatsParamsAggregation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth import Auth


T = TypeVar("T", bound="StatsParams")


@_attrs_define
class StatsParams:
    """The params of `getAssemblyStats` and `getPriorityJobSlotStats`.

    Attributes:
        auth (Auth): Identifies the account and bounds the request.
        region (str): The region to report on.
        fromdate (str | Unset): Start of the range: `Y-m-d H:i:s` or ISO 8601, UTC.
        todate (str | Unset): End of the range, as `fromdate`; not before it.
        aggregation (StatsParamsAggregation | Unset): Bucket size (job slot statistics). Default:
            StatsParamsAggregation.HOUR.
    """

    auth: Auth
    region: str
    fromdate: str | Unset = UNSET
    todate: str | Unset = UNSET
    aggregation: StatsParamsAggregation | Unset = StatsParamsAggregation.HOUR
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth.to_dict()

        region = self.region

        fromdate = self.fromdate

        todate = self.todate

        aggregation: str | Unset = UNSET
        if not isinstance(self.aggregation, Unset):
            aggregation = self.aggregation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
                "region": region,
            }
        )
        if fromdate is not UNSET:
            field_dict["fromdate"] = fromdate
        if todate is not UNSET:
            field_dict["todate"] = todate
        if aggregation is not UNSET:
            field_dict["aggregation"] = aggregation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth import Auth  # noqa: PLC0415

        d = dict(src_dict)
        auth = Auth.from_dict(d.pop("auth"))

        region = d.pop("region")

        fromdate = d.pop("fromdate", UNSET)

        todate = d.pop("todate", UNSET)

        _aggregation = d.pop("aggregation", UNSET)
        aggregation: StatsParamsAggregation | Unset
        if isinstance(_aggregation, Unset):
            aggregation = UNSET
        else:
            aggregation = StatsParamsAggregation(_aggregation)

        stats_params = cls(
            auth=auth,
            region=region,
            fromdate=fromdate,
            todate=todate,
            aggregation=aggregation,
        )

        stats_params.additional_properties = d
        return stats_params

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
