from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_assemblies_params_type import ListAssembliesParamsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth import Auth


T = TypeVar("T", bound="ListAssembliesParams")


@_attrs_define
class ListAssembliesParams:
    """The params of an Assembly listing.

    Attributes:
        auth (Auth): Identifies the account and bounds the request.
        page (int | Unset):  Default: 1.
        pagesize (int | Unset):  Default: 50.
        type_ (ListAssembliesParamsType | Unset):  Default: ListAssembliesParamsType.ALL.
        fromdate (str | Unset): A date bound of a listing: `Y-m-d H:i:s` or `Y-m-d` (UTC), as the docs write it, or ISO
            8601 /
            RFC 3339 as the SDKs send it (`toISOString()` in JavaScript, `time.Time` in Go: fractions of
            a second and a zone offset), or the status documents' `Y/m/d H:i:s GMT`. Without a zone it is UTC.
        todate (str | Unset): A date bound of a listing: `Y-m-d H:i:s` or `Y-m-d` (UTC), as the docs write it, or ISO
            8601 /
            RFC 3339 as the SDKs send it (`toISOString()` in JavaScript, `time.Time` in Go: fractions of
            a second and a zone offset), or the status documents' `Y/m/d H:i:s GMT`. Without a zone it is UTC.
        keywords (Any | Unset): A string or a list of strings, all of which must match.
    """

    auth: Auth
    page: int | Unset = 1
    pagesize: int | Unset = 50
    type_: ListAssembliesParamsType | Unset = ListAssembliesParamsType.ALL
    fromdate: str | Unset = UNSET
    todate: str | Unset = UNSET
    keywords: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth.to_dict()

        page = self.page

        pagesize = self.pagesize

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        fromdate = self.fromdate

        todate = self.todate

        keywords = self.keywords

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
        if fromdate is not UNSET:
            field_dict["fromdate"] = fromdate
        if todate is not UNSET:
            field_dict["todate"] = todate
        if keywords is not UNSET:
            field_dict["keywords"] = keywords

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth import Auth  # noqa: PLC0415

        d = dict(src_dict)
        auth = Auth.from_dict(d.pop("auth"))

        page = d.pop("page", UNSET)

        pagesize = d.pop("pagesize", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ListAssembliesParamsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ListAssembliesParamsType(_type_)

        fromdate = d.pop("fromdate", UNSET)

        todate = d.pop("todate", UNSET)

        keywords = d.pop("keywords", UNSET)

        list_assemblies_params = cls(
            auth=auth,
            page=page,
            pagesize=pagesize,
            type_=type_,
            fromdate=fromdate,
            todate=todate,
            keywords=keywords,
        )

        list_assemblies_params.additional_properties = d
        return list_assemblies_params

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
