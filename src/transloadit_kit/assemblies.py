"""Assembly operations as flows (see ``effects.py``): create, read, wait, cancel, replay, list, download."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

from transloadit_client.api.assemblies import (
    cancel_assembly as cancel_api,
)
from transloadit_client.api.assemblies import (
    create_assembly as create_api,
)
from transloadit_client.api.assemblies import (
    create_assembly_with_id as create_with_id_api,
)
from transloadit_client.api.assemblies import (
    get_assembly as get_api,
)
from transloadit_client.api.assemblies import (
    list_assemblies as list_api,
)
from transloadit_client.api.assemblies import (
    replay_assembly as replay_api,
)
from transloadit_client.models import AssemblyList, AssemblyStatus, CreateAssemblyMultipartForm
from transloadit_client.types import File

from . import resumable as tus
from .calls import is_finished, signed_post, signed_read, status_retry_in, with_retries
from .core import KitCore
from .effects import Call, Fetch, Flow, Follow, Now, Sleep
from .errors import AssemblyTimeoutError

FileSource = str | Path | bytes | IO[bytes] | tuple[str, bytes | IO[bytes]]


def create_assembly(
    kit: KitCore[Any],
    *,
    steps: Mapping[str, Any] | None = None,
    template_id: str | None = None,
    files: Iterable[FileSource] | None = None,
    fields: Mapping[str, Any] | None = None,
    notify_url: str | None = None,
    assembly_id: str | None = None,
    extra_params: Mapping[str, Any] | None = None,
    resumable: bool = False,
    chunk_size: int = tus.DEFAULT_CHUNK_SIZE,
    wait: bool = False,
    timeout: float | None = None,
) -> Flow[AssemblyStatus]:
    """Create an Assembly from ``steps`` or a ``template_id``, uploading ``files``.

    ``fields`` become Assembly fields (``${fields.NAME}``). With ``resumable``, files go over
    tus in ``chunk_size`` pieces and interrupted transfers resume. With ``wait``, returns the
    final status (inspect ``status.error``). ``assembly_id`` chooses the id, as the Node SDK does.
    """
    sources = list(files or [])

    def build() -> Call:
        params, signature = kit.signed(
            extra=extra_params, steps=steps, template_id=template_id, fields=fields, notify_url=notify_url
        )
        if resumable:
            form = CreateAssemblyMultipartForm(
                params=params, signature=signature, tus_num_expected_upload_files=len(sources)
            )
        else:  # the files are opened afresh for every attempt
            form = CreateAssemblyMultipartForm(params=params, signature=signature, file=upload_files(sources))
        if assembly_id is None:
            return Call(create_api, (), {"body": form})
        return Call(create_with_id_api, (assembly_id,), {"body": form})

    status = yield from with_retries(kit, AssemblyStatus, build)
    if resumable:
        for f in upload_files(sources):
            yield from tus.upload_file(kit, status, (f.file_name or "file", f.payload), chunk_size=chunk_size)
    if wait:
        return (yield from wait_for_assembly(kit, status, timeout=timeout))
    return status


def get_assembly(kit: KitCore[Any], assembly_id: str) -> Flow[AssemblyStatus]:
    """The current status of an Assembly (a signed read)."""
    return (yield from signed_read(kit, AssemblyStatus, get_api, assembly_id))


def wait_for_assembly(
    kit: KitCore[Any],
    assembly: AssemblyStatus | str,
    *,
    timeout: float | None = None,
    poll_interval: float = 1.0,
    on_poll: Callable[[AssemblyStatus], None] | None = None,
    live: bool = True,
) -> Flow[AssemblyStatus]:
    """Wait until the Assembly is finished.

    With ``live``, follows the Server-Sent Events stream (``update_stream_url``) and reads
    the status once it reports the end; when the stream is unavailable, polls instead,
    honouring ``info.retryIn`` between polls.
    """
    status = assembly if isinstance(assembly, AssemblyStatus) else (yield from get_assembly(kit, assembly))
    assembly_id = str(status.assembly_id)
    deadline = None if timeout is None else (yield Now()) + timeout
    stream_url = status.update_stream_url if isinstance(status.update_stream_url, str) else None
    if live and stream_url and not is_finished(status) and (yield Follow(stream_url, timeout)):
        status = yield from get_assembly(kit, assembly_id)
    while not is_finished(status):
        delay = status_retry_in(status) or poll_interval
        if deadline is not None and (yield Now()) + delay > deadline:
            raise AssemblyTimeoutError(assembly_id, status.ok if isinstance(status.ok, str) else None)
        yield Sleep(delay)
        status = yield from get_assembly(kit, assembly_id)
        if on_poll is not None:
            on_poll(status)
    return status


def cancel_assembly(kit: KitCore[Any], assembly_id: str) -> Flow[AssemblyStatus]:
    """Cancel a running Assembly; a finished one keeps its outcome."""
    return (yield from signed_read(kit, AssemblyStatus, cancel_api, assembly_id))


def replay_assembly(
    kit: KitCore[Any],
    assembly_id: str,
    *,
    steps: Mapping[str, Any] | None = None,
    notify_url: str | None = None,
    fields: Mapping[str, Any] | None = None,
    wait: bool = False,
    timeout: float | None = None,
) -> Flow[AssemblyStatus]:
    """Run an Assembly again as a new one, optionally with new ``steps`` or ``notify_url``."""
    status = yield from signed_post(
        kit, AssemblyStatus, replay_api, assembly_id, steps=steps, notify_url=notify_url, fields=fields or None
    )
    if wait:
        return (yield from wait_for_assembly(kit, status, timeout=timeout))
    return status


def list_assemblies(
    kit: KitCore[Any],
    *,
    page: int = 1,
    pagesize: int = 50,
    type: str | None = None,
    fromdate: str | None = None,
    todate: str | None = None,
    keywords: Iterable[str] | None = None,
) -> Flow[AssemblyList]:
    """A page of the account's Assemblies, newest first."""
    extra: dict[str, Any] = {"page": page, "pagesize": pagesize, "type": type, "fromdate": fromdate, "todate": todate}
    if keywords is not None:
        extra["keywords"] = list(keywords)
    extra = {k: v for k, v in extra.items() if v is not None}
    return (yield from signed_read(kit, AssemblyList, list_api, extra=extra))


def download(kit: KitCore[Any], url: str) -> Flow[bytes]:
    """Fetch a result file's bytes from its ``ssl_url``."""
    content: bytes = yield Fetch(url)
    return content


def upload_files(sources: list[FileSource]) -> list[File]:
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
