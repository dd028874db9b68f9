from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assembly_notification import AssemblyNotification


T = TypeVar("T", bound="NotificationReplay")


@_attrs_define
class NotificationReplay:
    """
    Attributes:
        ok (str):
        message (str | Unset):
        success (bool | Unset):
        notification_id (str | Unset):
        assembly_id (str | Unset):
        notify_url (str | Unset):
        notification (AssemblyNotification | Unset): One Notification delivery (with its retries) to one URL.
    """

    ok: str
    message: str | Unset = UNSET
    success: bool | Unset = UNSET
    notification_id: str | Unset = UNSET
    assembly_id: str | Unset = UNSET
    notify_url: str | Unset = UNSET
    notification: AssemblyNotification | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        message = self.message

        success = self.success

        notification_id = self.notification_id

        assembly_id = self.assembly_id

        notify_url = self.notify_url

        notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification, Unset):
            notification = self.notification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if success is not UNSET:
            field_dict["success"] = success
        if notification_id is not UNSET:
            field_dict["notification_id"] = notification_id
        if assembly_id is not UNSET:
            field_dict["assembly_id"] = assembly_id
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if notification is not UNSET:
            field_dict["notification"] = notification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assembly_notification import AssemblyNotification  # noqa: PLC0415

        d = dict(src_dict)
        ok = d.pop("ok")

        message = d.pop("message", UNSET)

        success = d.pop("success", UNSET)

        notification_id = d.pop("notification_id", UNSET)

        assembly_id = d.pop("assembly_id", UNSET)

        notify_url = d.pop("notify_url", UNSET)

        _notification = d.pop("notification", UNSET)
        notification: AssemblyNotification | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = AssemblyNotification.from_dict(_notification)

        notification_replay = cls(
            ok=ok,
            message=message,
            success=success,
            notification_id=notification_id,
            assembly_id=assembly_id,
            notify_url=notify_url,
            notification=notification,
        )

        notification_replay.additional_properties = d
        return notification_replay

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
