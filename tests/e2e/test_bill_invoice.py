"""A closed month's bill by its invoice id, through the generated client."""

from __future__ import annotations

from datetime import UTC, datetime

from transloadit_client.api.billing import get_bill_for_invoice
from transloadit_client.models import Bill

from transloadit_kit import Transloadit


def test_bill_by_invoice(kit: Transloadit) -> None:
    params, signature = kit.signed()
    closed = get_bill_for_invoice.sync("2001-02", "emu-2001-02", client=kit.client, params=params, signature=signature)
    assert isinstance(closed, Bill)
    assert (closed.ok, closed.invoice_id, closed.status, closed.assembly_count) == (
        "BILL_FOUND",
        "emu-2001-02",
        "closed",
        0,
    )
    this_month = datetime.now(UTC).strftime("%Y-%m")
    for date, invoice in (("2001-02", "emu-2001-03"), (this_month, f"emu-{this_month}")):
        params, signature = kit.signed()
        wrong = get_bill_for_invoice.sync_detailed(date, invoice, client=kit.client, params=params, signature=signature)
        assert wrong.status_code == 404 and b"BILL_INVOICE_NOT_FOUND" in wrong.content
    bad = get_bill_for_invoice.sync_detailed("2001-13", "x", client=kit.client, params=params, signature=signature)
    assert bad.status_code == 400 and b"BILL_INVALID_MONTH" in bad.content
