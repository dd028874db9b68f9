"""The outbox: every Notification sent or pending, with what was sent and what the receiver said.

Read from the ``notification`` records ``core/notifications.py`` writes (the payload, its
signature and each attempt's answer are kept there, out of the public listings).
"""

from __future__ import annotations

from typing import Any

from ...storage.records import Record, RecordQuery, RecordStore
from ..notifications import KIND

#: At most this many Notifications are listed, newest first.
LIMIT = 500


def outbox(records: RecordStore, account_key: str | None, assembly_id: str | None) -> list[dict[str, Any]]:
    """The Notifications (of one account, of one Assembly, or all), newest first."""
    rows, _ = records.query(
        RecordQuery(kind=KIND, account_key=account_key, parent_id=assembly_id, pagesize=LIMIT, descending=True)
    )
    return [_entry(r) for r in rows]


def _entry(record: Record) -> dict[str, Any]:
    body = record.body
    return {
        "id": record.id,
        "assembly_id": record.parent_id,
        "account_key": record.account_key,
        "url": body.get("url"),
        "status": "pending" if record.name == "processing" else record.name,
        "replay": body.get("replay", False),
        "payload": body.get("payload"),
        "signature": body.get("signature"),
        "attempts": body.get("attempts", 0),
        "answers": body.get("answers", []),
        "created": body.get("created"),
        "finished": body.get("finished"),
    }
