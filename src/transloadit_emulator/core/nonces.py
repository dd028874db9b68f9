"""Used ``auth.nonce`` values, kept as records until their signatures expire."""

from __future__ import annotations

import hashlib

from ..storage.records import Record, RecordStore
from .clock import Clock

KIND = "nonce"


class RecordNonceRegistry:
    """:class:`~.auth.NonceRegistry` on the record store (survives restarts)."""

    def __init__(self, records: RecordStore, clock: Clock) -> None:
        self.records = records
        self.clock = clock

    def claim(self, account_key: str, nonce: str, until_ts: float) -> bool:
        """Record the nonce; False when the account already used it."""
        now = self.clock.now()
        # Expired nonces go first: their signatures are refused as AUTH_EXPIRED anyway.
        self.records.purge_expired(KIND, now)
        record_id = hashlib.sha256(f"{account_key}\\0{nonce}".encode()).hexdigest()[:32]
        record = Record(KIND, record_id, account_key, {"until": until_ts}, now, until_ts)
        return self.records.insert_new(record)
