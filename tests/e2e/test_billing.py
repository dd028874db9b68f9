"""The bill and the job slots, computed from real usage, through transloadit_kit (both facades)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import jpeg_bytes
from tests.kits import KIT_KINDS
from transloadit_kit import Transloadit, TransloaditApiError

pytestmark = pytest.mark.parametrize("kit_kind", KIT_KINDS)

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
