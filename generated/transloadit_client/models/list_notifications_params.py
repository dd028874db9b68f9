from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_notifications_params_type import ListNotificationsParamsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth import Auth


T = TypeVar("T", bound="ListNotificationsParams")


@_attrs_define
class ListNotificationsParams:
    """The params of a Notification listing.

    Attributes:
        auth (Auth): Identifies the account and bounds the request.
        page (int | Unset):  Default: 1.
        pagesize (int | Unset):  Default: 50.
        type_ (ListNotificationsParamsType | Unset):  Default: ListNotificationsParamsType.ALL.
        assembly_id (str | Unset):
    """

    auth: Auth
    page: int | Unset = 1
    pagesize: int | Unset = 50
    type_: ListNotificationsParamsType | Unset = ListNotificationsParamsType.ALL
    assembly_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth.to_dict()

        page = self.page

        pagesize = self.pagesize

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        assembly_id = self.assembly_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if pagesize is not UNSET:
            field_dict["pagesize"] = pagesize
        if type_ is not UNSET:
            field_dict["type"] = type_
        if assembly_id is not UNSET:
            field_dict["assembly_id"] = assembly_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth import Auth  # noqa: PLC0415

        d = dict(src_dict)
        auth = Auth.from_dict(d.pop("auth"))

        page = d.pop("page", UNSET)

        pagesize = d.pop("pagesize", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ListNotificationsParamsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ListNotificationsParamsType(_type_)

        assembly_id = d.pop("assembly_id", UNSET)

        list_notifications_params = cls(
            auth=auth,
            page=page,
            pagesize=pagesize,
            type_=type_,
            assembly_id=assembly_id,
        )

        list_notifications_params.additional_properties = d
        return list_notifications_params

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
