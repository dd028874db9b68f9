"""The Assembly service: one method per operation of the Assembly API (named by operationId).

Methods return the JSON body to send. Status reads are served from an in-memory copy of the
last published status bytes, so polling costs no database read and no serialization.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import AsyncGenerator, Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from pathlib import Path
from typing import Any

import orjson

from ...errors import TransloaditError
from ...media.metadata import describe_file
from ...robots.registry import RobotRegistry
from ...settings import Settings
from ...storage.blobs import BlobStore, BlobTooLarge
from ...storage.state import StateStore
from .. import auth
from ..clock import Clock, IdSource
from ..credentials import CredentialService
from ..job_slots import JobSlots
from ..limits import AssemblyLimits
from ..templates import TemplateService, TemplateUse
from ..tus import TusUpload
from .events import Event, EventHub, events_between
from .executor import ExecutorDeps, execute
from .listing import list_item, list_query
from .model import Assembly, ClientInfo, CreateRequest, SignedRequest
from .planner import Plan, build_plan
from .status import MESSAGES, file_record, mask_params, status_date

_ASSEMBLY_ID = re.compile(r"^[0-9a-f]{32}$")
_CACHE_SIZE = 10_000

#: Told ``(account_key, status)`` once when an Assembly ends.
FinishListener = Callable[[str, dict[str, Any]], None]
MAX_EXPECTED_UPLOADS = 10_000
VERSION = "0.1.0"


class AssemblyService:
    """Creates, runs, reports, cancels, replays and lists Assemblies."""

    def __init__(
        self,
        settings: Settings,
        *,
        store: StateStore,
        blobs: BlobStore,
        registry: RobotRegistry,
        clock: Clock,
        ids: IdSource,
        logger: logging.Logger | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.blobs = blobs
        self.registry = registry
        self.clock = clock
        self.ids = ids
        self.logger = logger or logging.getLogger("transloadit_emulator")
        self._lock = threading.RLock()
        self._finish_listeners: list[FinishListener] = []
        #: Set by the app: Templates for ``template_id``, Template Credentials for Steps.
        self.templates: TemplateService | None = None
        self.credentials: CredentialService | None = None
        #: Replaced by the app with the shared one that also checks nonces.
        self.authenticator = auth.Authenticator(settings, clock)
        self.limits = AssemblyLimits(clock, settings.rate_limit_per_minute, settings.max_concurrent_assemblies)
        self._bytes: OrderedDict[str, bytes] = OrderedDict()
        self._running: dict[str, Assembly] = {}
        self._futures: set[Future[None]] = set()
        scratch = settings.data_dir / "scratch"
        scratch.mkdir(parents=True, exist_ok=True)
        self.job_slots = JobSlots(settings.account_job_slots, settings.ip_job_slots)
        self._deps = ExecutorDeps(
            registry=registry,
            blobs=blobs,
            clock=clock,
            ids=ids,
            scratch_root=scratch,
            base_url=settings.base_url,
            logger=self.logger,
            credentials=self._resolve_credentials,
            allow_private_imports=settings.allow_private_imports,
            max_import_bytes=settings.max_import_bytes,
            job_slots=self.job_slots,
            robot_turns=threading.BoundedSemaphore(settings.workers),
        )
        # A thread per executing Assembly: one waiting for job slots must not keep others from
        # running. What runs at once is bounded by the job slots and by ``workers`` robot turns.
        threads = settings.max_concurrent_assemblies * len(settings.accounts) + settings.workers
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="assembly")
        self.closed = False
        self.events = EventHub()

    # -- lifecycle -------------------------------------------------------------------------

    def resume(self) -> int:
        """Restart Assemblies that were executing when the emulator stopped; how many."""
        ids = self.store.ids_with_ok(["ASSEMBLY_EXECUTING", "ASSEMBLY_REPLAYING"])
        for assembly_id in ids:
            stored = self.store.load(assembly_id)
            if stored is None:
                continue
            assembly = Assembly.from_stored(stored)
            assembly.status["results"] = {}
            assembly.status["started_jobs"] = []
            self._publish(assembly)
            self._start(assembly)
        return len(ids)

    def close(self) -> None:
        """Finish running Assemblies and stop the workers."""
        self.closed = True
        self._pool.shutdown(wait=True)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until no Assembly is executing (for tests and benchmarks); False on timeout."""
        with self._lock:
            pending = set(self._futures)
        done, not_done = wait_futures(pending, timeout=timeout)
        return not not_done

    def reset(self) -> None:
        """Forget every Assembly and file: a clean emulator for the next test.

        Waits for running executions first. For test harnesses; not exposed over HTTP.
        """
        self.wait_idle()
        with self._lock:
            self._running.clear()
            self._bytes.clear()
            self.store.clear()
            self.blobs.clear()

    # -- operations ------------------------------------------------------------------------

    def create_assembly(self, request: CreateRequest) -> bytes:
        """``POST /assemblies``: create an Assembly with a new id."""
        return self._create(request, None)

    def create_assembly_with_id(self, assembly_id: str, request: CreateRequest) -> bytes:
        """``POST /assemblies/{assembly_id}``: create an Assembly with a client-chosen id."""
        if not _ASSEMBLY_ID.match(assembly_id):
            raise TransloaditError(
                "INVALID_INPUT_ERROR",
                f"The Assembly id {assembly_id!r} must be 32 lowercase hexadecimal characters.",
            )
        return self._create(request, assembly_id)

    def get_assembly(self, assembly_id: str, request: SignedRequest) -> bytes:
        """``GET /assemblies/{assembly_id}``: the current status (unsigned reads allowed)."""
        self._authorize_read(assembly_id, request)
        return self._status_bytes(assembly_id)

    def cancel_assembly(self, assembly_id: str, request: SignedRequest) -> bytes:
        """``DELETE /assemblies/{assembly_id}``: cancel a running Assembly; a finished one is kept."""
        self._authorize_read(assembly_id, request)
        with self._lock:
            assembly = self._running.get(assembly_id) or self._load(assembly_id)
            if assembly.busy:
                assembly.status["ok"] = "ASSEMBLY_CANCELED"
                assembly.status["message"] = MESSAGES["ASSEMBLY_CANCELED"]
                assembly.status["running_jobs"] = []
                assembly.status["executing_jobs"] = []
                self._publish(assembly)
                self._running.pop(assembly_id, None)
            return self._status_bytes(assembly_id)

    def replay_assembly(self, assembly_id: str, request: SignedRequest, client: ClientInfo | None = None) -> bytes:
        """``POST /assemblies/{assembly_id}/replay``: run the Steps again as a new Assembly."""
        authed = self._authenticate(request)
        if not _ASSEMBLY_ID.match(assembly_id) or not self.store.exists(assembly_id):
            raise _not_found(assembly_id)
        with self._lock:
            parent = self._running.get(assembly_id) or self._load(assembly_id)
        if parent.account_key != authed.account.key:  # as for GET and DELETE: not even its existence
            raise _not_found(assembly_id)
        if parent.status.get("ok") == "ASSEMBLY_UPLOADING" and "error" not in parent.status:
            raise TransloaditError(
                "ASSEMBLY_CANNOT_BE_REPLAYED",
                "The Assembly is still uploading; it can be replayed once its files have arrived.",
                assembly_id=assembly_id,
            )
        params = authed.params
        steps = parent.steps
        template_id = parent.status.get("template_id")
        if params.get("reparse_template") in (1, "1", True) and template_id:
            # The Template as it is now, merged with the parent's own params again.
            original = orjson.loads(parent.raw_params or "{}")
            steps = self._use_template(template_id, parent.account_key, original, True).params.get("steps", {})
        if "steps" in params:
            steps = params["steps"]
        build_plan(steps, self.registry)
        fields = dict(parent.status.get("fields", {}))
        fields.update(_params_fields(params))
        notify_url = _notify_url(params) if "notify_url" in params else parent.status.get("notify_url")

        now = self.clock.now()
        new_id = self.ids.new_id()
        merged = {**orjson.loads(parent.raw_params or "{}"), "steps": steps, "notify_url": notify_url}
        status = self._initial_status(
            new_id,
            authed.account.key,
            now,
            client or ClientInfo(),
            params_echo=mask_params(params),
            merged_params=mask_params(merged),
            fields=fields,
            notify_url=notify_url,
            uploads=[dict(u) for u in parent.status.get("uploads", [])],
            expected_uploads=0,
        )
        status["ok"] = "ASSEMBLY_REPLAYING"
        status["message"] = MESSAGES["ASSEMBLY_REPLAYING"]
        status["parent_id"] = parent.id
        status["parent_assembly_status"] = parent.status.get("assembly_ssl_url")
        upload_ids = {u["id"] for u in status["uploads"]}
        assembly = Assembly(
            id=new_id,
            account_key=authed.account.key,
            created_ts=now,
            status=status,
            steps=steps,
            raw_params=authed.raw_params,
            blobs={k: v for k, v in parent.blobs.items() if k in upload_ids},
        )
        with self._lock:
            self._publish(assembly)
            self._start(assembly)
            body = dict(status)
        body["success"] = True
        return orjson.dumps(body)

    def list_assemblies(self, request: SignedRequest) -> bytes:
        """``GET /assemblies``: a page of the account's Assemblies, newest first."""
        authed = self._authenticate(request)
        query = list_query(authed.account.key, authed.params)
        rows, count = self.store.query(query)
        items = [list_item(Assembly.from_stored(r)) for r in rows]
        return orjson.dumps({"items": items, "count": count})

    # -- creation --------------------------------------------------------------------------

    def _create(self, request: CreateRequest, chosen_id: str | None) -> bytes:
        authed = self._authenticate(
            SignedRequest(
                request.raw_params, request.signature, request.client.referer, request.bearer, request.scope
            )
        )
        params = authed.params
        template = None
        if params.get("template_id") not in (None, ""):
            template = self._use_template(params["template_id"], authed.account.key, params, bool(request.signature))
            params = template.params
        if "steps" not in params:
            raise TransloaditError(
                "ASSEMBLY_NO_STEPS", "The Assembly does not include a steps parameter (nor a template_id)."
            )
        steps = params["steps"]
        plan = build_plan(steps, self.registry)
        notify_url = _notify_url(params)
        fields = _params_fields(params)
        fields.update(request.fields)  # form fields win over params.fields, as documented
        expected = _expected_uploads(request.expected_uploads)
        auth_obj = params["auth"]
        max_files = auth_obj.get("max_number_of_files")
        if max_files is not None and len(request.files) > max_files:
            raise TransloaditError(
                "MAX_NUMBER_OF_FILES_EXCEEDED",
                f"{len(request.files)} files were uploaded; auth.max_number_of_files allows {max_files}.",
            )

        with self._lock:
            running = sum(1 for a in self._running.values() if a.account_key == authed.account.key and a.busy)
        self.limits.admit_creation(authed.account.key, running)

        assembly_id = chosen_id or self.ids.new_id()
        with self._lock:
            if assembly_id in self._bytes or self.store.exists(assembly_id):
                raise TransloaditError(
                    "DO_NOT_REUSE_ASSEMBLY_IDS",
                    f"An Assembly with the id {assembly_id} already exists; choose a new id.",
                    assembly_id=assembly_id,
                )
            # Reserve the id so a concurrent request with the same id is refused too.
            self._bytes[assembly_id] = b""

        try:
            now = self.clock.now()
            blobs, uploads = self._store_uploads(
                assembly_id, request, auth_obj.get("max_size"), plan.upload_decode_box
            )
            status = self._initial_status(
                assembly_id,
                authed.account.key,
                now,
                request.client,
                params_echo=mask_params(authed.params),
                merged_params=mask_params(params),
                fields=fields,
                notify_url=notify_url,
                uploads=uploads,
                expected_uploads=expected,
            )
            if template is not None:
                status["template_id"] = template.template_id
                status["template"] = orjson.dumps(template.content).decode()
            status["upload_duration"] = round(self.clock.now() - now, 3)
            assembly = Assembly(
                id=assembly_id,
                account_key=authed.account.key,
                created_ts=now,
                status=status,
                steps=steps,
                raw_params=authed.raw_params,
                blobs=blobs,
                plan=plan,
            )
            with self._lock:
                self._publish(assembly)
                if expected == 0:
                    self._start(assembly)
                else:
                    self._running[assembly.id] = assembly  # held in memory while uploads arrive
                body = orjson.dumps(status)
        except BaseException:
            with self._lock:
                if self._bytes.get(assembly_id) == b"":
                    del self._bytes[assembly_id]
            raise
        if params.get("quiet") is True:
            return orjson.dumps({"ok": status["ok"], "assembly_id": assembly_id})
        return body

    def _store_uploads(
        self,
        assembly_id: str,
        request: CreateRequest,
        max_size: int | None,
        decode_box: tuple[int, int] | None,
    ) -> tuple[dict[str, str], list[dict[str, Any]]]:
        """Write the uploaded parts to the blob store and describe them (images decoded at
        ``decode_box``, the scale the plan's Steps read them at)."""
        blobs: dict[str, str] = {}
        uploads: list[dict[str, Any]] = []
        try:
            for part in request.files:
                file_id = self.ids.new_id()
                try:
                    blob = self.blobs.put_stream(part.stream, assembly_id, file_id, part.filename, max_size=max_size)
                except BlobTooLarge:
                    raise TransloaditError(
                        "MAX_SIZE_EXCEEDED",
                        f"The file {part.filename!r} exceeds auth.max_size ({max_size} bytes).",
                    ) from None
                blobs[file_id] = blob.relpath
                path = self.blobs.path(blob.relpath)
                facts = describe_file(path, part.filename, decode_box=decode_box)
                uploads.append(
                    file_record(
                        file_id=file_id,
                        name=path.name,
                        field=part.field,
                        size=blob.size,
                        md5hash=blob.md5hash,
                        mime=facts.mime,
                        type_=facts.type,
                        meta=facts.meta,
                        url=f"{self.settings.base_url}/files/{blob.relpath}",
                    )
                )
        except BaseException:
            for rel in blobs.values():
                self.blobs.discard(rel)
            raise
        return blobs, uploads

    def _initial_status(
        self,
        assembly_id: str,
        account_key: str,
        now: float,
        client: ClientInfo,
        *,
        params_echo: str,
        merged_params: str,
        fields: dict[str, Any],
        notify_url: str | None,
        uploads: list[dict[str, Any]],
        expected_uploads: int,
    ) -> dict[str, Any]:
        """The status of a new Assembly, with every field the real API reports."""
        base = self.settings.base_url
        url = f"{base}/assemblies/{assembly_id}"
        size = sum(int(u.get("size") or 0) for u in uploads)
        ok = "ASSEMBLY_UPLOADING" if expected_uploads else "ASSEMBLY_EXECUTING"
        return {
            "ok": ok,
            "message": MESSAGES[ok],
            "http_code": 200,
            "assembly_id": assembly_id,
            "parent_id": None,
            "parent_assembly_status": None,
            "account_id": hashlib.md5(account_key.encode()).hexdigest(),
            "template_id": None,
            "template": None,
            "instance": "emulator",
            "region": "local",
            "build_id": VERSION,
            "assembly_url": url,
            "assembly_ssl_url": url,
            "companion_url": f"{base}/companion/",
            "uppyserver_url": f"{base}/companion/",
            "tus_url": f"{base}/resumable/files/",
            "websocket_url": f"{base}/ws",
            "update_stream_url": f"{base}/ws?assembly={assembly_id}",
            "bytes_received": size,
            "bytes_expected": size,
            "bytes_usage": size,
            "client_agent": client.agent,
            "client_ip": client.ip,
            "client_referer": client.referer,
            "transloadit_client": client.transloadit_client,
            "start_date": status_date(now),
            "upload_duration": 0.0,
            "execution_start": None,
            "execution_duration": None,
            "queue_duration": 0.0,
            "jobs_queue_duration": 0.0,
            "last_job_completed": None,
            "upload_meta_data_extracted": True,
            "is_infinite": False,
            "has_dupe_jobs": False,
            "num_input_files": len(uploads),
            "warnings": [],
            "executing_jobs": [],
            "running_jobs": [],
            "started_jobs": [],
            "expected_tus_uploads": expected_uploads,
            "started_tus_uploads": 0,
            "finished_tus_uploads": 0,
            "tus_uploads": [],
            "notify_url": notify_url,
            "notify_start": None,
            "notify_status": None,
            "notify_response_code": None,
            "notify_response_data": None,
            "notify_duration": None,
            "notify_error": None,
            "params": params_echo,
            "merged_params": merged_params,
            "fields": fields,
            "uploads": uploads,
            "results": {},
        }

    # -- resumable uploads (tus) ------------------------------------------------------------

    def tus_upload_started(self, upload: TusUpload) -> None:
        """A tus upload for an Assembly began: count it, or refuse it if none is expected."""
        assembly_id = str(upload.assembly_id)
        with self._lock:
            assembly = self._running.get(assembly_id) or self._load(assembly_id)
            s = assembly.status
            if not assembly.busy or s.get("ok") != "ASSEMBLY_UPLOADING":
                raise TransloaditError(
                    "ASSEMBLY_FILE_NOT_RESERVED",
                    f"The Assembly {assembly_id} is {s.get('ok') or s.get('error')}; it takes no more uploads.",
                    assembly_id=assembly_id,
                )
            meta = upload.metadata
            s["started_tus_uploads"] = int(s.get("started_tus_uploads") or 0) + 1
            s["tus_uploads"].append(
                {
                    "filename": meta.get("filename", "file"),
                    "fieldname": meta.get("fieldname", "file"),
                    "user_meta": _user_meta(meta),
                    "size": upload.length,
                    "offset": 0,
                    "finished": False,
                    "upload_url": upload.url,
                }
            )
            s["bytes_expected"] = int(s.get("bytes_expected") or 0) + int(upload.length or 0)
            self._running[assembly_id] = assembly
            self._publish(assembly)

    def tus_upload_progressed(self, upload: TusUpload) -> None:
        """More bytes of a tus upload arrived: move ``offset`` and ``bytes_received``."""

        def progress(status: dict[str, Any]) -> None:
            for entry in status["tus_uploads"]:
                if entry["upload_url"] == upload.url:
                    entry["offset"] = upload.offset
                    entry["size"] = upload.length
            direct = sum(int(u.get("size") or 0) for u in status["uploads"] if not u.get("is_tus_file"))
            status["bytes_received"] = direct + sum(int(t.get("offset") or 0) for t in status["tus_uploads"])
            # A deferred Upload-Length (creation-defer-length) becomes known only now.
            status["bytes_expected"] = direct + sum(int(t.get("size") or 0) for t in status["tus_uploads"])

        self._update_by_id(str(upload.assembly_id), progress)

    def tus_upload_finished(self, upload: TusUpload, path: Path) -> None:
        """A tus upload is complete: store it as an upload; execute once all expected arrived."""
        assembly_id = str(upload.assembly_id)
        meta = upload.metadata
        filename = meta.get("filename") or meta.get("name") or "file"
        with self._lock:
            plan = self._plan(self._running.get(assembly_id) or self._load(assembly_id))
        blob = self.blobs.put_file(path, assembly_id, upload.id, filename, md5hash=upload.extra.get("md5"))
        stored = self.blobs.path(blob.relpath)
        facts = describe_file(stored, filename, decode_box=plan.upload_decode_box)
        record = file_record(
            file_id=upload.id,
            name=stored.name,
            field=meta.get("fieldname") or "file",
            size=blob.size,
            md5hash=blob.md5hash,
            mime=facts.mime,
            type_=facts.type,
            meta=facts.meta,
            url=f"{self.settings.base_url}/files/{blob.relpath}",
            user_meta=_user_meta(meta),
        )
        record.update(is_tus_file=True, tus_upload_url=upload.url)
        with self._lock:
            assembly = self._running.get(assembly_id) or self._load(assembly_id)
            if not assembly.busy:  # canceled meanwhile: keep the bytes, attach nothing
                return
            s = assembly.status
            assembly.blobs[upload.id] = blob.relpath
            s["uploads"].append(record)
            s["num_input_files"] = len(s["uploads"])
            s["finished_tus_uploads"] = int(s.get("finished_tus_uploads") or 0) + 1
            s["bytes_usage"] = int(s.get("bytes_usage") or 0) + blob.size
            for entry in s["tus_uploads"]:
                if entry["upload_url"] == upload.url:
                    entry.update(finished=True, offset=blob.size, size=blob.size)
            if s["finished_tus_uploads"] >= int(s.get("expected_tus_uploads") or 0):
                s["upload_duration"] = round(self.clock.now() - assembly.created_ts, 3)
                self._publish(assembly)
                self._start(assembly)
            else:
                self._publish(assembly)

    def _update_by_id(self, assembly_id: str, change: Callable[[dict[str, Any]], None]) -> None:
        with self._lock:
            assembly = self._running.get(assembly_id)
            if assembly is not None:
                self.update(assembly, change)

    # -- execution -------------------------------------------------------------------------

    def _start(self, assembly: Assembly) -> None:
        """Queue an Assembly for execution on a worker thread (caller holds the lock)."""
        self._running[assembly.id] = assembly
        future = self._pool.submit(self._execute, assembly)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)

    def _plan(self, assembly: Assembly) -> Plan:
        """The Assembly's validated plan, built once (after a restart, on first use)."""
        if assembly.plan is None:
            assembly.plan = build_plan(assembly.steps, self.registry)
        return assembly.plan

    def _execute(self, assembly: Assembly) -> None:
        try:
            execute(assembly, self._plan(assembly), self._deps, self)
        except Exception as exc:  # never leave an Assembly executing forever
            self.logger.exception("Assembly %s crashed", assembly.id)
            message = f"The Assembly crashed: {exc}"

            def crash(status: dict[str, Any]) -> None:
                status.pop("ok", None)
                status["error"] = "ASSEMBLY_CRASHED"
                status["message"] = message

            self.update(assembly, crash)
        finally:
            with self._lock:
                self._running.pop(assembly.id, None)

    def update(self, assembly: Assembly, change: Callable[[dict[str, Any]], None]) -> bool:
        """Apply a change from the executor unless the Assembly was canceled; then publish."""
        with self._lock:
            if not assembly.busy:
                return False
            change(assembly.status)
            self._publish(assembly)
            return True

    def add_finish_listener(self, listener: FinishListener) -> None:
        """Call ``listener(account_key, status)`` once when an Assembly ends (completed, failed, canceled).

        Called under the service lock: listeners must only queue work.
        """
        self._finish_listeners.append(listener)

    def snapshot(self, assembly_id: str) -> tuple[str, dict[str, Any], bool]:
        """``(account_key, status copy, finished)`` of an Assembly; ASSEMBLY_NOT_FOUND when unknown."""
        with self._lock:
            assembly = self._running.get(assembly_id) or self._load(assembly_id)
            return assembly.account_key, dict(assembly.status), not assembly.busy

    def update_status(self, assembly_id: str, fields: dict[str, Any]) -> None:
        """Merge ``fields`` into a (finished) Assembly's status and publish it: notification results."""
        with self._lock:
            assembly = self._running.get(assembly_id) or self._load(assembly_id)
            assembly.status.update(fields)
            self._publish(assembly)

    def _publish(self, assembly: Assembly) -> None:
        """Persist the Assembly, make its status bytes the ones readers get, tell live listeners."""
        announce = not assembly.busy and not assembly.announced
        assembly.announced = assembly.announced or announce
        self.store.save(assembly.to_stored(), assembly.search_text())
        previous = self._bytes.get(assembly.id)
        body = orjson.dumps(assembly.status)
        self._cache(assembly.id, body)
        if self.events.has_listeners(assembly.id):
            old = orjson.loads(previous) if previous else None
            self.events.publish(assembly.id, events_between(old, assembly.status))
        if announce:
            for listener in self._finish_listeners:
                listener(assembly.account_key, dict(assembly.status))

    def stream_assembly_events(self, assembly_id: str) -> AsyncGenerator[Event, None]:
        """``GET /ws?assembly=ID``: the Assembly's live events until it finishes.

        Raises ``ASSEMBLY_NOT_FOUND`` at once. The stream starts with the events that bring a new
        listener up to date (for a finished Assembly, only those, ending with ``assembly_finished``).
        Call on the event loop.
        """
        # Under the lock every status change is published: nothing falls between read and subscribe.
        with self._lock:
            current = orjson.loads(self._status_bytes(assembly_id))
            queue = self.events.subscribe(assembly_id)
        return self._follow_events(assembly_id, current, queue)

    async def _follow_events(
        self, assembly_id: str, current: dict[str, Any], queue: asyncio.Queue[Event]
    ) -> AsyncGenerator[Event, None]:
        try:
            for event in events_between(None, current):
                yield event
                if event.final:
                    return
            while True:
                event = await queue.get()
                yield event
                if event.final:
                    return
        finally:
            self.events.unsubscribe(assembly_id, queue)

    # -- reads -----------------------------------------------------------------------------

    def _status_bytes(self, assembly_id: str) -> bytes:
        cached = self._bytes.get(assembly_id)
        if cached:
            return cached
        if not _ASSEMBLY_ID.match(assembly_id):
            raise _not_found(assembly_id)
        stored = self.store.load(assembly_id)
        if stored is None:
            raise _not_found(assembly_id)
        body = orjson.dumps(stored.status)
        with self._lock:
            self._cache(assembly_id, body)
        return body

    def _cache(self, assembly_id: str, body: bytes) -> None:
        self._bytes[assembly_id] = body
        self._bytes.move_to_end(assembly_id)
        while len(self._bytes) > _CACHE_SIZE:
            oldest, value = next(iter(self._bytes.items()))
            if value == b"":  # a reservation in progress stays
                break
            self._bytes.popitem(last=False)

    def _load(self, assembly_id: str) -> Assembly:
        stored = self.store.load(assembly_id) if _ASSEMBLY_ID.match(assembly_id) else None
        if stored is None:
            raise _not_found(assembly_id)
        return Assembly.from_stored(stored)

    def _authorize_read(self, assembly_id: str, request: SignedRequest) -> None:
        """Status reads and cancels may be unsigned (the URL is the capability).

        A request that does carry params or a signature must authenticate like any other, and
        belong to the Assembly's account.
        """
        if request.signature is None and request.raw_params is None:
            return
        if request.raw_params is None:
            raise TransloaditError(
                "INVALID_SIGNATURE", "A signature was given without the params it signs; send both or neither."
            )
        authed = self._authenticate(request)
        with self._lock:
            assembly = self._running.get(assembly_id) or self._load(assembly_id)
        if assembly.account_key != authed.account.key:
            raise _not_found(assembly_id)

    def _resolve_credentials(self, account_key: str, name: str) -> tuple[str, dict[str, Any]]:
        """``(type, content)`` of the account's Template Credential ``name``, for a Step's ``credentials``."""
        if self.credentials is None:
            raise TransloaditError(
                "TEMPLATE_CREDENTIALS_INJECTION_ERROR", "Template Credentials are not available on this emulator."
            )
        return self.credentials.resolve(account_key, name)

    def _use_template(self, template_id: Any, account_key: str, params: dict[str, Any], signed: bool) -> TemplateUse:
        if self.templates is None:
            raise TransloaditError("TEMPLATE_NOT_FOUND", "Templates are not available on this emulator.")
        return self.templates.use(template_id, account_key, params, signed)

    def _authenticate(self, request: SignedRequest) -> auth.AuthedRequest:
        return self.authenticator(request)


