"""Named records an account owns: the create/read/update/delete/list that Templates and Template
Credentials share. Each service keeps what differs (its params, body, answers and error codes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, cast

from ..errors import TransloaditError
from ..ids import is_id
from ..storage.failure import StoreFailure
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
        db_failed: Callable[[str], TransloaditError] | None = None,
    ) -> None:
        self.records = records
        self.kind = kind
        self.clock = clock
        self.ids = ids
        self._not_found = not_found
        self._name_taken = name_taken
        self._db_failed = db_failed

    @contextmanager
    def _stored(self) -> Iterator[None]:
        """Around each store call: a database failure becomes the service's own code, if it has one."""
        try:
            yield
        except StoreFailure as exc:
            if self._db_failed is None:
                raise
            raise self._db_failed(str(exc)) from None

    def create(self, account_key: str, name: str, body: dict[str, Any]) -> Record:
        """A new record called ``name`` (which must be free in the account), stored."""
        self._check_name_free(account_key, name, None)
        now = self.clock.now()
        record = Record(self.kind, self.ids.new_id(), account_key, body, now, now, name)
        with self._stored():
            self.records.put(record)
        return record

    def own(self, record_id: Any, account_key: str) -> Record:
        """The account's record ``record_id``; another account's answers as if it did not exist."""
        with self._stored():
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
        with self._stored():
            self.records.put(record)

    def delete(self, record_id: str, account_key: str) -> None:
        """Remove the account's record ``record_id``."""
        self.own(record_id, account_key)
        with self._stored():
            self.records.delete(self.kind, record_id)

    def named(self, account_key: str, name: str) -> Record | None:
        """The account's record called ``name``, or None."""
        with self._stored():
            rows, _ = self.records.query(RecordQuery(kind=self.kind, account_key=account_key, name=name, pagesize=1))
        return rows[0] if rows else None

    def page(self, account_key: str, page: Page, sort: str, descending: bool) -> tuple[list[Record], int]:
        """A page of the account's records (dates and keywords from ``page``) and how many match in all."""
        with self._stored():
            return self._query_page(account_key, page, sort, descending)

    def _query_page(self, account_key: str, page: Page, sort: str, descending: bool) -> tuple[list[Record], int]:
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
        with self._stored():
            rows, _ = self.records.query(RecordQuery(kind=self.kind, account_key=account_key, name=name, pagesize=2))
        if any(r.id != own_id for r in rows):
            raise self._name_taken(name)
