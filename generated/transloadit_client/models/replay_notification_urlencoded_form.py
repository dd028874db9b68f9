from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.replay_notification_urlencoded_form_wait import ReplayNotificationUrlencodedFormWait
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplayNotificationUrlencodedForm")


@_attrs_define
class ReplayNotificationUrlencodedForm:
    """
    Attributes:
        params (str): JSON-encoded request params (an `AssemblyParams`, `ReplayAssemblyParams`,
            `ListAssembliesParams`, `ReplayNotificationParams` or `ListNotificationsParams` object, and so on). The
            signature covers exactly this string as sent, e.g.
            `{"auth":{"key":"emulator-key","expires":"2099/01/01 00:00:00+00:00"}}`.
        signature (str | Unset): `<algorithm>:<hex HMAC of params>`; a bare 40-character hex string is legacy `sha1`.
        wait (ReplayNotificationUrlencodedFormWait | Unset): Same as `params.wait` (`1`/`0` are accepted too).
    """

    params: str
    signature: str | Unset = UNSET
    wait: ReplayNotificationUrlencodedFormWait | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        params = self.params

        signature = self.signature

        wait: str | Unset = UNSET
        if not isinstance(self.wait, Unset):
            wait = self.wait.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "params": params,
            }
        )
        if signature is not UNSET:
            field_dict["signature"] = signature
        if wait is not UNSET:
            field_dict["wait"] = wait

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        params = d.pop("params")

        signature = d.pop("signature", UNSET)

        _wait = d.pop("wait", UNSET)
        wait: ReplayNotificationUrlencodedFormWait | Unset
        if isinstance(_wait, Unset):
            wait = UNSET
        else:
            wait = ReplayNotificationUrlencodedFormWait(_wait)

        replay_notification_urlencoded_form = cls(
            params=params,
            signature=signature,
            wait=wait,
        )

        replay_notification_urlencoded_form.additional_properties = d
        return replay_notification_urlencoded_form

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
