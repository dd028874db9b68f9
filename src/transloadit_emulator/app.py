"""Wiring: ``create_app(settings, clock=..., ids=...)`` builds the whole emulator."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.exceptions import HTTPException

from .allocator import tune_allocator
from .backends import open_backends
from .core.assemblies.service import VERSION, AssemblyService
from .core.auth import Authenticator
from .core.billing import BillingService
from .core.clock import Clock, IdSource, SystemClock, UuidIds
from .core.credentials import CredentialService
from .core.nonces import RecordNonceRegistry
from .core.notifications import NotificationService
from .core.queues import QueueService
from .core.readiness import Readiness
from .core.templates import TemplateService
from .core.tokens import TokenService
from .core.tus import TusService
from .errors import TransloaditError
from .http.cors import cors_middleware
from .http.render import on_http_error, on_transloadit_error, on_unexpected_error
from .http.routes import routes
from .robots.registry import default_registry
from .settings import Settings
from .storage.uploads import FileUploadStore

logger = logging.getLogger("transloadit_emulator")


def create_app(settings: Settings, *, clock: Clock | None = None, ids: IdSource | None = None) -> Starlette:
    """The emulator as an ASGI app, with its state in ``settings.data_dir``.

    The database, blob store and workers open at start-up and close at shutdown, so one app can
    be started and stopped repeatedly; Assemblies left executing by a previous run resume.
    """
    registry = default_registry()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        tune_allocator()
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        backends = open_backends(settings)
        store, records, blobs = backends.store, backends.records, backends.blobs
        app.state.records = records
        app.state.readiness = Readiness(backends.checks, VERSION)
        service = AssemblyService(
            settings,
            store=store,
            blobs=blobs,
            registry=registry,
            clock=clock or SystemClock(),
            ids=ids or UuidIds(),
            logger=logger,
        )
        app.state.assemblies = service
        app.state.templates = service.templates = TemplateService(settings, records, service.clock, service.ids)
        app.state.credentials = service.credentials = CredentialService(settings, records, service.clock, service.ids)
        app.state.billing = BillingService(settings, store, service.clock)
        app.state.queues = QueueService(settings, service.clock, service.job_slots)
        app.state.tokens = TokenService(settings, records, service.clock)
        app.state.notifications = NotificationService(settings, records, service.clock, service.ids, service)
        nonces = RecordNonceRegistry(records, service.clock)
        shared = Authenticator(settings, service.clock, nonces, app.state.tokens)
        for authenticated in (
            service,
            app.state.templates,
            app.state.credentials,
            app.state.billing,
            app.state.queues,
            app.state.notifications,
        ):
            authenticated.authenticator = shared
        app.state.blobs = blobs
        app.state.tus = TusService(
            FileUploadStore(settings.data_dir / "tus"),
            base_url=settings.base_url,
            listener=service,
            clock=service.clock,
            ids=service.ids,
            max_size=settings.max_upload_bytes,
            expiry_s=settings.tus_expiry_seconds,
        )
        sweeper = asyncio.create_task(_sweep_expired_uploads(app.state.tus, settings.tus_expiry_seconds))
        resumed = service.resume()
        if resumed:
            logger.info("resumed %d Assemblies that were executing", resumed)
        redelivering = app.state.notifications.resume()
        if redelivering:
            logger.info("resumed %d Notifications that were being delivered", redelivering)
        try:
            yield
        finally:
            sweeper.cancel()
            app.state.notifications.close()
            service.close()
            backends.close()

    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=cors_middleware(),
        exception_handlers={
            TransloaditError: on_transloadit_error,
            HTTPException: on_http_error,
            Exception: on_unexpected_error,
        },
    )
    app.state.settings = settings
    return app


async def _sweep_expired_uploads(tus: TusService, expiry_s: float) -> None:
    """Remove abandoned tus uploads now and then (requests also refuse expired ones on sight)."""
    while True:
        await asyncio.sleep(min(3600.0, max(1.0, expiry_s / 4)))
        removed = await asyncio.to_thread(tus.expire_abandoned)
        if removed:
            logger.info("removed %d abandoned tus uploads", removed)
