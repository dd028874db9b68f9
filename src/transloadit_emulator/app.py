"""Wiring: ``create_app(settings, clock=..., ids=...)`` builds the whole emulator."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware

from .allocator import tune_allocator
from .backends import Backends, open_backends
from .core.accounts import AccountBook
from .core.assemblies.board import AssemblyBoard
from .core.assemblies.executor import ExecutorDeps
from .core.assemblies.runner import AssemblyRunner
from .core.assemblies.service import AssemblyService
from .core.assemblies.status import VERSION
from .core.assemblies.tus_listener import AssemblyTusListener
from .core.assemblies.uploads import Uploads
from .core.auth import Authenticator
from .core.auth_keys import AuthKeyDirectory, AuthKeyService
from .core.billing import BillingService
from .core.clock import Clock, IdSource, ManualClock, SystemClock, UuidIds
from .core.control.faults import FaultBoard
from .core.control.requests import RequestLog
from .core.control.reset import Resettable
from .core.control.service import ControlParts, ControlPlane
from .core.credentials import CredentialService
from .core.job_slots import JobSlots, SlotPool
from .core.limits import AssemblyLimits
from .core.nonces import RecordNonceRegistry
from .core.notifications import NotificationService
from .core.queues import QueueService
from .core.readiness import Readiness
from .core.smart_cdn import SmartCdnService
from .core.stats import StatsService
from .core.templates import TemplateService
from .core.tokens import TokenService
from .core.tus import TusService
from .errors import TransloaditError
from .http.cors import cors_middleware
from .http.render import on_http_error, on_transloadit_error, on_unexpected_error
from .http.request_log import RequestRecorder
from .http.routes import routes
from .http.status_reads import StatusReads
from .robots.registry import RobotRegistry, default_registry
from .settings import Settings
from .storage.blobs import BlobStore
from .storage.records import RecordStore
from .storage.state import StateStore
from .storage.uploads import FileUploadStore
from .storage.workspace import Workspace

if TYPE_CHECKING:
    from .cluster.wiring import ClusterParts

logger = logging.getLogger("transloadit_emulator")


def create_app(settings: Settings, *, clock: Clock | None = None, ids: IdSource | None = None) -> Starlette:
    """The emulator as an ASGI app, with its state in ``settings.data_dir``.

    The database, blob store and workers open at start-up and close at shutdown, so one app can
    be started and stopped repeatedly; Assemblies left executing by a previous run resume.
    Without ``clock``, the emulator's clock follows the system's until the control plane
    (``/_emulator/clock``) freezes or advances it.
    """
    registry = default_registry()
    steered: Clock = clock or ManualClock()
    requests = RequestLog(settings.request_log_size)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        tune_allocator()
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        graph = build_graph(settings, registry, steered, ids or UuidIds(), role="api", requests=requests)
        for part in dataclasses.fields(graph):  # the endpoints find their service on app.state
            setattr(app.state, part.name, getattr(graph, part.name))
        if graph.cluster is not None:
            graph.cluster.bus.listen(graph.assemblies.board)
        sweeper = asyncio.create_task(_sweep_expired_uploads(graph.tus, settings.tus_expiry_seconds))
        expirer = asyncio.create_task(_expire_uploading_assemblies(graph.assemblies.board, steered))
        resumed = graph.assemblies.runner.resume()
        if resumed:
            logger.info("resumed %d Assemblies that were executing", resumed)
        # In a cluster another process may be delivering them right now: not resumed there.
        redelivering = graph.notifications.resume() if graph.cluster is None else 0
        if redelivering:
            logger.info("resumed %d Notifications that were being delivered", redelivering)
        try:
            yield
        finally:
            sweeper.cancel()
            expirer.cancel()
            graph.close()

    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=[
            # Outermost, so every request is in the ring (none when its size is 0).
            *([Middleware(RequestRecorder, log=requests, clock=steered)] if settings.request_log_size else []),
            *cors_middleware(),
            Middleware(StatusReads),
        ],
        exception_handlers={
            TransloaditError: on_transloadit_error,
            HTTPException: on_http_error,
            Exception: on_unexpected_error,
        },
    )
    app.state.settings = settings
    return app


@dataclass(frozen=True)
class _Graph:
    """The emulator's parts, named as ``app.state`` names them."""

    backends: Backends
    readiness: Readiness
    store: StateStore
    records: RecordStore
    blobs: BlobStore
    assemblies: AssemblyService
    templates: TemplateService
    credentials: CredentialService
    billing: BillingService
    queues: QueueService
    tokens: TokenService
    notifications: NotificationService
    tus: TusService
    auth_keys: AuthKeyService
    stats: StatsService
    faults: FaultBoard
    control: ControlPlane
    smart_cdn: SmartCdnService
    #: Redis, the event bus and Celery when the process is part of a cluster (``--queue``).
    cluster: ClusterParts | None

    def close(self) -> None:
        """Stop the workers, then the connections (in that order: a finishing Assembly still writes)."""
        self.notifications.close()
        self.assemblies.close()
        if self.cluster is not None:
            self.cluster.close()
        self.backends.close()


