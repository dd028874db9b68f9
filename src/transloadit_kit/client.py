"""The ``Transloadit`` facade: signed calls through the generated client, plus waiting and retries."""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, Any, BinaryIO, TypeVar, cast

import httpx
from transloadit_client import Client
from transloadit_client.api.assemblies import (
    cancel_assembly,
    create_assembly,
    create_assembly_with_id,
    get_assembly,
    list_assemblies,
    replay_assembly,
)
from transloadit_client.models import (
    AssemblyList,
    AssemblyStatus,
    CreateAssemblyMultipartForm,
    Error,
    SignedUrlencodedForm,
)
from transloadit_client.types import File, Response

from . import resumable as resumable_uploads
from . import signing
from .account import AccountMethods
from .errors import AssemblyTimeoutError, api_error
from .live import follow_stream
from .notifications import NotificationMethods
from .params import build_params, encode_params
from .templates import TemplateMethods

DEFAULT_SERVICE = "https://api2.transloadit.com"
#: ``ok`` codes of an Assembly that is still running; anything else (or an ``error``) is final.
BUSY_CODES = frozenset({"ASSEMBLY_UPLOADING", "ASSEMBLY_EXECUTING", "ASSEMBLY_REPLAYING"})
_RATE_LIMIT_CODES = frozenset({"RATE_LIMIT_REACHED", "ASSEMBLY_STATUS_FETCHING_RATE_LIMIT_REACHED"})

FileSource = str | Path | bytes | IO[bytes] | tuple[str, bytes | IO[bytes]]
T = TypeVar("T")


def is_finished(status: AssemblyStatus) -> bool:
    """True once an Assembly completed, was canceled, or failed."""
    error = status.error if isinstance(status.error, str) else None
    if error and error not in _RATE_LIMIT_CODES:
        return True
    ok = status.ok if isinstance(status.ok, str) else None
    return ok is not None and ok not in BUSY_CODES


