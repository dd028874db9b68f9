from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bill_status import BillStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Bill")


@_attrs_define
class Bill:
    """
    Attributes:
        ok (str):
        message (str | Unset):
        month (str | Unset):
        invoice_id (None | str | Unset):
        status (BillStatus | Unset):
        assembly_count (int | Unset):
        bytes_usage (int | Unset):
        usage_gb (float | Unset):
        price (float | Unset):
        currency (str | Unset):
    """

    ok: str
    message: str | Unset = UNSET
    month: str | Unset = UNSET
    invoice_id: None | str | Unset = UNSET
    status: BillStatus | Unset = UNSET
    assembly_count: int | Unset = UNSET
    bytes_usage: int | Unset = UNSET
    usage_gb: float | Unset = UNSET
    price: float | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        message = self.message

        month = self.month

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        assembly_count = self.assembly_count

        bytes_usage = self.bytes_usage

        usage_gb = self.usage_gb

        price = self.price

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if month is not UNSET:
            field_dict["month"] = month
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if status is not UNSET:
            field_dict["status"] = status
        if assembly_count is not UNSET:
            field_dict["assembly_count"] = assembly_count
        if bytes_usage is not UNSET:
            field_dict["bytes_usage"] = bytes_usage
        if usage_gb is not UNSET:
            field_dict["usage_gb"] = usage_gb
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ok = d.pop("ok")

        message = d.pop("message", UNSET)

        month = d.pop("month", UNSET)

        def _parse_invoice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_id = _parse_invoice_id(d.pop("invoice_id", UNSET))

        _status = d.pop("status", UNSET)
        status: BillStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BillStatus(_status)

        assembly_count = d.pop("assembly_count", UNSET)

        bytes_usage = d.pop("bytes_usage", UNSET)

        usage_gb = d.pop("usage_gb", UNSET)

        price = d.pop("price", UNSET)

        currency = d.pop("currency", UNSET)

        bill = cls(
            ok=ok,
            message=message,
            month=month,
            invoice_id=invoice_id,
            status=status,
            assembly_count=assembly_count,
            bytes_usage=bytes_usage,
            usage_gb=usage_gb,
            price=price,
            currency=currency,
        )

        bill.additional_properties = d
        return bill

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
