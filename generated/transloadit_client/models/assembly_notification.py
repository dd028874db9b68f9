from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assembly_notification_status import AssemblyNotificationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssemblyNotification")


@_attrs_define
class AssemblyNotification:
    """One Notification delivery (with its retries) to one URL.

    Attributes:
        id (str):
        assembly_id (str):
        url (str):
        status (AssemblyNotificationStatus):
        account_id (str | Unset):
        response_code (int | None | Unset): The receiver's last HTTP status; null when unreachable.
        response_data (None | str | Unset): The start of the receiver's last answer.
        error (None | str | Unset):
        attempts (int | Unset):
        duration (float | None | Unset): Seconds the last attempt took.
        replay (bool | Unset): Sent by a replay rather than by the Assembly ending.
        created (datetime.datetime | Unset):
        finished (datetime.datetime | None | Unset):
    """

    id: str
    assembly_id: str
    url: str
    status: AssemblyNotificationStatus
    account_id: str | Unset = UNSET
    response_code: int | None | Unset = UNSET
    response_data: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    attempts: int | Unset = UNSET
    duration: float | None | Unset = UNSET
    replay: bool | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    finished: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        assembly_id = self.assembly_id

        url = self.url

        status = self.status.value

        account_id = self.account_id

        response_code: int | None | Unset
        if isinstance(self.response_code, Unset):
            response_code = UNSET
        else:
            response_code = self.response_code

        response_data: None | str | Unset
        if isinstance(self.response_data, Unset):
            response_data = UNSET
        else:
            response_data = self.response_data

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        attempts = self.attempts

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        replay = self.replay

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        finished: None | str | Unset
        if isinstance(self.finished, Unset):
            finished = UNSET
        elif isinstance(self.finished, datetime.datetime):
            finished = self.finished.isoformat()
        else:
            finished = self.finished

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "assembly_id": assembly_id,
                "url": url,
                "status": status,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if response_code is not UNSET:
            field_dict["response_code"] = response_code
        if response_data is not UNSET:
            field_dict["response_data"] = response_data
        if error is not UNSET:
            field_dict["error"] = error
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if duration is not UNSET:
            field_dict["duration"] = duration
        if replay is not UNSET:
            field_dict["replay"] = replay
        if created is not UNSET:
            field_dict["created"] = created
        if finished is not UNSET:
            field_dict["finished"] = finished

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        assembly_id = d.pop("assembly_id")

        url = d.pop("url")

        status = AssemblyNotificationStatus(d.pop("status"))

        account_id = d.pop("account_id", UNSET)

        def _parse_response_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        response_code = _parse_response_code(d.pop("response_code", UNSET))

        def _parse_response_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_data = _parse_response_data(d.pop("response_data", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        attempts = d.pop("attempts", UNSET)

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        replay = d.pop("replay", UNSET)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        def _parse_finished(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_type_0 = datetime.datetime.fromisoformat(data)

                return finished_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished = _parse_finished(d.pop("finished", UNSET))

        assembly_notification = cls(
            id=id,
            assembly_id=assembly_id,
            url=url,
            status=status,
            account_id=account_id,
            response_code=response_code,
            response_data=response_data,
            error=error,
            attempts=attempts,
            duration=duration,
            replay=replay,
            created=created,
            finished=finished,
        )

        assembly_notification.additional_properties = d
        return assembly_notification

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
