"""The bill and the job slots, computed from real usage, through transloadit_kit."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from transloadit_client.api.billing import get_bill_for_invoice
from transloadit_client.models import Bill

from tests.conftest import jpeg_bytes
from transloadit_kit import Transloadit, TransloaditApiError

STEPS = {":original": {"robot": "/upload/handle"}, "small": {"use": ":original", "robot": "/image/resize", "width": 30}}


def test_bill_counts_the_months_assemblies_and_bytes(kit: Transloadit) -> None:
    month = datetime.now(UTC).strftime("%Y-%m")
    empty = kit.get_bill(month)
    assert (empty.ok, empty.assembly_count, empty.bytes_usage, empty.invoice_id) == ("BILL_FOUND", 0, 0, None)

    done = [
        kit.create_assembly(steps=STEPS, files=[(f"{i}.jpg", jpeg_bytes((90, 60)))], wait=True, timeout=30)
        for i in range(2)
    ]
    bill = kit.get_bill(month)
    assert bill.assembly_count == 2
    assert bill.bytes_usage == sum(int(d.bytes_usage) for d in done) > 0  # type: ignore[arg-type]
    assert bill.status == "open"

    past = kit.get_bill("2001-02")
    assert (past.assembly_count, past.invoice_id, past.status) == (0, "emu-2001-02", "closed")
    assert kit.get_bill("2999-01").invoice_id is None  # not begun: nothing used, not invoiced
    for bad in ("2001-13", "0000-01", "3000-01"):
        with pytest.raises(TransloaditApiError) as caught:
            kit.get_bill(bad)
        assert caught.value.code == "BILL_INVALID_MONTH"


def test_job_slots_are_free_when_idle(kit: Transloadit) -> None:
    slots = kit.get_job_slots()
    assert slots.ok == "PRIORITY_JOB_SLOTS_FOUND"
    assert slots.priority_job_slots.total == 120 and slots.priority_job_slots.in_use == 0  # type: ignore[union-attr]


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
