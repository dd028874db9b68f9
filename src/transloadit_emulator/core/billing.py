"""The monthly bill, computed from the account's real usage: the ``bytes_usage`` of its Assemblies."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import orjson

from ..errors import TransloaditError
from ..settings import Settings
from ..storage.state import StateStore
from . import auth
from .assemblies.model import SignedRequest
from .clock import Clock

_MONTH = re.compile(r"^((?:19|2[0-9])[0-9][0-9])-([0-9][0-9])$")  # 1900-01 to 2999-12, ASCII digits
_GB = 1024**3


def month_bounds(month: str) -> tuple[float, float]:
    """``[start, end)`` timestamps (UTC) of a ``YYYY-MM`` month; BILL_INVALID_MONTH when malformed."""
    match = _MONTH.match(month)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise TransloaditError(
            "BILL_INVALID_MONTH", f"The month must be YYYY-MM between 1900-01 and 2999-12, got {month!r}."
        )
    year, mon = int(match.group(1)), int(match.group(2))
    start = datetime(year, mon, 1, tzinfo=UTC)
    end = datetime(year + (mon == 12), mon % 12 + 1, 1, tzinfo=UTC)
    return start.timestamp(), end.timestamp()


class BillingService:
    """``GET /bill/{month}``."""

    def __init__(
        self, settings: Settings, store: StateStore, clock: Clock, authenticator: auth.Authenticator | None = None
    ) -> None:
        self.settings = settings
        self.store = store
        self.clock = clock
        self.authenticator = authenticator or auth.Authenticator(settings, clock)

    def get_bill(self, month: str, request: SignedRequest) -> bytes:
        """The bill of ``month`` (``YYYY-MM``): Assemblies run and bytes used; ``invoice_id`` null while open."""
        authed = self.authenticator(request)
        return orjson.dumps(self._bill(authed.account.key, month))

    def get_bill_for_invoice(self, date: str, invoice_id: str, request: SignedRequest) -> bytes:
        """The closed bill of ``date`` (``YYYY-MM``) whose invoice is ``invoice_id``."""
        authed = self.authenticator(request)
        bill = self._bill(authed.account.key, date)
        if bill["invoice_id"] is None or bill["invoice_id"] != invoice_id:
            raise TransloaditError(
                "BILL_INVOICE_NOT_FOUND",
                f"No invoice {invoice_id!r} exists for {date}"
                + (" (the month is still open)." if bill["invoice_id"] is None else f"; its is {bill['invoice_id']}."),
            )
        return orjson.dumps(bill)

    def _bill(self, account_key: str, month: str) -> dict[str, object]:
        start, end = month_bounds(month)
        count, used = self.store.usage(account_key, start, end)
        current = self.clock.now() < end  # the current month's bill (or a future one) has no invoice yet
        return {
            "ok": "BILL_FOUND",
            "message": "The bill was found.",
            "month": month,
            "invoice_id": None if current else f"emu-{month}",
            "status": "open" if current else "closed",
            "assembly_count": count,
            "bytes_usage": used,
            "usage_gb": round(used / _GB, 6),
            "price": 0,
            "currency": "USD",
        }
