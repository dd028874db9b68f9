"""Assembly Notifications: the POST to ``notify_url`` when an Assembly ends, its retries, replays
and the record of every delivery.

The body is ``transloadit=<status JSON>&signature=sha384:<hex HMAC of exactly that JSON>``,
urlencoded as the real API sends it (multipart when configured). Only a 200 counts as received,
as the docs say; anything else is retried after each of ``Settings.notify_retry_delays``
(5 retries over about a minute by default).

Each delivery is a ``notification`` record (parent: the Assembly) written before the first
attempt, so deliveries cut off by a restart are picked up again at start-up. Records are named
by their outcome (``processing``, ``successful``, ``failed``) so listings filter on it.

Sending one (the address rule, the signature) is ``notify_sender.py``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from typing import Any, Protocol

import orjson

from ..dates import transloadit_date
from ..errors import TransloaditError
from ..ids import account_id, is_id
from ..settings import Settings
from ..storage.failure import StoreFailure
from ..storage.records import Record, RecordQuery, RecordStore
from . import auth
from .assemblies.model import SignedRequest
from .assemblies.status import list_date
from .clock import Clock, IdSource
from .control.faults import HANG, FaultBoard
from .notify_sender import Attempt, Sender, http_sender, sign_notification
from .paging import choice_param, read_page

KIND = "notification"
_URL = re.compile(r"^https?://[^\s/]+")
_LIST_CODE = "ASSEMBLY_NOTIFICATION_LIST_ERROR"


class NotifiedAssemblies(Protocol):
    """What notifications need of the Assembly service."""

    def add_finish_listener(self, listener: Callable[[str, dict[str, Any]], None]) -> None: ...

    def snapshot(self, assembly_id: str) -> tuple[str, dict[str, Any], bool]: ...

    def record_notification(self, assembly_id: str, fields: dict[str, Any]) -> None: ...


class NotificationService:
    """Deliveries when Assemblies end, replays, and the listings of what was sent."""

    def __init__(
        self,
        settings: Settings,
        records: RecordStore,
        clock: Clock,
        ids: IdSource,
        assemblies: NotifiedAssemblies,
        sender: Sender | None = None,
        authenticator: auth.Authenticator | None = None,
        faults: FaultBoard | None = None,
    ) -> None:
        self.settings = settings
        self.records = records
        self.clock = clock
        self.ids = ids
        self.assemblies = assemblies
        self.authenticator = authenticator or auth.Authenticator(settings, clock)
        self._send = sender or http_sender(
            settings.notify_encoding == "multipart", allow_private=settings.allow_private_imports
        )
        self.faults = faults
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="notify")
        self._deliveries: set[Future[None]] = set()
        self._closing = threading.Event()
        #: Set to cut retry waits and hangs short: at shutdown, and while a reset drains deliveries.
        self._interrupt = threading.Event()
        assemblies.add_finish_listener(self._on_finish)

    # -- lifecycle -------------------------------------------------------------------------------

    def resume(self) -> int:
        """Start again the deliveries a previous run left unfinished; how many."""
        pending, _ = self.records.query(RecordQuery(kind=KIND, name="processing", pagesize=100_000))
        for record in pending:
            self._submit(record)
        return len(pending)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until no delivery is under way (for tests); False on timeout."""
        _, pending = wait_futures(set(self._deliveries), timeout=timeout)
        return not pending

    def drain(self, timeout: float = 60.0) -> bool:
        """Cut retry waits short and wait for attempts under way (a reset); deliveries cut off stay
        ``processing`` for :meth:`resume`. False when attempts were still running at ``timeout``."""
        self._interrupt.set()
        try:
            return self.wait_idle(timeout)
        finally:
            if not self._closing.is_set():
                self._interrupt.clear()

    def close(self) -> None:
        """Stop waiting between retries and let running attempts end."""
        self._closing.set()
        self._interrupt.set()
        self._pool.shutdown(wait=True, cancel_futures=True)

    # -- operations ------------------------------------------------------------------------------

    def replay_assembly_notification(self, assembly_id: str, request: SignedRequest, wait: str | None) -> bytes:
        """``POST /assembly_notifications/{assembly_id}/replay``: send the Notification again."""
        authed = self.authenticator(request)
        account_key, status, finished = self._owned(assembly_id, authed.account.key)
        params = authed.params
        url = params.get("notify_url") or status.get("notify_url")
        if not url:
            raise TransloaditError(
                "ASSEMBLY_NO_NOTIFY_URL",
                "The Assembly has no notify_url; give one in params to replay its Notification.",
                assembly_id=assembly_id,
            )
        if not isinstance(url, str) or not _URL.match(url):
            raise TransloaditError("ASSEMBLY_INVALID_NOTIFY_URL", f"The notify_url {url!r} is not an http(s) URL.")
        if not finished:
            raise TransloaditError(
                "ASSEMBLY_NOT_FINISHED",
                "The Assembly has not finished yet; its Notification is sent when it does.",
                assembly_id=assembly_id,
            )
        try:
            record = self._new_record(account_key, assembly_id, url, replay=True)
        except StoreFailure as exc:  # nothing is sent that could not be recorded
            raise TransloaditError(
                "ASSEMBLY_NOTIFICATION_NOT_PERSISTED",
                f"The Notification could not be recorded: {exc}",
                assembly_id=assembly_id,
            ) from None
        if not _wait_flag(params.get("wait", wait)):
            self._submit(record)
            return self._replay_answer("ASSEMBLY_NOTIFICATION_REPLAYING", record, url)
        self._deliver(record)
        if record.name != "successful":
            raise TransloaditError(
                "ASSEMBLY_NOTIFICATION_NOT_REPLAYED",
                f"The Notification to {url} failed: {record.body['error']}",
                assembly_id=assembly_id,
                notification_id=record.id,
                notification=_item(record),
            )
        return self._replay_answer("ASSEMBLY_NOTIFICATION_REPLAYED", record, url)

    def replay_assembly_notification_deprecated(
        self, assembly_id: str, request: SignedRequest, wait: str | None
    ) -> bytes:
        """``POST /assemblies/{assembly_id}/replay_notification``: the old URL of the replay."""
        return self.replay_assembly_notification(assembly_id, request, wait)

    def list_notifications(self, request: SignedRequest) -> bytes:
        """``GET /assembly_notifications``: the account's Notifications, optionally of one Assembly."""
        authed = self.authenticator(request)
        assembly_id = authed.params.get("assembly_id")
        if assembly_id is not None and not is_id(assembly_id):
            raise TransloaditError(_LIST_CODE, f"assembly_id must be 32 hex characters, got {assembly_id!r}.")
        return self._list(authed, assembly_id)

    def list_assembly_notifications(self, assembly_id: str, request: SignedRequest) -> bytes:
        """``GET /assembly_notifications/{assembly_id}``: one Assembly's Notifications."""
        authed = self.authenticator(request)
        self._owned(assembly_id, authed.account.key)
        return self._list(authed, assembly_id)

    # -- delivery --------------------------------------------------------------------------------

    def _on_finish(self, account_key: str, status: dict[str, Any]) -> None:
        """Finish listener (under the Assembly lock): record the delivery, then send it off-thread."""
        url = status.get("notify_url")
        if not url:
            return
        record = self._new_record(account_key, str(status["assembly_id"]), str(url), replay=False)
        self._submit(record)

    def _submit(self, record: Record) -> None:
        """Deliver in the background; once shutting down, the record waits for the next start."""
        try:
            future = self._pool.submit(self._deliver, record)
        except RuntimeError:
            return  # the pool is shut down: resume() picks the "processing" record up again
        self._deliveries.add(future)
        future.add_done_callback(self._deliveries.discard)

    def _new_record(self, account_key: str, assembly_id: str, url: str, *, replay: bool) -> Record:
        now = self.clock.now()
        record = Record(
            kind=KIND,
            id=self.ids.new_id(),
            account_key=account_key,
            name="processing",
            parent_id=assembly_id,
            created_ts=now,
            modified_ts=now,
            body={
                "assembly_id": assembly_id,
                "account_id": account_id(account_key),
                "url": url,
                "replay": replay,
                "attempts": 0,
                "response_code": None,
                "response_data": None,
                "error": None,
                "duration": None,
                "created": list_date(now),
                "finished": None,
            },
        )
        self.records.put(record)
        return record

    def _deliver(self, record: Record) -> None:
        """Send the Assembly's status to the record's URL, retrying; record and show the outcome."""
        assembly_id = record.parent_id
        try:
            _, status, _ = self.assemblies.snapshot(assembly_id)
        except TransloaditError:
            self._finish(record, Attempt(None, None, "The Assembly no longer exists.", 0.0))
            return
        account = self.authenticator.account(record.account_key)
        if account is None:
            self._finish(record, Attempt(None, None, "The Assembly's account no longer exists.", 0.0))
            return
        self.assemblies.record_notification(
            assembly_id, {"notify_status": "processing", "notify_start": transloadit_date(self.clock.now())}
        )
        payload = orjson.dumps(status).decode()
        fields = {"transloadit": payload, "signature": sign_notification(payload, account.secret)}
        # What was sent and every answer, for the control plane's outbox (not in the public listings).
        record.body.update(payload=payload, signature=fields["signature"])
        answers = record.body.setdefault("answers", [])
        delays = self.settings.notify_retry_delays
        attempt = Attempt(None, None, "not sent", 0.0)
        for number in range(len(delays) + 1):
            if number and self._interrupt.wait(delays[number - 1]):
                return  # shutting down: the record stays "processing" and resumes at the next start
            attempt = self._attempt(record.body["url"], fields)
            record.body["attempts"] = number + 1
            answers.append(
                {"code": attempt.code, "data": attempt.data, "error": attempt.error, "at": list_date(self.clock.now())}
            )
            if attempt.code == 200 or attempt.final:
                break
            self._save(record, attempt)
        self._finish(record, attempt)

    def _attempt(self, url: str, fields: dict[str, str]) -> Attempt:
        """One POST, unless a ``delivery`` fault is armed: ``fail`` answers as an unreachable
        receiver without sending, ``hang`` waits its seconds first (the record stays pending)."""
        fault = self.faults.take_delivery() if self.faults is not None else None
        if fault is None:
            return self._send(url, fields)
        if fault.mode == HANG:
            self._interrupt.wait(fault.delay)
            return self._send(url, fields)
        return Attempt(None, None, f"Injected fault {fault.id}: the delivery failed.", 0.0)

    def _save(self, record: Record, attempt: Attempt) -> None:
        record.body.update(
            response_code=attempt.code,
            response_data=attempt.data,
            error=attempt.error,
            duration=round(attempt.duration, 3),
        )
        record.modified_ts = self.clock.now()
        self.records.put(record)

    def _finish(self, record: Record, attempt: Attempt) -> None:
        outcome = "successful" if attempt.code == 200 else "failed"
        record.name = outcome
        record.body["finished"] = list_date(self.clock.now())
        self._save(record, attempt)
        try:
            self.assemblies.record_notification(
                record.parent_id,
                {
                    "notify_status": outcome,
                    "notify_response_code": attempt.code,
                    "notify_response_data": attempt.data,
                    "notify_duration": round(attempt.duration, 3),
                    "notify_error": attempt.error,
                },
            )
        except TransloaditError:
            pass  # the Assembly was deleted meanwhile; the record tells what happened

    # -- helpers ---------------------------------------------------------------------------------

    def _owned(self, assembly_id: str, account_key: str) -> tuple[str, dict[str, Any], bool]:
        """The account's Assembly; another account's answers ASSEMBLY_NOT_FOUND, exactly as an
        unknown id does (GET and DELETE do the same), so its existence is not told."""
        not_found = TransloaditError(
            "ASSEMBLY_NOT_FOUND", f"The Assembly {assembly_id!r} does not exist.", assembly_id=assembly_id
        )
        if not is_id(assembly_id):
            raise not_found
        owner, status, finished = self.assemblies.snapshot(assembly_id)
        if owner != account_key:
            raise not_found
        return owner, status, finished

    def _list(self, authed: auth.AuthedRequest, assembly_id: str | None) -> bytes:
        params = authed.params
        page = read_page(params, _LIST_CODE)
        kind = choice_param(params, "type", "all", ("all", "successful", "failed"), _LIST_CODE)
        query = RecordQuery(
            kind=KIND,
            account_key=authed.account.key,
            parent_id=assembly_id,
            name=None if kind == "all" else kind,
            page=page.page,
            pagesize=page.pagesize,
        )
        try:
            rows, count = self.records.query(query)
        except StoreFailure as exc:  # the parameters were fine: the database failed
            raise TransloaditError(
                "ASSEMBLY_NOTIFICATIONS_LIST_ERROR", f"The Notifications could not be read: {exc}"
            ) from None
        return orjson.dumps({"ok": "ASSEMBLY_NOTIFICATIONS_FOUND", "items": [_item(r) for r in rows], "count": count})

    def _replay_answer(self, code: str, record: Record, url: str) -> bytes:
        messages = {
            "ASSEMBLY_NOTIFICATION_REPLAYED": "The Assembly Notification was replayed.",
            "ASSEMBLY_NOTIFICATION_REPLAYING": "The Assembly Notification is being replayed.",
        }
        return orjson.dumps(
            {
                "ok": code,
                "message": messages[code],
                "success": True,
                "notification_id": record.id,
                "assembly_id": record.parent_id,
                "notify_url": url,
                "notification": _item(record),
            }
        )


def _wait_flag(value: Any) -> bool:
    """``wait`` from params (a boolean) or a form field (text); true unless plainly false."""
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "0", "no", "off")
    return bool(value)


#: What the outbox shows besides the listing's fields.
OUTBOX_ONLY = ("payload", "signature", "answers")


def _item(record: Record) -> dict[str, Any]:
    return {"id": record.id, "status": record.name, **{k: v for k, v in record.body.items() if k not in OUTBOX_ONLY}}
