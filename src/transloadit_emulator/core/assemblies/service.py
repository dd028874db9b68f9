"""The Assembly API: one method per operation, named by its operationId.

Methods return the JSON body to send. The board (``board.py``) holds running Assemblies and
the status bytes readers get, the runner (``runner.py``) executes them, and uploads
(``uploads.py``) stores and describes their files; every collaborator comes in through the
constructor.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Any

import orjson

from ...errors import TransloaditError
from ...ids import is_id
from ...robots.registry import RobotRegistry
from ...storage.failure import StoreFailure
from ...storage.state import StateStore
from ..auth import AuthedRequest, Authenticator, parse_expires
from ..clock import Clock, IdSource
from ..job_slots import SlotPool
from ..templates import TemplateService, TemplateUse
from .board import AssemblyBoard, not_found
from .events import Event
from .lifecycle import AssemblyStatus
from .listing import list_item, list_query
from .model import Assembly, ClientInfo, CreateRequest, SignedRequest
from .params import check_storage_import, expected_uploads, notify_url, params_fields, usage_tags
from .planner import build_plan
from .runner import AssemblyRunner
from .status import mask_params
from .uploads import Uploads

_READ_GRANTS = 1024


class AssemblyService:
    """Creates, reports, cancels, replays and lists Assemblies."""

    def __init__(
        self,
        *,
        base_url: str,
        ssl_base_url: str = "",
        store: StateStore,
        board: AssemblyBoard,
        runner: AssemblyRunner,
        uploads: Uploads,
        registry: RobotRegistry,
        authenticator: Authenticator,
        templates: TemplateService,
        clock: Clock,
        ids: IdSource,
    ) -> None:
        self.base_url = base_url
        self.ssl_base_url = ssl_base_url
        self.store = store
        self.board = board
        self.runner = runner
        self.uploads = uploads
        self.registry = registry
        self.authenticator = authenticator
        self.templates = templates
        self.clock = clock
        self.ids = ids
        #: Signed reads verified before: ``(params, signature, referer) -> (account, expires_ts)``.
        self._read_grants: dict[tuple[str | None, str | None, str | None], tuple[str, float | None]] = {}

    # -- operations ------------------------------------------------------------------------

    def create_assembly(self, request: CreateRequest) -> bytes:
        """``POST /assemblies``: create an Assembly with a new id."""
        return self._create(request, None)

    def create_assembly_with_id(self, assembly_id: str, request: CreateRequest) -> bytes:
        """``POST /assemblies/{assembly_id}``: create an Assembly with a client-chosen id."""
        if not is_id(assembly_id):
            raise TransloaditError(
                "INVALID_INPUT_ERROR",
                f"The Assembly id {assembly_id!r} must be 32 lowercase hexadecimal characters.",
            )
        return self._create(request, assembly_id)

    def get_assembly(self, assembly_id: str, request: SignedRequest) -> bytes:
        """``GET /assemblies/{assembly_id}``: the current status (unsigned reads allowed)."""
        self._authorize_read(assembly_id, request)
        return self.board.status_bytes(assembly_id)

    def cancel_assembly(self, assembly_id: str, request: SignedRequest) -> bytes:
        """``DELETE /assemblies/{assembly_id}``: cancel a running Assembly; a finished one is kept."""
        self._authorize_read(assembly_id, request)
        with self.board.lock:
            self.board.apply(self.board.find(assembly_id), AssemblyStatus.cancel)
            return self.board.status_bytes(assembly_id)

    def replay_assembly(self, assembly_id: str, request: SignedRequest, client: ClientInfo | None = None) -> bytes:
        """``POST /assemblies/{assembly_id}/replay``: run the Steps again as a new Assembly."""
        authed = self.authenticator(request)
        try:
            parent = self._replayable(assembly_id, authed)
            assembly = self._replay(parent, authed, client or ClientInfo())
            body = orjson.loads(self._open(assembly, execute=True))
        except StoreFailure as exc:  # the request was fine: the database failed
            raise TransloaditError(
                "ASSEMBLY_NOT_REPLAYED", f"The replay could not be stored: {exc}", assembly_id=assembly_id
            ) from None
        body["success"] = True
        return orjson.dumps(body)

    def list_assemblies(self, request: SignedRequest) -> bytes:
        """``GET /assemblies``: a page of the account's Assemblies, newest first."""
        authed = self.authenticator(request)
        query = list_query(authed.account.key, authed.params)
        rows, count = self.store.query(query)
        items = [list_item(Assembly.from_stored(r)) for r in rows]
        return orjson.dumps({"items": items, "count": count})

    def stream_assembly_events(self, assembly_id: str) -> AsyncGenerator[list[Event], None]:
        """``GET /ws?assembly=ID``: the Assembly's live events until it finishes, a batch per
        change (see the board's ``stream_batches``)."""
        return self.board.stream_batches(assembly_id)

    # -- creation and replay ---------------------------------------------------------------

    def _create(self, request: CreateRequest, chosen_id: str | None) -> bytes:
        signed = SignedRequest(
            request.raw_params, request.signature, request.client.referer, request.bearer, request.scope
        )
        authed = self.authenticator(signed)
        params, template = self._instructions(authed, bool(request.signature), request.bearer is not None)
        plan = build_plan(params["steps"], self.registry)
        fields = params_fields(params)
        fields.update(request.fields)  # form fields win over params.fields, as documented
        expected = expected_uploads(request.expected_uploads)
        url, tags = notify_url(params), usage_tags(params)
        _check_file_count(params["auth"].get("max_number_of_files"), len(request.files))
        assembly_id = chosen_id or self.ids.new_id()
        self._admit(authed.account.key, assembly_id)
        try:
            now = self.clock.now()
            recorded = self.uploads.record_parts(
                assembly_id, request, params["auth"].get("max_size"), plan.upload_decode_box
            )
            status = AssemblyStatus.new(
                assembly_id,
                authed.account.key,
                now,
                request.client,
                base_url=self.base_url,
                ssl_base_url=self.ssl_base_url,
                params_echo=mask_params(authed.params),
                merged_params=mask_params(params),
                fields=fields,
                notify_url=url,
                uploads=[r.record for r in recorded],
                expected_uploads=expected,
            )
            if template is not None:
                status.attach_template(template.template_id, template.content, template.name)
            status.tag_usage(tags)
            status.uploaded_in(self.clock.now() - now)
            assembly = Assembly(
                id=assembly_id,
                account_key=authed.account.key,
                created_ts=now,
                status=status,
                steps=params["steps"],
                raw_params=authed.raw_params,
                blobs={r.record["id"]: r.relpath for r in recorded},
                plan=plan,
                pixels={r.record["id"]: r.pixels for r in recorded if r.pixels is not None},
            )
            body = self._open(assembly, execute=expected == 0)
        except (StoreFailure, OSError) as exc:  # the disk or the database failed, not the request
            self.board.withdraw(assembly_id)
            raise _not_created(assembly_id, exc) from None
        except BaseException:
            self.board.withdraw(assembly_id)
            raise
        if params.get("quiet") is True:
            return orjson.dumps({"ok": status.ok, "assembly_id": assembly_id})
        return body

    def _admit(self, account_key: str, assembly_id: str) -> None:
        """Reserve the Assembly's place on the board: the running cap and the id, in one step."""
        try:
            self.board.admit(account_key, assembly_id)
        except StoreFailure as exc:  # the id's uniqueness is asked of the database
            raise _not_created(assembly_id, exc) from None

    def _instructions(
        self, authed: AuthedRequest, signed: bool, bearer: bool = False
    ) -> tuple[dict[str, Any], TemplateUse | None]:
        """The params to run (a Template's merged in when ``template_id`` names one) and the Template;
        Storage imports need proof of possession (``check_storage_import``)."""
        params = authed.params
        template = None
        if params.get("template_id") not in (None, ""):
            template = self._use_template(params["template_id"], authed.account.key, params, signed)
            params = template.params
        if "steps" not in params:
            raise TransloaditError(
                "ASSEMBLY_NO_STEPS", "The Assembly does not include a steps parameter (nor a template_id)."
            )
        check_storage_import(params, signed=signed, bearer=bearer)
        return params, template

    def _open(self, assembly: Assembly, *, execute: bool) -> bytes:
        """Put a new Assembly on the board (and queue it, unless it waits for uploads); its status."""
        with self.board.lock:
            self.board.open(assembly)
            if execute and not self.runner.start(assembly):
                return self.board.status_bytes(assembly.id)  # failed: its job could not be queued
            return assembly.status.to_json()

    def _replayable(self, assembly_id: str, authed: AuthedRequest) -> Assembly:
        """The account's Assembly to replay, once its files have all arrived."""
        if not is_id(assembly_id) or not self.store.exists(assembly_id):
            raise not_found(assembly_id)
        parent = self.board.find(assembly_id)
        if parent.account_key != authed.account.key:  # as for GET and DELETE: not even its existence
            raise not_found(assembly_id)
        if parent.status.uploading:
            raise TransloaditError(
                "ASSEMBLY_CANNOT_BE_REPLAYED",
                "The Assembly is still uploading; it can be replayed once its files have arrived.",
                assembly_id=assembly_id,
            )
        return parent

    def _replay(self, parent: Assembly, authed: AuthedRequest, client: ClientInfo) -> Assembly:
        """A new Assembly running the parent's Steps (or new ones) on the parent's uploads."""
        params = authed.params
        steps = parent.steps
        original = orjson.loads(parent.raw_params or "{}")
        template_id = parent.status.template_id
        if params.get("reparse_template") in (1, "1", True):
            if not template_id:  # asked to read its Template again, but it ran from its own Steps
                raise TransloaditError(
                    "NO_TEMPLATE_ID", "reparse_template: the Assembly was not created from a Template."
                )
            # The Template as it is now, merged with the parent's own params again.
            steps = self._use_template(template_id, parent.account_key, original, True).params.get("steps", {})
        if "steps" in params:
            steps = params["steps"]
        build_plan(steps, self.registry)
        fields = parent.status.fields
        fields.update(params_fields(params))
        url = notify_url(params) if "notify_url" in params else parent.status.notify_url
        now = self.clock.now()
        new_id = self.ids.new_id()
        status = AssemblyStatus.new(
            new_id,
            authed.account.key,
            now,
            client,
            base_url=self.base_url,
            ssl_base_url=self.ssl_base_url,
            params_echo=mask_params(params),
            merged_params=mask_params({**original, "steps": steps, "notify_url": url}),
            fields=fields,
            notify_url=url,
            uploads=[dict(u) for u in parent.status.uploads],
            expected_uploads=0,
        )
        status.replay_of(parent.id, parent.status.assembly_ssl_url)
        upload_ids = {u["id"] for u in parent.status.uploads}
        return Assembly(
            id=new_id,
            account_key=authed.account.key,
            created_ts=now,
            status=status,
            steps=steps,
            raw_params=authed.raw_params,
            blobs={k: v for k, v in parent.blobs.items() if k in upload_ids},
        )

    # -- helpers ---------------------------------------------------------------------------

    def _authorize_read(self, assembly_id: str, request: SignedRequest) -> None:
        """Status reads and cancels may be unsigned (the URL is the capability).

        A request that does carry params or a signature must authenticate like any other and
        belong to the Assembly's account, which the board knows from memory for recent reads.
        """
        if request.signature is None and request.raw_params is None:
            return
        if request.raw_params is None:
            raise TransloaditError(
                "INVALID_SIGNATURE", "A signature was given without the params it signs; send both or neither."
            )
        reader = self._reader(request)  # authentication errors come first, as for any request
        if self.board.owner(assembly_id) != reader:
            raise not_found(assembly_id)

    def _reader(self, request: SignedRequest) -> str:
        """The account a signed read authenticates as. A poll repeats its signed params, so a
        signature of an account's own key (every scope) without a nonce is remembered until its
        ``expires``, for as long as the account exists. Everything else is checked each time: a
        nonce must be claimed, a bearer token or an Auth Key made through the API may be revoked
        or lose scopes at any moment."""
        key = (request.raw_params, request.signature, request.referer)
        known = self._read_grants.get(key) if request.bearer is None else None
        if known is not None and (known[1] is None or known[1] >= self.clock.now()):
            if self.authenticator.account(known[0]) is not None:
                return known[0]
        authed = self.authenticator(request)
        auth = authed.params["auth"]
        if request.bearer is None and authed.scopes is None and auth.get("nonce") is None:
            if len(self._read_grants) >= _READ_GRANTS:
                self._read_grants.clear()
            expires = auth.get("expires")
            self._read_grants[key] = (authed.account.key, parse_expires(expires).timestamp() if expires else None)
        return authed.account.key

    def _use_template(self, template_id: Any, account_key: str, params: dict[str, Any], signed: bool) -> TemplateUse:
        return self.templates.use(template_id, account_key, params, signed)

    # -- harness (tests and benchmarks; not exposed over HTTP) -----------------------------

    @property
    def job_slots(self) -> SlotPool | None:
        """The job slot pools Steps wait in."""
        return self.runner.deps.job_slots

    @property
    def closed(self) -> bool:
        """Whether the workers were stopped."""
        return self.runner.closed

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until no Assembly is executing; False on timeout."""
        return self.runner.wait_idle(timeout)

    def reset(self) -> None:
        """Forget every Assembly and file: a clean emulator for the next test (waits first)."""
        self.wait_idle()
        self.board.clear()
        self.uploads.blobs.clear()
        self._read_grants.clear()

    def close(self) -> None:
        """Finish running Assemblies and stop the workers."""
        self.runner.close()


def _not_created(assembly_id: str, exc: Exception) -> TransloaditError:
    """The emulator's own disk or database failed while making the Assembly."""
    return TransloaditError(
        "ASSEMBLY_COULD_NOT_BE_CREATED", f"The Assembly could not be stored: {exc}", assembly_id=assembly_id
    )


def _check_file_count(max_files: Any, count: int) -> None:
    """``auth.max_number_of_files``: at most that many files in the request."""
    if max_files is not None and count > max_files:
        raise TransloaditError(
            "MAX_NUMBER_OF_FILES_EXCEEDED", f"{count} files were uploaded; auth.max_number_of_files allows {max_files}."
        )
