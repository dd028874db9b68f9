"""The rules of resumable (tus) uploads: offsets, lengths, expiry, and telling the Assembly service.

The header protocol (tus 1.0.0) is read and written in ``http/tus.py``; the bytes and descriptions
are kept by an :class:`~..storage.uploads.UploadStore`; the md5 and sha256 are computed while the
bytes stream in (:class:`StreamingDigests`), so a finished upload needs no second pass over its
bytes; only an upload resumed across a restart is hashed from its file. When an upload names an Assembly
(``assembly_url`` metadata), the Assembly service is told when it starts, progresses and finishes.
"""

from __future__ import annotations

import re
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

import anyio.to_thread

from ..errors import TransloaditError
from ..ids import ID_PATTERN
from ..storage.blobs import Digests
from ..storage.uploads import TusUpload, UploadStore
from .clock import Clock, IdSource
from .streaming_digests import StreamingDigests

__all__ = ["TusService", "TusUpload", "UploadListener", "streamed_digests"]

_ASSEMBLY_IN_URL = re.compile(rf"/assemblies/({ID_PATTERN})(?:[/?#]|$)")


class UploadListener(Protocol):
    """What the tus service tells the Assembly service."""

    def tus_upload_started(self, upload: TusUpload) -> None:
        """A new upload for an Assembly; may refuse it with a coded error."""
        ...

    def tus_upload_progressed(self, upload: TusUpload) -> None:
        """More bytes arrived."""
        ...

    def tus_upload_finished(self, upload: TusUpload, path: Path) -> None:
        """All bytes arrived; ``path`` may be moved away.

        :func:`streamed_digests` gives the file's md5 and sha256 when they were computed while it
        streamed in (None: hash the file).
        """
        ...