class Transloadit(TemplateMethods, AccountMethods, NotificationMethods):
    """A client for the Transloadit API (or the local emulator) that signs every request.

    ``service`` is the API base URL, e.g. ``http://127.0.0.1:8000`` for ``make serve``.
    Methods return the generated models and raise :class:`TransloaditApiError` on error answers.
    """

    def __init__(
        self,
        key: str,
        secret: str,
        service: str = DEFAULT_SERVICE,
        *,
        algorithm: str = signing.DEFAULT_ALGORITHM,
        expires_in: float = 300,
        timeout: float = 60.0,
        max_retries: int = 5,
        httpx_client: httpx.Client | None = None,
        bearer_token: str | None = None,
    ) -> None:
        self.key = key
        self.secret = secret
        self.algorithm = algorithm
        self.expires_in = expires_in
        self.max_retries = max_retries
        self.bearer_token = bearer_token
        self.client = Client(base_url=service.rstrip("/"), timeout=httpx.Timeout(timeout))
        if httpx_client is not None:
            self.client.set_httpx_client(httpx_client)
        if bearer_token is not None:
            # Also applied to a given httpx_client: every request of this facade carries the token.
            self.client = self.client.with_headers({"Authorization": f"Bearer {bearer_token}"})

    # -- signing -------------------------------------------------------------------------

    def signed(self, extra: Mapping[str, Any] | None = None, **kwargs: Any) -> tuple[str, str]:
        """Build, serialize and sign params: the ``(params, signature)`` pair to send."""
        params = build_params(self.key, expires_in=self.expires_in, extra=extra, **kwargs)
        encoded = encode_params(params)
        if self.bearer_token is not None:
            return encoded, ""  # the token stands in for the signature, as the Node SDK sends it
        return encoded, signing.sign(encoded, self.secret, self.algorithm)

    # -- Assemblies ----------------------------------------------------------------------

    def create_assembly(
        self,
        *,
        steps: Mapping[str, Any] | None = None,
        template_id: str | None = None,
        files: Iterable[FileSource] | None = None,
        fields: Mapping[str, Any] | None = None,
        notify_url: str | None = None,
        assembly_id: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        resumable: bool = False,
        chunk_size: int = resumable_uploads.DEFAULT_CHUNK_SIZE,
        wait: bool = False,
        timeout: float | None = None,
    ) -> AssemblyStatus:
        """Create an Assembly from ``steps`` or a ``template_id``, uploading ``files``.

        ``fields`` become Assembly fields (``${fields.NAME}``). With ``resumable``, files go over
        tus in ``chunk_size`` pieces and interrupted transfers resume. With ``wait``, returns the
        final status (inspect ``status.error``). ``assembly_id`` chooses the id, as the Node SDK does.
        """
        sources = list(files or [])

        def call() -> Response[AssemblyStatus | Error]:
            params, signature = self.signed(
                extra=extra_params, steps=steps, template_id=template_id, fields=fields, notify_url=notify_url
            )
            if resumable:
                form = CreateAssemblyMultipartForm(
                    params=params, signature=signature, tus_num_expected_upload_files=len(sources)
                )
            else:
                form = CreateAssemblyMultipartForm(params=params, signature=signature, file=_files(sources))
            if assembly_id is None:
                return create_assembly.sync_detailed(client=self.client, body=form)
            return create_assembly_with_id.sync_detailed(assembly_id, client=self.client, body=form)

        status = self._with_retries(call)
        if resumable:
            tus = self.tus_client(status)
            for f in _files(sources):
                source = (f.file_name or "file", f.payload)
                resumable_uploads.upload_file(
                    tus, source, assembly_url=str(status.assembly_ssl_url), chunk_size=chunk_size
                )
        if wait:
            return self.wait_for_assembly(status, timeout=timeout)
        return status

    def tus_client(self, status: AssemblyStatus) -> Client:
        """A generated client for the Assembly's tus server (its ``tus_url`` may be another host)."""
        tus_url = str(status.tus_url or f"{self.client._base_url}/resumable/files/")
        base = tus_url.split("/resumable/files", 1)[0]
        if base == self.client._base_url:
            return self.client
        return Client(base_url=base, timeout=self.client._timeout)

    def get_assembly(self, assembly_id: str) -> AssemblyStatus:
        """The current status of an Assembly (a signed read)."""
        params, signature = self.signed()
        return self._with_retries(
            lambda: get_assembly.sync_detailed(assembly_id, client=self.client, params=params, signature=signature)
        )

    def wait_for_assembly(
        self,
        assembly: AssemblyStatus | str,
        *,
        timeout: float | None = None,
        poll_interval: float = 1.0,
        on_poll: Callable[[AssemblyStatus], None] | None = None,
        live: bool = True,
    ) -> AssemblyStatus:
        """Wait until the Assembly is finished.

        With ``live``, follows the Server-Sent Events stream (``update_stream_url``) and reads
        the status once it reports the end; when the stream is unavailable, polls instead,
        honouring ``info.retryIn`` between polls.
        """
        status = assembly if isinstance(assembly, AssemblyStatus) else self.get_assembly(assembly)
        assembly_id = str(status.assembly_id)
        deadline = None if timeout is None else time.monotonic() + timeout
        stream_url = status.update_stream_url if isinstance(status.update_stream_url, str) else None
        if live and stream_url and not is_finished(status):
            if follow_stream(self.client.get_httpx_client(), stream_url, timeout):
                status = self.get_assembly(assembly_id)
        while not is_finished(status):
            delay = _retry_in(status) or poll_interval
            if deadline is not None and time.monotonic() + delay > deadline:
                raise AssemblyTimeoutError(assembly_id, status.ok if isinstance(status.ok, str) else None)
            time.sleep(delay)
            status = self.get_assembly(assembly_id)
            if on_poll is not None:
                on_poll(status)
        return status

    def cancel_assembly(self, assembly_id: str) -> AssemblyStatus:
        """Cancel a running Assembly; a finished one keeps its outcome."""
        params, signature = self.signed()
        return self._with_retries(
            lambda: cancel_assembly.sync_detailed(assembly_id, client=self.client, params=params, signature=signature)
        )

    def replay_assembly(
        self,
        assembly_id: str,
        *,
        steps: Mapping[str, Any] | None = None,
        notify_url: str | None = None,
        fields: Mapping[str, Any] | None = None,
        wait: bool = False,
        timeout: float | None = None,
    ) -> AssemblyStatus:
        """Run an Assembly again as a new one, optionally with new ``steps`` or ``notify_url``."""

        def call() -> Response[AssemblyStatus | Error]:
            params, signature = self.signed(steps=steps, notify_url=notify_url, fields=fields)
            body = SignedUrlencodedForm(params=params, signature=signature)
            return replay_assembly.sync_detailed(assembly_id, client=self.client, body=body)

        status = self._with_retries(call)
        if wait:
            return self.wait_for_assembly(status, timeout=timeout)
        return status

    def list_assemblies(
        self,
        *,
        page: int = 1,
        pagesize: int = 50,
        type: str | None = None,
        fromdate: str | None = None,
        todate: str | None = None,
        keywords: Iterable[str] | None = None,
    ) -> AssemblyList:
        """A page of the account's Assemblies, newest first."""
        extra: dict[str, Any] = {"page": page, "pagesize": pagesize}
        if type is not None:
            extra["type"] = type
        if fromdate is not None:
            extra["fromdate"] = fromdate
        if todate is not None:
            extra["todate"] = todate
        if keywords is not None:
            extra["keywords"] = list(keywords)
        params, signature = self.signed(extra=extra)
        return self._with_retries(
            lambda: list_assemblies.sync_detailed(client=self.client, params=params, signature=signature)
        )

    def download(self, url: str) -> bytes:
        """Fetch a result file's bytes from its ``ssl_url``."""
        response = self.client.get_httpx_client().get(url)
        response.raise_for_status()
        return response.content

    # -- plumbing ------------------------------------------------------------------------

    def _with_retries(self, call: Callable[[], Response[T | Error]]) -> T:
        """Run ``call``; retry on rate limits after ``info.retryIn``; raise on error answers."""
        attempt = 0
        while True:
            response = call()
            parsed = response.parsed
            if parsed is not None and not isinstance(parsed, Error):
                return parsed
            error = api_error(response)
            retry_in = error.retry_in
            if error.code in _RATE_LIMIT_CODES and attempt < self.max_retries:
                attempt += 1
                time.sleep(retry_in if retry_in is not None else 1.0)
                continue
            raise error


def _files(sources: list[FileSource]) -> list[File]:
    """Generated-client File objects, opened fresh for every attempt."""
    out: list[File] = []
    for src in sources:
        if isinstance(src, tuple):
            name, data = src
            payload: IO[bytes] = io.BytesIO(data) if isinstance(data, bytes) else data
        elif isinstance(src, str | Path):
            path = Path(src)
            name, payload = path.name, io.BytesIO(path.read_bytes())
        elif isinstance(src, bytes):
            name, payload = "file", io.BytesIO(src)
        else:
            name = Path(getattr(src, "name", "file")).name
            payload = src
        if payload.seekable():
            payload.seek(0)
        out.append(File(payload=cast(BinaryIO, payload), file_name=name))
    return out


def _retry_in(status: AssemblyStatus) -> float | None:
    info = status.info
    if info is None or not hasattr(info, "additional_properties"):
        return None
    value = info.additional_properties.get("retryIn")
    return float(value) if isinstance(value, int | float) else None
