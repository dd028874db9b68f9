"""Transloadit's date format, shared by the Assembly Status and file metadata.

The live API writes ``start_date``, ``execution_start``, ``last_job_completed``, ``notify_start``
and files' ``date_file_created`` / ``date_file_modified`` as ``2020/01/09 12:02:06 GMT`` (UTC).
This module imports nothing of the package, so every layer may use it.
"""

from __future__ import annotations

from datetime import UTC, datetime


def transloadit_date(ts: float) -> str:
    """A Unix timestamp as Transloadit writes dates: ``2020/01/09 12:02:06 GMT`` (UTC)."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y/%m/%d %H:%M:%S GMT")
