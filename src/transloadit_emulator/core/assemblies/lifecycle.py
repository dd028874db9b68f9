"""The Assembly Status document and its named transitions: the one place it changes.

:class:`AssemblyStatus` wraps the JSON document the API reports (it serializes to exactly that
object). Everything else reads it through typed properties or :attr:`AssemblyStatus.document`;
``ok``, ``error``, ``message`` and the job lists change only in the transitions below.

Each transition returns the live events it implies (the deltas a listener of the Server-Sent
Events stream needs), or None when it does not apply. Cancel semantics are part of the
transitions: what executes or uploads (``begin``, ``start_jobs``, ``record_result``,
``complete``, ``fail``, ``crash``, the tus transitions) applies only while the Assembly is busy,
so a canceled Assembly is never brought back; ``notification_result`` applies in any state
(it reports on an Assembly that ended).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson

from ...dates import transloadit_date
from ...ids import account_id
from .events import FINISHED, Event
from .status import (
    BUSY,
    EMPTY_PROGRESS,
    MESSAGES,
    NO_NOTIFICATION,
    VERSION,
    account_fields,
    no_jobs,
    service_urls,
)

UPLOADING = "ASSEMBLY_UPLOADING"
EXECUTING = "ASSEMBLY_EXECUTING"
REPLAYING = "ASSEMBLY_REPLAYING"
CANCELED = "ASSEMBLY_CANCELED"
COMPLETED = "ASSEMBLY_COMPLETED"
CRASHED = "ASSEMBLY_CRASHED"

Events = list[Event]

if TYPE_CHECKING:
    from .model import ClientInfo


@dataclass(frozen=True)
class StoredElsewhere:
    """A file a storage Step stored: where it came from and what its record gains (``url``, ...)."""

    source_step: str
    source_record: Mapping[str, Any]
    update: Mapping[str, Any]


class AssemblyStatus:
    """The Assembly Status: typed reads, and transitions as the only writers."""

    __slots__ = ("_doc",)

    def __init__(self, document: dict[str, Any]) -> None:
        self._doc = document

    # -- reads -----------------------------------------------------------------------------

    @property
    def document(self) -> Mapping[str, Any]:
        """The status as the API reports it (read it; change it through transitions)."""
        return self._doc

    @property
    def ok(self) -> str | None:
        """The ``ok`` code; None once the Assembly failed."""
        value = self._doc.get("ok")
        return value if isinstance(value, str) else None

    @property
    def error(self) -> str | None:
        """The ``error`` code of a failed Assembly."""
        value = self._doc.get("error")
        return value if isinstance(value, str) else None

    @property
    def busy(self) -> bool:
        """Still uploading or executing."""
        return "error" not in self._doc and self._doc.get("ok") in BUSY

    @property
    def uploading(self) -> bool:
        """Waiting for the tus uploads it expects."""
        return "error" not in self._doc and self._doc.get("ok") == UPLOADING

    @property
    def uploads(self) -> list[Mapping[str, Any]]:
        """The upload file objects."""
        return list(self._doc.get("uploads", []))

    @property
    def client_ip(self) -> str:
        """The creating client's address (``unknown`` when not known)."""
        return str(self._doc.get("client_ip") or "unknown")

    @property
    def template_id(self) -> str | None:
        """The Template the Assembly was created from."""
        value = self._doc.get("template_id")
        return value if isinstance(value, str) else None

    @property
    def assembly_ssl_url(self) -> str | None:
        """The Assembly's status URL."""
        value = self._doc.get("assembly_ssl_url")
        return value if isinstance(value, str) else None

    @property
    def fields(self) -> dict[str, Any]:
        """A copy of the Assembly's ``fields``."""
        return dict(self._doc.get("fields") or {})

    @property
    def notify_url(self) -> str | None:
        """Where the Assembly's Notification goes."""
        value = self._doc.get("notify_url")
        return value if isinstance(value, str) else None

    def to_json(self) -> bytes:
        """The status as sent to clients."""
        return orjson.dumps(self._doc)

    def copy(self) -> dict[str, Any]:
        """A shallow copy of the document, for readers outside the lock."""
        return dict(self._doc)

    # -- creation and replay ---------------------------------------------------------------

    @classmethod
    def new(
        cls,
        assembly_id: str,
        account_key: str,
        now: float,
        client: ClientInfo,
        *,
        base_url: str,
        ssl_base_url: str = "",
        params_echo: str,
        merged_params: str,
        fields: dict[str, Any],
        notify_url: str | None,
        uploads: list[dict[str, Any]],
        expected_uploads: int,
    ) -> AssemblyStatus:
        """The status of a new Assembly, with every field the real API reports."""
        size = sum(int(u.get("size") or 0) for u in uploads)
        ok = UPLOADING if expected_uploads else EXECUTING
        return cls(
            {
                "ok": ok,
                "message": MESSAGES[ok],
                "http_code": 200,
                "assembly_id": assembly_id,
                "parent_id": None,
                "parent_assembly_status": None,
                "account_id": account_id(account_key),
                **account_fields(account_key),
                "template_id": None,
                "template": None,
                "instance": "emulator",
                "region": "local",
                "build_id": VERSION,
                **service_urls(base_url, assembly_id, ssl_base_url),
                "bytes_received": size,
                "bytes_expected": size,
                "bytes_usage": size,
                "client_agent": client.agent,
                "client_ip": client.ip,
                "client_referer": client.referer,
                "transloadit_client": client.transloadit_client,
                "start_date": transloadit_date(now),
                **EMPTY_PROGRESS,
                "num_input_files": len(uploads),
                **no_jobs(),
                "expected_tus_uploads": expected_uploads,
                "started_tus_uploads": 0,
                "finished_tus_uploads": 0,
                "tus_uploads": [],
                "notify_url": notify_url,
                **NO_NOTIFICATION,
                "params": params_echo,
                "merged_params": merged_params,
                "fields": fields,
                "uploads": uploads,
                "results": {},
            }
        )

    def attach_template(self, template_id: str, content: Mapping[str, Any], name: str | None = None) -> None:
        """A new Assembly made from a Template names it and shows its content."""
        self._doc["template_id"] = template_id
        self._doc["template_name"] = name
        self._doc["template"] = orjson.dumps(content).decode()

    def tag_usage(self, tags: str) -> None:
        """A new Assembly's ``usage_tags``, as its params gave them."""
        self._doc["usage_tags"] = tags

    def uploaded_in(self, seconds: float) -> None:
        """How long the uploads of a new Assembly took to arrive."""
        self._doc["upload_duration"] = round(seconds, 3)

    def replay_of(self, parent_id: str, parent_url: str | None) -> None:
        """A new Assembly that replays ``parent_id``."""
        self._doc.update(ok=REPLAYING, message=MESSAGES[REPLAYING], parent_id=parent_id)
        self._doc["parent_assembly_status"] = parent_url

    def restart(self) -> None:
        """Execution cut short by a stop starts over: no results, no jobs."""
        self._doc["results"] = {}
        self._doc["started_jobs"] = []

    # -- execution -------------------------------------------------------------------------

    def begin(self, started: float, created_ts: float) -> Events | None:
        """Execution starts (from uploading, replaying, or executing after a restart)."""
        if not self.busy:
            return None
        was_uploading = self._doc.get("ok") == UPLOADING
        self._doc.update(ok=EXECUTING, message=MESSAGES[EXECUTING], execution_start=transloadit_date(started))
        self._doc["queue_duration"] = round(max(0.0, started - created_ts), 3)
        if not was_uploading:
            return []
        return [Event(None, "assembly_uploading_finished"), Event(None, "assembly_upload_meta_data_extracted")]

    def start_jobs(self, jobs: Sequence[str]) -> Events | None:
        """A Step's jobs got their slots and run."""
        if not self.busy:
            return None
        self._doc["started_jobs"].extend(jobs)
        self._doc["running_jobs"] = list(jobs)
        self._doc["executing_jobs"] = list(jobs)
        if not jobs or self._doc.get("ok") != EXECUTING:
            return []
        progress = {"progress_combined": min(99, len(self._doc["results"]) * 10), "progress_per_original_file": []}
        return [Event("assembly_execution_progress", progress)]

    def record_result(
        self,
        step: str,
        files: Sequence[Mapping[str, Any]] | None,
        *,
        stored: Sequence[StoredElsewhere] = (),
        originals_in_results: bool = False,
        added_bytes: int = 0,
        waited: float = 0.0,
        now: float,
    ) -> Events | None:
        """A Step finished: its result files (None: the Step is no result of its own), the files
        a storage Step stored shown in the results they came from, its usage and queue time."""
        if not self.busy:
            return None
        doc = self._doc
        events: Events = []
        if files is not None:
            doc["results"][step] = [dict(f) for f in files]
            events.extend(Event("assembly_result_finished", [step, dict(f)]) for f in files)
        for item in stored:
            events.extend(self._show_stored(item, originals_in_results))
        doc["bytes_usage"] = int(doc.get("bytes_usage") or 0) + added_bytes
        doc["jobs_queue_duration"] = round(float(doc.get("jobs_queue_duration") or 0) + waited, 3)
        doc["last_job_completed"] = transloadit_date(now)
        doc["running_jobs"] = []
        doc["executing_jobs"] = []
        return events

    def _show_stored(self, item: StoredElsewhere, originals_in_results: bool) -> Events:
        """A storage Step is no result of its own: a file it stored shows its new ``url``, ... in
        the results of the Step it came from (uploads used only by storage Steps under ``:original``)."""
        results = self._doc["results"]
        original = item.source_step == ":original" and originals_in_results
        if original:
            results.setdefault(":original", [])
        shown = results.get(item.source_step)
        if shown is None:
            return []
        matches = [entry for entry in shown if entry.get("id") == item.source_record.get("id")]
        events: Events = []
        if not matches and original:
            shown.append(dict(item.source_record))
            matches = shown[-1:]
            events.append(Event("assembly_result_finished", [":original", shown[-1]]))
        for entry in matches:
            entry.update(item.update)
        return events

    def ignore_error(self, step: str, phase: str, code: str, message: str, *, step_ended: bool) -> Events | None:
        """A failure the Step's ``ignore_errors`` allows: listed, and the Step goes on (or ends)."""
        if not self.busy:
            return None
        ignored = self._doc.setdefault("ignored_errors", [])
        ignored.append({"step": step, "phase": phase, "error": code, "message": message})
        self._doc["ignored_error_count"] = len(ignored)
        if step_ended:
            self._doc["running_jobs"] = []
            self._doc["executing_jobs"] = []
        return []

    def complete(self, duration: float) -> Events | None:
        """Every Step ran."""
        if not self.busy:
            return None
        self._doc.update(ok=COMPLETED, message=MESSAGES[COMPLETED], execution_duration=round(duration, 3))
        self._doc["running_jobs"] = []
        self._doc["executing_jobs"] = []
        return [Event(None, FINISHED)]

    def fail(self, code: str, message: str, *, step: str | None = None, extra: Mapping[str, Any] = {}) -> Events | None:
        """A Step (or the Assembly) failed with a coded error."""
        if not self.busy:
            return None
        self._doc.pop("ok", None)
        self._doc["error"] = code
        self._doc["message"] = message
        if step is not None:
            self._doc["step"] = step
            self._doc["running_jobs"] = []
            self._doc["executing_jobs"] = []
        self._doc.update(extra)
        return [Event("assembly_error", dict(self._doc))]

    def crash(self, message: str) -> Events | None:
        """Execution broke on a bug: the Assembly fails instead of executing forever."""
        return self.fail(CRASHED, message)

    def cancel(self) -> Events | None:
        """``DELETE``: a busy Assembly stops; a finished one keeps its outcome (None)."""
        if not self.busy:
            return None
        self._doc.update(ok=CANCELED, message=MESSAGES[CANCELED], running_jobs=[], executing_jobs=[])
        return [Event(None, FINISHED)]

    # -- resumable uploads (tus) -----------------------------------------------------------

    def tus_started(self, entry: Mapping[str, Any]) -> Events | None:
        """A tus upload for this Assembly began; None when it takes no more uploads."""
        if not self.uploading:
            return None
        doc = self._doc
        doc["started_tus_uploads"] = int(doc.get("started_tus_uploads") or 0) + 1
        doc["tus_uploads"].append(dict(entry))
        doc["bytes_expected"] = int(doc.get("bytes_expected") or 0) + int(entry.get("size") or 0)
        return []

    def tus_progress(self, upload_url: str, offset: int, size: int | None) -> Events | None:
        """More bytes of a tus upload arrived (``size`` may become known only now)."""
        if not self.busy:
            return None
        doc = self._doc
        for entry in doc["tus_uploads"]:
            if entry["upload_url"] == upload_url:
                entry["offset"] = offset
                entry["size"] = size
        direct = sum(int(u.get("size") or 0) for u in doc["uploads"] if not u.get("is_tus_file"))
        doc["bytes_received"] = direct + sum(int(t.get("offset") or 0) for t in doc["tus_uploads"])
        doc["bytes_expected"] = direct + sum(int(t.get("size") or 0) for t in doc["tus_uploads"])
        return []

    def tus_finished(
        self, record: Mapping[str, Any], upload_url: str, *, now: float, created_ts: float
    ) -> Events | None:
        """A tus upload is complete and stored as ``record``; None when the Assembly ended meanwhile."""
        if not self.busy:
            return None
        doc = self._doc
        size = int(record.get("size") or 0)
        doc["uploads"].append(dict(record))
        doc["num_input_files"] = len(doc["uploads"])
        doc["finished_tus_uploads"] = int(doc.get("finished_tus_uploads") or 0) + 1
        doc["bytes_usage"] = int(doc.get("bytes_usage") or 0) + size
        for entry in doc["tus_uploads"]:
            if entry["upload_url"] == upload_url:
                entry.update(finished=True, offset=size, size=size)
        if self.all_uploads_arrived:
            doc["upload_duration"] = round(now - created_ts, 3)
        return [Event("assembly_upload_finished", dict(record))]

    @property
    def all_uploads_arrived(self) -> bool:
        """Every expected tus upload finished."""
        doc = self._doc
        return int(doc.get("finished_tus_uploads") or 0) >= int(doc.get("expected_tus_uploads") or 0)

    # -- notifications ---------------------------------------------------------------------

    def notification_result(self, fields: Mapping[str, Any]) -> Events:
        """How the Assembly's Notification went (``notify_*``); applies in any state."""
        self._doc.update({k: v for k, v in fields.items() if k.startswith("notify_")})
        return []
