"""Billing and capacity calls through the generated client (mixed into ``Transloadit``)."""

from __future__ import annotations

from transloadit_client.api.billing import get_bill, get_job_slots
from transloadit_client.models import Bill, JobSlots

from .templates import SignedCaller


class AccountMethods:
    """The account's bill and job slots."""

    def get_bill(self: SignedCaller, month: str) -> Bill:
        """The bill of ``month`` (``YYYY-MM``)."""
        params, signature = self.signed()
        return self._with_retries(
            lambda: get_bill.sync_detailed(month, client=self.client, params=params, signature=signature)
        )

    def get_job_slots(self: SignedCaller) -> JobSlots:
        """Job slots the account's running Assemblies take now."""
        params, signature = self.signed()
        return self._with_retries(
            lambda: get_job_slots.sync_detailed(client=self.client, params=params, signature=signature)
        )
