from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth import Auth


T = TypeVar("T", bound="ReplayNotificationParams")


@_attrs_define
class ReplayNotificationParams:
    """The params of a Notification replay.

    Attributes:
        auth (Auth): Identifies the account and bounds the request.
        notify_url (str | Unset): Where to send it instead of the Assembly's notify_url.
        wait (bool | Unset): Answer only once the delivery has ended. Default: True.
    """

    auth: Auth
    notify_url: str | Unset = UNSET
    wait: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth.to_dict()

        notify_url = self.notify_url

        wait = self.wait

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
            }
        )
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if wait is not UNSET:
            field_dict["wait"] = wait

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth import Auth  # noqa: PLC0415

        d = dict(src_dict)
        auth = Auth.from_dict(d.pop("auth"))

        notify_url = d.pop("notify_url", UNSET)

        wait = d.pop("wait", UNSET)

        replay_notification_params = cls(
            auth=auth,
            notify_url=notify_url,
            wait=wait,
        )

        replay_notification_params.additional_properties = d
        return replay_notification_params

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