def _runner(
    settings: Settings,
    registry: RobotRegistry,
    board: AssemblyBoard,
    store: StateStore,
    blobs: BlobStore,
    uploads: Uploads,
    credentials: CredentialService,
    job_slots: SlotPool,
    clock: Clock,
    dispatch: Callable[[str], None] | None,
    faults: FaultBoard,
) -> AssemblyRunner:
    """What executes Assemblies, with what execution needs from the outside world."""
    scratch = settings.data_dir / "scratch"
    scratch.mkdir(parents=True, exist_ok=True)
    deps = ExecutorDeps(
        registry=registry,
        blobs=blobs,
        uploads=uploads,
        clock=clock,
        scratch_root=scratch,
        logger=logger,
        credentials=credentials,
        allow_private_imports=settings.allow_private_imports,
        max_import_bytes=settings.max_import_bytes,
        memory_limit=settings.assembly_memory_bytes,
        service_urls=settings.service_urls,
        workspace=Workspace(settings.data_dir / "workspace") if settings.transloadit_storage else None,
        job_slots=job_slots,
        robot_turns=threading.BoundedSemaphore(settings.workers),
        faults=faults,
    )
    # A thread per Assembly that may run at once, plus one per robot turn.
    threads = settings.max_concurrent_assemblies * len(settings.accounts) + settings.workers
    return AssemblyRunner(board, store, deps, threads, logger, dispatch=dispatch)


def build_graph(
    settings: Settings,
    registry: RobotRegistry,
    clock: Clock,
    ids: IdSource,
    *,
    role: str,
    requests: RequestLog | None = None,
) -> _Graph:
    """The object graph: each part gets what it uses through its constructor, nothing is
    swapped in afterwards. ``role`` is ``api`` (with a queue: Assemblies go to the workers)
    or ``worker`` (executes what the queue hands it). ``requests``: the ring the HTTP layer
    records into (the control plane lists it)."""
    backends = open_backends(settings)
    cluster = _open_cluster(settings, backends) if settings.queue_url else None
    store, records, blobs = backends.store, backends.records, backends.blobs
    faults = FaultBoard(clock, ids)
    authenticator, control_auth, tokens, keys = _authenticators(settings, records, clock)
    templates = TemplateService(settings, records, clock, ids, authenticator)
    credentials = CredentialService(settings, records, clock, ids, authenticator)
    job_slots: SlotPool = cluster.slots if cluster else JobSlots(settings.account_job_slots, settings.ip_job_slots)
    board = AssemblyBoard(store, _limits(settings, clock, backends, faults), bus=cluster.bus if cluster else None)
    dispatch = _dispatcher(cluster) if cluster and role == "api" else None
    uploads = Uploads(blobs, ids, settings.base_url, settings.ssl_base_url)
    runner = _runner(settings, registry, board, store, blobs, uploads, credentials, job_slots, clock, dispatch, faults)
    service = _assembly_service(settings, store, board, runner, uploads, registry, authenticator, templates, clock, ids)
    notifications = NotificationService(
        settings, records, clock, ids, board, authenticator=authenticator, faults=faults
    )
    tus = _tus(settings, board, uploads, runner, clock, ids)
    parts = ControlParts(
        control_auth, clock, faults, requests or RequestLog(0), Resettable(service, notifications, records, tus)
    )
    return _Graph(
        backends=backends,
        readiness=Readiness(backends.checks, VERSION),
        store=store,
        records=records,
        blobs=blobs,
        assemblies=service,
        templates=templates,
        credentials=credentials,
        billing=BillingService(settings, store, clock, authenticator),
        queues=QueueService(settings, clock, job_slots, authenticator, board),
        tokens=tokens,
        notifications=notifications,
        tus=tus,
        auth_keys=AuthKeyService(settings, records, clock, ids, authenticator),
        stats=StatsService(settings, store, clock, registry, authenticator),
        faults=faults,
        control=ControlPlane(parts),
        smart_cdn=SmartCdnService(settings, keys, service, templates, blobs, clock, accounts=authenticator.accounts),
        cluster=cluster,
    )