def _not_found(assembly_id: str) -> TransloaditError:
    return TransloaditError(
        "ASSEMBLY_NOT_FOUND", f"The Assembly {assembly_id!r} does not exist.", assembly_id=assembly_id
    )


def _params_fields(params: dict[str, Any]) -> dict[str, Any]:
    fields = params.get("fields", {})
    if fields is None:
        return {}
    if not isinstance(fields, dict):
        raise TransloaditError("INVALID_PARAMS_FIELD", "params.fields must be an object of name -> value.")
    return dict(fields)


def _user_meta(metadata: dict[str, str]) -> dict[str, str]:
    """tus metadata other than what names the upload and its Assembly."""
    return {k: v for k, v in metadata.items() if k not in ("assembly_url", "fieldname", "filename")}


def _notify_url(params: dict[str, Any]) -> str | None:
    url = params.get("notify_url")
    if url in (None, ""):
        return None
    if not isinstance(url, str) or not re.match(r"^https?://[^\s/]+", url):
        raise TransloaditError("ASSEMBLY_INVALID_NOTIFY_URL", f"The notify_url {url!r} is not an http(s) URL.")
    return url


def _expected_uploads(raw: str | None) -> int:
    if raw is None or raw == "":
        return 0
    text = raw.strip()
    if not text.isdigit() or int(text) > MAX_EXPECTED_UPLOADS:
        raise TransloaditError(
            "ASSEMBLY_INVALID_NUM_EXPECTED_UPLOAD_FILES_PARAM",
            f"The expected number of upload files must be an integer from 0 to {MAX_EXPECTED_UPLOADS}, got {raw!r}.",
        )
    return int(text)
