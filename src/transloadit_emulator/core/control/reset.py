"""Reset: forget everything, or one account's Assemblies, records, files and Notifications."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ...storage.records import RecordStore
from ..assemblies.service import AssemblyService
from ..notifications import NotificationService
from ..tus import TusService

#: How long a reset waits for executions and Notification attempts under way.
WAIT_S = 120.0


@dataclass(frozen=True)
class Resettable:
    """What a reset empties."""

    assemblies: AssemblyService
    notifications: NotificationService
    records: RecordStore
    tus: TusService


def reset(parts: Resettable, account_key: str | None) -> dict[str, object]:
    """Wait for running executions and Notification attempts, then forget the state (of one account
    when ``account_key`` is given; other accounts' cut-off deliveries start again). What went."""
    parts.assemblies.wait_idle(WAIT_S)
    parts.notifications.drain(WAIT_S)
    if account_key is None:
        parts.assemblies.reset()
        parts.records.clear()
        uploads = len(parts.tus.store.expire(math.inf))
        return {"account": None, "tus_uploads": uploads}
    board = parts.assemblies.board
    with board.lock:
        ids = parts.assemblies.store.delete_account(account_key)
        board.forget(ids)
    for assembly_id in ids:
        parts.assemblies.uploads.blobs.discard_assembly(assembly_id)
    records = parts.records.delete_account(account_key)
    parts.notifications.resume()
    return {"account": account_key, "assemblies": len(ids), "records": records}
