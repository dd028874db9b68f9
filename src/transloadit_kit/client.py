"""The facades: ``Transloadit`` (blocking) and ``AsyncTransloadit`` (coroutines), one method table for both.

Each method is a flow (``assemblies.py``, ``resumable.py``, ``templates.py``, ``account.py``,
``notifications.py``) that ``runner.operation`` runs blocking or awaiting, depending on the facade.
"""

from __future__ import annotations

from types import TracebackType
from typing import Generic

import httpx

from . import account, assemblies, notifications, resumable, templates
from .calls import BUSY_CODES, is_finished
from .core import DEFAULT_SERVICE, H, KitCore
from .runner import operation

__all__ = ["BUSY_CODES", "DEFAULT_SERVICE", "AsyncTransloadit", "Transloadit", "is_finished"]


class KitMethods(KitCore[H], Generic[H]):
    """The API operations; on ``AsyncTransloadit`` each is a coroutine function."""

    create_assembly = operation(assemblies.create_assembly)
    get_assembly = operation(assemblies.get_assembly)
    wait_for_assembly = operation(assemblies.wait_for_assembly)
    cancel_assembly = operation(assemblies.cancel_assembly)
    replay_assembly = operation(assemblies.replay_assembly)
    list_assemblies = operation(assemblies.list_assemblies)
    download = operation(assemblies.download)

    upload_file = operation(resumable.upload_file)
    start_upload = operation(resumable.start_upload)
    send_upload = operation(resumable.send_upload)

    create_template = operation(templates.create_template)
    get_template = operation(templates.get_template)
    update_template = operation(templates.update_template)
    delete_template = operation(templates.delete_template)
    list_templates = operation(templates.list_templates)
    create_credential = operation(templates.create_credential)
    get_credential = operation(templates.get_credential)
    update_credential = operation(templates.update_credential)
    delete_credential = operation(templates.delete_credential)
    list_credentials = operation(templates.list_credentials)
    credential_types = operation(templates.credential_types)

    get_bill = operation(account.get_bill)
    get_job_slots = operation(account.get_job_slots)

    replay_notification = operation(notifications.replay_notification)
    list_notifications = operation(notifications.list_notifications)


class Transloadit(KitMethods[httpx.Client]):
    """A blocking client for the Transloadit API (or the local emulator) that signs every request.

    >>> tl = Transloadit("emulator-key", "emulator-secret", service="http://127.0.0.1:8000")
    >>> done = tl.create_assembly(steps={...}, files=["photo.jpg"], wait=True)  # doctest: +SKIP
    """

    def close(self) -> None:
        """Close the HTTP connections (also at the end of a ``with`` block)."""
        self.client.get_httpx_client().close()

    def __enter__(self) -> Transloadit:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncTransloadit(KitMethods[httpx.AsyncClient]):
    """``Transloadit`` for asyncio: the same methods and arguments, each a coroutine function.

    >>> async with AsyncTransloadit("emulator-key", "emulator-secret", "http://127.0.0.1:8000") as tl:  # doctest: +SKIP
    ...     done = await tl.create_assembly(steps={...}, files=["photo.jpg"], wait=True)
    """

    asynchronous = True

    async def aclose(self) -> None:
        """Close the HTTP connections (also at the end of an ``async with`` block)."""
        await self.client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> AsyncTransloadit:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
