"""Named records an account owns: the create/read/update/delete/list that Templates and Template
Credentials share. Each service keeps what differs (its params, body, answers and error codes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from ..errors import TransloaditError
from ..ids import is_id
from ..storage.records import Record, RecordQuery, RecordStore, SortColumn
from .clock import Clock, IdSource
from .paging import Page

SORTS = ("id", "name", "created", "modified")


class NamedRecords:
    """Records of one ``kind``, each owned by an account and named uniquely within it."""

    def __init__(
        self,
        records: RecordStore,
        kind: str,
        clock: Clock,
        ids: IdSource,
        *,
        not_found: Callable[[Any], TransloaditError],
        name_taken: Callable[[str], TransloaditError],
    ) -> None:
        self.records = records
        self.kind = kind
        self.clock = clock
        self.ids = ids
        self._not_found = not_found
        self._name_taken = name_taken

    def create(self, account_key: str, name: str, body: dict[str, Any]) -> Record:
        """A new record called ``name`` (which must be free in the account), stored."""
        self._check_name_free(account_key, name, None)
        now = self.clock.now()
        record = Record(self.kind, self.ids.new_id(), account_key, body, now, now, name)
        self.records.put(record)
        return record

    def own(self, record_id: Any, account_key: str) -> Record:
        """The account's record ``record_id``; another account's answers as if it did not exist."""
        record = self.records.get(self.kind, record_id) if is_id(record_id) else None
        if record is None or record.account_key != account_key:
            raise self._not_found(record_id)
        return record

    def rename(self, record: Record, name: str) -> None:
        """Call ``record`` ``name``, unless another record of the account has it (saved by :meth:`save`)."""
        self._check_name_free(record.account_key, name, record.id)
        record.name = name

    def save(self, record: Record) -> None:
        """Store a changed record, now modified."""
        record.modified_ts = self.clock.now()
        self.records.put(record)

    def delete(self, record_id: str, account_key: str) -> None:
        """Remove the account's record ``record_id``."""
        self.own(record_id, account_key)
        self.records.delete(self.kind, record_id)

    def named(self, account_key: str, name: str) -> Record | None:
        """The account's record called ``name``, or None."""
        rows, _ = self.records.query(RecordQuery(kind=self.kind, account_key=account_key, name=name, pagesize=1))
        return rows[0] if rows else None

    def page(self, account_key: str, page: Page, sort: str, descending: bool) -> tuple[list[Record], int]:
        """A page of the account's records (dates and keywords from ``page``) and how many match in all."""
        return self.records.query(
            RecordQuery(
                kind=self.kind,
                account_key=account_key,
                from_ts=page.from_ts,
                to_ts=page.to_ts,
                keywords=page.keywords,
                sort=cast(SortColumn, sort),
                descending=descending,
                page=page.page,
                pagesize=page.pagesize,
            )
        )

    def _check_name_free(self, account_key: str, name: str, own_id: str | None) -> None:
        rows, _ = self.records.query(RecordQuery(kind=self.kind, account_key=account_key, name=name, pagesize=2))
        if any(r.id != own_id for r in rows):
            raise self._name_taken(name)
