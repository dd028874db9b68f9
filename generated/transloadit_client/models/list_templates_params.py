from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_templates_params_fields_item import ListTemplatesParamsFieldsItem
from ..models.list_templates_params_include_builtin import ListTemplatesParamsIncludeBuiltin
from ..models.list_templates_params_order import ListTemplatesParamsOrder
from ..models.list_templates_params_sort import ListTemplatesParamsSort
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth import Auth


T = TypeVar("T", bound="ListTemplatesParams")


@_attrs_define
class ListTemplatesParams:
    """
    Attributes:
        auth (Auth): Identifies the account and bounds the request.
        page (int | Unset):  Default: 1.
        pagesize (int | Unset):  Default: 50.
        sort (ListTemplatesParamsSort | Unset):  Default: ListTemplatesParamsSort.CREATED.
        order (ListTemplatesParamsOrder | Unset):  Default: ListTemplatesParamsOrder.DESC.
        fromdate (str | Unset): A date bound of a listing: `Y-m-d H:i:s` or `Y-m-d` (UTC), as the docs write it, or ISO
            8601 /
            RFC 3339 as the SDKs send it (`toISOString()` in JavaScript, `time.Time` in Go: fractions of
            a second and a zone offset), or the status documents' `Y/m/d H:i:s GMT`. Without a zone it is UTC.
        todate (str | Unset): A date bound of a listing: `Y-m-d H:i:s` or `Y-m-d` (UTC), as the docs write it, or ISO
            8601 /
            RFC 3339 as the SDKs send it (`toISOString()` in JavaScript, `time.Time` in Go: fractions of
            a second and a zone offset), or the status documents' `Y/m/d H:i:s GMT`. Without a zone it is UTC.
        keywords (Any | Unset): A string or a list of strings matched against names and content.
        include_builtin (ListTemplatesParamsIncludeBuiltin | Unset): Built-in Templates in the list: `none`; `latest`
            (the newest version of each) or `all`
            (every version) after the account's own; `exclusively-latest` or `exclusively-all` for
            built-in Templates only. Built-in items carry `description` and `builtin_version`.
             Default: ListTemplatesParamsIncludeBuiltin.NONE.
        fields (list[ListTemplatesParamsFieldsItem] | Unset):
    """

    auth: Auth
    page: int | Unset = 1
    pagesize: int | Unset = 50
    sort: ListTemplatesParamsSort | Unset = ListTemplatesParamsSort.CREATED
    order: ListTemplatesParamsOrder | Unset = ListTemplatesParamsOrder.DESC
    fromdate: str | Unset = UNSET
    todate: str | Unset = UNSET
    keywords: Any | Unset = UNSET
    include_builtin: ListTemplatesParamsIncludeBuiltin | Unset = ListTemplatesParamsIncludeBuiltin.NONE
    fields: list[ListTemplatesParamsFieldsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth.to_dict()

        page = self.page

        pagesize = self.pagesize

        sort: str | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort.value

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        fromdate = self.fromdate

        todate = self.todate

        keywords = self.keywords

        include_builtin: str | Unset = UNSET
        if not isinstance(self.include_builtin, Unset):
            include_builtin = self.include_builtin.value

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.value
                fields.append(fields_item)

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
        if sort is not UNSET:
            field_dict["sort"] = sort
        if order is not UNSET:
            field_dict["order"] = order
        if fromdate is not UNSET:
            field_dict["fromdate"] = fromdate
        if todate is not UNSET:
            field_dict["todate"] = todate
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if include_builtin is not UNSET:
            field_dict["include_builtin"] = include_builtin
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth import Auth  # noqa: PLC0415

        d = dict(src_dict)
        auth = Auth.from_dict(d.pop("auth"))

        page = d.pop("page", UNSET)

        pagesize = d.pop("pagesize", UNSET)

        _sort = d.pop("sort", UNSET)
        sort: ListTemplatesParamsSort | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = ListTemplatesParamsSort(_sort)

        _order = d.pop("order", UNSET)
        order: ListTemplatesParamsOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = ListTemplatesParamsOrder(_order)

        fromdate = d.pop("fromdate", UNSET)

        todate = d.pop("todate", UNSET)

        keywords = d.pop("keywords", UNSET)

        _include_builtin = d.pop("include_builtin", UNSET)
        include_builtin: ListTemplatesParamsIncludeBuiltin | Unset
        if isinstance(_include_builtin, Unset):
            include_builtin = UNSET
        else:
            include_builtin = ListTemplatesParamsIncludeBuiltin(_include_builtin)

        _fields = d.pop("fields", UNSET)
        fields: list[ListTemplatesParamsFieldsItem] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = ListTemplatesParamsFieldsItem(fields_item_data)

                fields.append(fields_item)

        list_templates_params = cls(
            auth=auth,
            page=page,
            pagesize=pagesize,
            sort=sort,
            order=order,
            fromdate=fromdate,
            todate=todate,
            keywords=keywords,
            include_builtin=include_builtin,
            fields=fields,
        )

        list_templates_params.additional_properties = d
        return list_templates_params

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
