from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rate_limit_usage import RateLimitUsage


T = TypeVar("T", bound="JobSlotsRateLimits")


@_attrs_define
class JobSlotsRateLimits:
    """Emulator only: the account's Assembly limits (`RATE_LIMIT_REACHED` beyond them) and how
    much of each is used now (the dashboard shows them as gauges).

        Attributes:
            assemblies_per_minute (RateLimitUsage | Unset):
            running_assemblies (RateLimitUsage | Unset):
    """

    assemblies_per_minute: RateLimitUsage | Unset = UNSET
    running_assemblies: RateLimitUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assemblies_per_minute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assemblies_per_minute, Unset):
            assemblies_per_minute = self.assemblies_per_minute.to_dict()

        running_assemblies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.running_assemblies, Unset):
            running_assemblies = self.running_assemblies.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assemblies_per_minute is not UNSET:
            field_dict["assemblies_per_minute"] = assemblies_per_minute
        if running_assemblies is not UNSET:
            field_dict["running_assemblies"] = running_assemblies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rate_limit_usage import RateLimitUsage  # noqa: PLC0415

        d = dict(src_dict)
        _assemblies_per_minute = d.pop("assemblies_per_minute", UNSET)
        assemblies_per_minute: RateLimitUsage | Unset
        if isinstance(_assemblies_per_minute, Unset):
            assemblies_per_minute = UNSET
        else:
            assemblies_per_minute = RateLimitUsage.from_dict(_assemblies_per_minute)

        _running_assemblies = d.pop("running_assemblies", UNSET)
        running_assemblies: RateLimitUsage | Unset
        if isinstance(_running_assemblies, Unset):
            running_assemblies = UNSET
        else:
            running_assemblies = RateLimitUsage.from_dict(_running_assemblies)

        job_slots_rate_limits = cls(
            assemblies_per_minute=assemblies_per_minute,
            running_assemblies=running_assemblies,
        )

        job_slots_rate_limits.additional_properties = d
        return job_slots_rate_limits

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