def _assembly_service(
    settings: Settings,
    store: StateStore,
    board: AssemblyBoard,
    runner: AssemblyRunner,
    uploads: Uploads,
    registry: RobotRegistry,
    authenticator: Authenticator,
    templates: TemplateService,
    clock: Clock,
    ids: IdSource,
) -> AssemblyService:
    """The Assembly operations over the board, the runner and the uploads."""
    return AssemblyService(
        base_url=settings.base_url,
        ssl_base_url=settings.ssl_base_url,
        store=store,
        board=board,
        runner=runner,
        uploads=uploads,
        registry=registry,
        authenticator=authenticator,
        templates=templates,
        clock=clock,
        ids=ids,
    )


def _authenticators(
    settings: Settings, records: RecordStore, clock: Clock
) -> tuple[Authenticator, Authenticator, TokenService, AuthKeyDirectory]:
    """The one authenticator of the API, the control plane's, the token service and the Auth Key
    directory, over one book of accounts (the settings' and those the control plane adds). The
    control plane checks signature expiry against the system clock, not the one it steers, so a
    test that moved the emulator's time can always move it back."""
    accounts = AccountBook(settings)
    keys = AuthKeyDirectory(settings, records, accounts)
    tokens = TokenService(settings, records, clock, keys=keys, accounts=accounts)
    nonces = RecordNonceRegistry(records, clock)
    authenticator = Authenticator(settings, clock, nonces, tokens, keys=keys, accounts=accounts)
    control = Authenticator(settings, SystemClock(), nonces, tokens, keys=keys, accounts=accounts)
    return authenticator, control, tokens, keys


def _limits(settings: Settings, clock: Clock, backends: Backends, faults: FaultBoard) -> AssemblyLimits:
    """Creations per minute and running Assemblies per account (shared when the backends are)."""
    return AssemblyLimits(
        clock,
        settings.rate_limit_per_minute,
        settings.max_concurrent_assemblies,
        log=backends.creations,
        leases=backends.leases,
        faults=faults,
    )


def _dispatcher(cluster: ClusterParts) -> Callable[[str], None]:
    from .cluster.queue import dispatcher

    return dispatcher(cluster.celery)


def _open_cluster(settings: Settings, backends: Backends) -> ClusterParts:
    """Redis and Celery (imported only with a queue); Redis joins the readiness checks."""
    from .cluster.wiring import open_cluster

    try:
        cluster = open_cluster(settings, logger)
    except BaseException:
        backends.close()
        raise
    backends.checks["queue"] = cluster.ping
    return cluster


def _tus(
    settings: Settings, board: AssemblyBoard, uploads: Uploads, runner: AssemblyRunner, clock: Clock, ids: IdSource
) -> TusService:
    """The tus server: its upload files under the data directory, its finished uploads to the board."""
    return TusService(
        FileUploadStore(settings.data_dir / "tus"),
        base_url=settings.base_url,
        listener=AssemblyTusListener(board, uploads, runner, clock),
        clock=clock,
        ids=ids,
        max_size=settings.max_upload_bytes,
        expiry_s=settings.tus_expiry_seconds,
    )


async def _sweep_expired_uploads(tus: TusService, expiry_s: float) -> None:
    """Remove abandoned tus uploads now and then (requests also refuse expired ones on sight)."""
    while True:
        await asyncio.sleep(min(3600.0, max(1.0, expiry_s / 4)))
        removed = await asyncio.to_thread(tus.expire_abandoned)
        if removed:
            logger.info("removed %d abandoned tus uploads", removed)


async def _expire_uploading_assemblies(board: AssemblyBoard, clock: Clock) -> None:
    """Each second, fail the Assemblies whose uploads outlived the vendor's limit (``ASSEMBLY_EXPIRED``).

    Every second rather than at the deadline: the control plane may move the clock at any time.
    """
    while True:
        await asyncio.sleep(1.0)
        expired = await asyncio.to_thread(board.expire_uploading, clock.now())
        if expired:
            logger.info("%d Assemblies expired while waiting for their uploads", len(expired))
