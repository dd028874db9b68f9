from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssemblyListItem")


@_attrs_define
class AssemblyListItem:
    """
    Attributes:
        id (str):
        created (datetime.datetime): RFC 3339, UTC, milliseconds.
        parent_id (None | str | Unset):
        account_id (None | str | Unset):
        template_id (None | str | Unset):
        instance (None | str | Unset):
        region (None | str | Unset):
        notify_url (None | str | Unset):
        redirect_url (None | str | Unset):
        files (None | str | Unset): JSON list of the uploaded file names.
        warning_count (int | Unset):
        execution_duration (float | None | Unset):
        execution_start (datetime.datetime | None | Unset): RFC 3339, as `created`.
        num_input_files (int | Unset):
        bytes_usage (int | None | Unset):
        bytes_expected (int | None | Unset):
        bytes_received (int | None | Unset):
        upload_duration (float | None | Unset):
        ok (None | str | Unset):
        error (None | str | Unset):
    """

    id: str
    created: datetime.datetime
    parent_id: None | str | Unset = UNSET
    account_id: None | str | Unset = UNSET
    template_id: None | str | Unset = UNSET
    instance: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    notify_url: None | str | Unset = UNSET
    redirect_url: None | str | Unset = UNSET
    files: None | str | Unset = UNSET
    warning_count: int | Unset = UNSET
    execution_duration: float | None | Unset = UNSET
    execution_start: datetime.datetime | None | Unset = UNSET
    num_input_files: int | Unset = UNSET
    bytes_usage: int | None | Unset = UNSET
    bytes_expected: int | None | Unset = UNSET
    bytes_received: int | None | Unset = UNSET
    upload_duration: float | None | Unset = UNSET
    ok: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        instance: None | str | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        else:
            instance = self.instance

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        notify_url: None | str | Unset
        if isinstance(self.notify_url, Unset):
            notify_url = UNSET
        else:
            notify_url = self.notify_url

        redirect_url: None | str | Unset
        if isinstance(self.redirect_url, Unset):
            redirect_url = UNSET
        else:
            redirect_url = self.redirect_url

        files: None | str | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        else:
            files = self.files

        warning_count = self.warning_count

        execution_duration: float | None | Unset
        if isinstance(self.execution_duration, Unset):
            execution_duration = UNSET
        else:
            execution_duration = self.execution_duration

        execution_start: None | str | Unset
        if isinstance(self.execution_start, Unset):
            execution_start = UNSET
        elif isinstance(self.execution_start, datetime.datetime):
            execution_start = self.execution_start.isoformat()
        else:
            execution_start = self.execution_start

        num_input_files = self.num_input_files

        bytes_usage: int | None | Unset
        if isinstance(self.bytes_usage, Unset):
            bytes_usage = UNSET
        else:
            bytes_usage = self.bytes_usage

        bytes_expected: int | None | Unset
        if isinstance(self.bytes_expected, Unset):
            bytes_expected = UNSET
        else:
            bytes_expected = self.bytes_expected

        bytes_received: int | None | Unset
        if isinstance(self.bytes_received, Unset):
            bytes_received = UNSET
        else:
            bytes_received = self.bytes_received

        upload_duration: float | None | Unset
        if isinstance(self.upload_duration, Unset):
            upload_duration = UNSET
        else:
            upload_duration = self.upload_duration

        ok: None | str | Unset
        if isinstance(self.ok, Unset):
            ok = UNSET
        else:
            ok = self.ok

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if instance is not UNSET:
            field_dict["instance"] = instance
        if region is not UNSET:
            field_dict["region"] = region
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if files is not UNSET:
            field_dict["files"] = files
        if warning_count is not UNSET:
            field_dict["warning_count"] = warning_count
        if execution_duration is not UNSET:
            field_dict["execution_duration"] = execution_duration
        if execution_start is not UNSET:
            field_dict["execution_start"] = execution_start
        if num_input_files is not UNSET:
            field_dict["num_input_files"] = num_input_files
        if bytes_usage is not UNSET:
            field_dict["bytes_usage"] = bytes_usage
        if bytes_expected is not UNSET:
            field_dict["bytes_expected"] = bytes_expected
        if bytes_received is not UNSET:
            field_dict["bytes_received"] = bytes_received
        if upload_duration is not UNSET:
            field_dict["upload_duration"] = upload_duration
        if ok is not UNSET:
            field_dict["ok"] = ok
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        def _parse_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        def _parse_instance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance = _parse_instance(d.pop("instance", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_notify_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_url = _parse_notify_url(d.pop("notify_url", UNSET))

        def _parse_redirect_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_url = _parse_redirect_url(d.pop("redirect_url", UNSET))

        def _parse_files(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        files = _parse_files(d.pop("files", UNSET))

        warning_count = d.pop("warning_count", UNSET)

        def _parse_execution_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        execution_duration = _parse_execution_duration(d.pop("execution_duration", UNSET))

        def _parse_execution_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_start_type_0 = datetime.datetime.fromisoformat(data)

                return execution_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        execution_start = _parse_execution_start(d.pop("execution_start", UNSET))

        num_input_files = d.pop("num_input_files", UNSET)

        def _parse_bytes_usage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bytes_usage = _parse_bytes_usage(d.pop("bytes_usage", UNSET))

        def _parse_bytes_expected(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bytes_expected = _parse_bytes_expected(d.pop("bytes_expected", UNSET))

        def _parse_bytes_received(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bytes_received = _parse_bytes_received(d.pop("bytes_received", UNSET))

        def _parse_upload_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        upload_duration = _parse_upload_duration(d.pop("upload_duration", UNSET))

        def _parse_ok(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ok = _parse_ok(d.pop("ok", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        assembly_list_item = cls(
            id=id,
            created=created,
            parent_id=parent_id,
            account_id=account_id,
            template_id=template_id,
            instance=instance,
            region=region,
            notify_url=notify_url,
            redirect_url=redirect_url,
            files=files,
            warning_count=warning_count,
            execution_duration=execution_duration,
            execution_start=execution_start,
            num_input_files=num_input_files,
            bytes_usage=bytes_usage,
            bytes_expected=bytes_expected,
            bytes_received=bytes_received,
            upload_duration=upload_duration,
            ok=ok,
            error=error,
        )

        assembly_list_item.additional_properties = d
        return assembly_list_item

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