class TusService:
    """The tus operations, one method per operationId, on typed values (headers are http's)."""

    def __init__(
        self,
        store: UploadStore,
        *,
        base_url: str,
        listener: UploadListener,
        clock: Clock,
        ids: IdSource,
        max_size: int,
        expiry_s: float = 24 * 3600,
    ) -> None:
        self.store = store
        self.base_url = base_url
        self.listener = listener
        self.clock = clock
        self.ids = ids
        self.max_size = max_size
        self.expiry_s = expiry_s
        self._busy: set[str] = set()  # uploads with a PATCH in flight
        # The running digests of each unfinished upload; lost on restart, when the finished file is
        # hashed instead. An abandoned upload leaves a small object behind until it expires.
        self._hashes: dict[str, StreamingDigests] = {}
        self._lock = threading.Lock()

    def create_tus_upload(self, length: int | None, metadata: dict[str, str]) -> TusUpload:
        """``POST``: a new upload (``length`` None: deferred), tied to the Assembly of ``assembly_url``."""
        if length is not None and length > self.max_size:
            raise TransloaditError(
                "MAX_SIZE_EXCEEDED", f"Upload-Length {length} exceeds the largest upload, {self.max_size} bytes."
            )
        match = _ASSEMBLY_IN_URL.search(metadata.get("assembly_url", ""))
        upload_id = self.ids.new_id()
        upload = TusUpload(
            id=upload_id,
            length=length,
            metadata=metadata,
            assembly_id=match.group(1) if match else None,
            created_ts=self.clock.now(),
            url=f"{self.base_url}/resumable/files/{upload_id}",
        )
        if upload.assembly_id is not None:
            self.listener.tus_upload_started(upload)
        self._touch(upload)
        self.store.create(upload)
        if upload.finished:  # a zero-byte file is complete at creation
            self._finish(upload)
        return upload

    def get_tus_upload(self, upload_id: str) -> TusUpload:
        """``HEAD``: the upload's offset, to resume it."""
        return self._load(upload_id)

    async def patch_tus_upload(
        self, upload_id: str, offset: int, length: int | None, body: AsyncIterator[bytes]
    ) -> TusUpload:
        """``PATCH``: append ``body`` at ``offset``, streaming it to the store (``length``: a deferred one)."""
        upload = self._load(upload_id)
        with self._claim(upload_id):
            try:
                self._apply_length(upload, length)
                if offset != upload.offset:
                    message = f"Upload-Offset {offset} does not match the {upload.offset} bytes received."
                    raise TransloaditError("TUS_OFFSET_MISMATCH", message)
                await self._receive(upload, body)
            finally:
                self._touch(upload)
                self.store.save(upload)
                if upload.assembly_id is not None:
                    self.listener.tus_upload_progressed(upload)
        if upload.finished:
            with self._lock:
                hashes = self._hashes.pop(upload_id, None)
            if hashes is not None and hashes.covered == upload.offset:
                digests = hashes.digests()
                upload.extra.update(md5=digests.md5, sha256=digests.sha256)
            # Describing (and, without running digests, hashing) the file is blocking work: keep it off the loop.
            await anyio.to_thread.run_sync(self._finish, upload)
        return upload

    def delete_tus_upload(self, upload_id: str) -> None:
        """``DELETE``: terminate the upload and remove its bytes."""
        upload = self._load(upload_id)
        if upload.finished:
            raise TransloaditError("TUS_UPLOAD_FINISHED", "The upload already finished; it cannot be terminated.")
        upload.terminated = True
        self._forget_hash(upload_id)
        self.store.terminate(upload)

    def expire_abandoned(self) -> int:
        """Remove unfinished uploads nobody touched for ``expiry_s``; how many went."""
        with self._lock:
            busy = set(self._busy)
        removed = self.store.expire(self.clock.now(), keep=busy)
        for upload_id in removed:
            self._forget_hash(upload_id)
        return len(removed)

    # -- rules ------------------------------------------------------------------------------

    async def _receive(self, upload: TusUpload, body: AsyncIterator[bytes]) -> None:
        """Write ``body`` at the end of the upload, up to its length (else the largest upload)."""
        limit = upload.length if upload.length is not None else self.max_size
        hashes = self._take_hash(upload)
        try:
            with self.store.append(upload.id) as out:
                async for chunk in body:
                    piece = chunk if upload.offset + len(chunk) <= limit else chunk[: limit - upload.offset]
                    out.write(piece)
                    upload.offset += len(piece)
                    if hashes is not None and piece:
                        await hashes.update(piece)
                    if len(piece) < len(chunk):
                        raise TransloaditError(
                            "MAX_SIZE_EXCEEDED", f"The upload is larger than its {limit} bytes; the rest was refused."
                        )
            if hashes is not None:
                await hashes.drain()
        finally:
            # A body that failed midway: what was written is hashed too, so the next PATCH goes on from it.
            if hashes is not None and hashes.close() and hashes.covered == upload.offset:
                with self._lock:
                    self._hashes[upload.id] = hashes

    def _take_hash(self, upload: TusUpload) -> StreamingDigests | None:
        """The running digests of the upload's bytes so far, or None when unknown.

        A new one at offset 0; the kept one when it covers exactly the bytes stored (a PATCH that
        failed mid-write, or a restart, leaves none, and the finished file gets hashed instead).
        """
        with self._lock:
            hashes = self._hashes.pop(upload.id, None)
        if hashes is not None and hashes.covered == upload.offset:
            return hashes
        return StreamingDigests() if upload.offset == 0 else None

    def _apply_length(self, upload: TusUpload, length: int | None) -> None:
        if length is None:
            return
        if upload.length is not None and upload.length != length:
            raise bad_header(f"Upload-Length is already {upload.length}; it cannot change to {length}.")
        if length < upload.offset or length > self.max_size:
            raise bad_header(f"Upload-Length {length} is not possible for this upload.")
        upload.length = length

    def _touch(self, upload: TusUpload) -> None:
        """Every change is activity: an unfinished upload lives ``expiry_s`` past its last one."""
        upload.expires_ts = None if upload.finished else self.clock.now() + self.expiry_s

    def _load(self, upload_id: str) -> TusUpload:
        upload = self.store.get(upload_id)
        if upload is None:
            raise TransloaditError("TUS_UPLOAD_NOT_FOUND", f"No upload {upload_id!r}.")
        if upload.terminated:
            raise TransloaditError("TUS_UPLOAD_TERMINATED", f"The upload {upload_id} was terminated.")
        if upload.expires_ts is not None and upload.expires_ts < self.clock.now() and upload_id not in self._busy:
            self._forget_hash(upload_id)
            self.store.remove(upload_id)
            raise TransloaditError("TUS_UPLOAD_EXPIRED", f"The upload {upload_id} was abandoned and has expired.")
        return upload

    @contextmanager
    def _claim(self, upload_id: str) -> Iterator[None]:
        """One PATCH at a time per upload."""
        with self._lock:
            if upload_id in self._busy:
                raise TransloaditError("TUS_OFFSET_MISMATCH", "Another PATCH to this upload is in progress.")
            self._busy.add(upload_id)
        try:
            yield
        finally:
            with self._lock:
                self._busy.discard(upload_id)

    def _forget_hash(self, upload_id: str) -> None:
        with self._lock:
            self._hashes.pop(upload_id, None)

    def _finish(self, upload: TusUpload) -> None:
        """Hand a complete upload to its Assembly (which takes the file), once."""
        if upload.assembly_id is None or upload.attached:
            return
        self.listener.tus_upload_finished(upload, self.store.path(upload.id))
        upload.extra["attached"] = True
        self.store.save(upload)


def streamed_digests(upload: TusUpload) -> Digests | None:
    """The md5 and sha256 a finished upload got while its bytes streamed in; None when it has not
    both (resumed across a restart, or finished before sha256 was kept): then its file is hashed."""
    md5, sha256 = upload.extra.get("md5"), upload.extra.get("sha256")
    return Digests(md5, sha256) if isinstance(md5, str) and isinstance(sha256, str) else None


def bad_header(message: str) -> TransloaditError:
    """``TUS_INVALID_HEADER`` with ``message``."""
    return TransloaditError("TUS_INVALID_HEADER", message)
