"""A tus 1.0.0 server: core, creation, creation-defer-length and termination.

Each upload is two files under ``<data-dir>/tus``: ``<id>.bin`` with the bytes received so far
(its size is the offset, so a restart loses nothing) and ``<id>.json`` with the declared length and
metadata. Bytes stream to disk as they arrive and are md5-hashed on the way (on a worker thread,
overlapping the transfer), so a finished upload needs no second pass over its bytes; only an upload
resumed across a restart is hashed from its file. When an upload names an Assembly
(``assembly_url`` metadata), the Assembly service is told when it starts, progresses and finishes.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import re
import threading
from collections import deque
from collections.abc import AsyncIterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

import anyio.to_thread
import orjson

from ..errors import TransloaditError
from ..integers import MAX_DIGITS, parse_natural, shown
from .clock import Clock, IdSource

TUS_VERSION = "1.0.0"
TUS_EXTENSIONS = "creation,creation-defer-length,termination,expiration"
_ID = re.compile(r"^[0-9a-f]{32}$")
_ASSEMBLY_IN_URL = re.compile(r"/assemblies/([0-9a-f]{32})(?:[/?#]|$)")
_METADATA_KEY = re.compile(r"^[^\s,]+$")
#: Batches of one PATCH being hashed or waiting to be: enough that the hashing thread never waits
#: for the event loop to hand it the next, few enough to keep memory flat (~4 MiB).
_HASH_DEPTH = 4
#: Bytes handed to the hashing thread at a time: a handoff costs a wake-up, so not one per chunk.
_HASH_BATCH = 1024 * 1024


def _update(md5: Any, pieces: list[bytes]) -> None:
    for piece in pieces:
        md5.update(piece)


@dataclass
class TusUpload:
    """One resumable upload: declared length (None while deferred), offset and metadata."""

    id: str
    length: int | None
    metadata: dict[str, str]
    assembly_id: str | None
    created_ts: float
    offset: int = 0
    terminated: bool = False
    url: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    #: When an unfinished upload is abandoned and removed (``Upload-Expires``); None once finished.
    expires_ts: float | None = None

    @property
    def finished(self) -> bool:
        """All declared bytes arrived."""
        return self.length is not None and self.offset >= self.length


class UploadListener(Protocol):
    """What the tus server tells the Assembly service."""

    def tus_upload_started(self, upload: TusUpload) -> None:
        """A new upload for an Assembly; may refuse it with a coded error."""
        ...

    def tus_upload_progressed(self, upload: TusUpload) -> None:
        """More bytes arrived."""
        ...

    def tus_upload_finished(self, upload: TusUpload, path: Path) -> None:
        """All bytes arrived; ``path`` may be moved away.

        ``upload.extra["md5"]``, when present, is the file's md5 (hex), computed while it streamed in.
        """
        ...


def parse_metadata(header: str | None) -> dict[str, str]:
    """Decode ``Upload-Metadata``: comma-separated ``key base64(value)`` pairs (value optional)."""
    result: dict[str, str] = {}
    if not header:
        return result
    for pair in header.split(","):
        parts = pair.strip().split(" ")
        key = parts[0]
        if not key or not _METADATA_KEY.match(key) or len(parts) > 2:
            raise _bad_header(f"Upload-Metadata entry {pair.strip()!r} is not 'key base64value'.")
        try:
            result[key] = base64.b64decode(parts[1], validate=True).decode("utf-8") if len(parts) == 2 else ""
        except (binascii.Error, UnicodeDecodeError):
            raise _bad_header(f"Upload-Metadata value of {key!r} is not base64 of UTF-8 text.") from None
    return result


def encode_metadata(metadata: dict[str, str]) -> str:
    """The ``Upload-Metadata`` header for a metadata dict."""
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in metadata.items())


def _bad_header(message: str) -> TransloaditError:
    return TransloaditError("TUS_INVALID_HEADER", message)


def _int_header(name: str, value: str | None) -> int | None:
    if value is None:
        return None
    number = parse_natural(value)
    if number is None:
        raise _bad_header(f"{name} must be a whole number of 1 to {MAX_DIGITS} digits 0-9, got {shown(value)}.")
    return number


class TusService:
    """The tus operations, one method per operationId."""

    def __init__(
        self,
        root: Path,
        *,
        base_url: str,
        listener: UploadListener,
        clock: Clock,
        ids: IdSource,
        max_size: int,
        expiry_s: float = 24 * 3600,
    ) -> None:
        self.root = root
        self.expiry_s = expiry_s
        root.mkdir(parents=True, exist_ok=True)
        self.base_url = base_url
        self.listener = listener
        self.clock = clock
        self.ids = ids
        self.max_size = max_size
        self._busy: set[str] = set()  # uploads with a PATCH in flight
        # Running md5 of each unfinished upload and the offset it covers; lost on restart, when the
        # finished file is hashed instead. An abandoned upload leaves a ~100-byte object behind.
        self._hashes: dict[str, tuple[Any, int]] = {}
        self._lock = threading.Lock()

    # -- operations --------------------------------------------------------------------------

    def get_tus_options(self) -> dict[str, str]:
        """``OPTIONS``: the server's capabilities as headers."""
        return {
            "Tus-Resumable": TUS_VERSION,
            "Tus-Version": TUS_VERSION,
            "Tus-Extension": TUS_EXTENSIONS,
            "Tus-Max-Size": str(self.max_size),
        }

    def create_tus_upload(
        self, version: str | None, length: str | None, defer: str | None, metadata: str | None
    ) -> TusUpload:
        """``POST``: a new upload, tied to an Assembly when ``assembly_url`` is in its metadata."""
        _check_version(version)
        declared = _int_header("Upload-Length", length)
        if declared is None and defer != "1":
            raise _bad_header("Either Upload-Length or Upload-Defer-Length: 1 is required.")
        if declared is not None and declared > self.max_size:
            raise TransloaditError(
                "MAX_SIZE_EXCEEDED", f"Upload-Length {declared} exceeds the largest upload, {self.max_size} bytes."
            )
        meta = parse_metadata(metadata)
        match = _ASSEMBLY_IN_URL.search(meta.get("assembly_url", ""))
        upload_id = self.ids.new_id()
        upload = TusUpload(
            id=upload_id,
            length=declared,
            metadata=meta,
            assembly_id=match.group(1) if match else None,
            created_ts=self.clock.now(),
            url=f"{self.base_url}/resumable/files/{upload_id}",
        )
        if upload.assembly_id is not None:
            self.listener.tus_upload_started(upload)
        self._bin(upload_id).touch()
        self._save(upload)
        if upload.finished:  # a zero-byte file is complete at creation
            self._finish(upload)
        return upload

    def get_tus_upload(self, version: str | None, upload_id: str) -> TusUpload:
        """``HEAD``: the upload's offset, to resume it."""
        _check_version(version)
        return self._load(upload_id)

    async def patch_tus_upload(
        self,
        version: str | None,
        upload_id: str,
        *,
        offset: str | None,
        length: str | None,
        content_type: str | None,
        body: AsyncIterator[bytes],
    ) -> TusUpload:
        """``PATCH``: append the body at ``Upload-Offset``, streaming it to disk."""
        _check_version(version)
        claimed = _int_header("Upload-Offset", offset)
        if claimed is None:
            raise _bad_header("Upload-Offset is required.")
        if (content_type or "").split(";")[0].strip() != "application/offset+octet-stream":
            raise TransloaditError(
                "TUS_UNSUPPORTED_MEDIA_TYPE", "PATCH bodies must be Content-Type: application/offset+octet-stream."
            )
        upload = self._load(upload_id)
        with self._lock:
            if upload_id in self._busy:
                raise TransloaditError("TUS_OFFSET_MISMATCH", "Another PATCH to this upload is in progress.")
            self._busy.add(upload_id)
        try:
            self._apply_length(upload, _int_header("Upload-Length", length))
            if claimed != upload.offset:
                raise TransloaditError(
                    "TUS_OFFSET_MISMATCH", f"Upload-Offset {claimed} does not match the {upload.offset} bytes received."
                )
            limit = upload.length if upload.length is not None else self.max_size
            md5 = self._take_hash(upload_id, upload.offset)
            hashed = upload.offset
            # One thread per PATCH hashes its pieces in order while the loop receives the next ones
            # (hashlib releases the GIL), so the md5 costs no second read of the file.
            hasher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tus-md5") if md5 is not None else None
            pending: deque[Future[None]] = deque()
            failed: list[Future[None]] = []  # updates that raised or never ran: the md5 is then short

            def check(update: Future[None]) -> None:
                if update.cancelled() or update.exception() is not None:
                    failed.append(update)

            batch: list[bytes] = []
            batched = 0

            async def hand_over() -> None:
                nonlocal batch, batched, hashed
                if hasher is None or not batch:
                    return
                if len(pending) >= _HASH_DEPTH:
                    await asyncio.wrap_future(pending.popleft())
                update = hasher.submit(_update, md5, batch)
                update.add_done_callback(check)
                pending.append(update)
                hashed += batched
                batch, batched = [], 0

            try:
                with open(self._bin(upload_id), "ab") as out:
                    async for chunk in body:
                        piece = chunk if upload.offset + len(chunk) <= limit else chunk[: limit - upload.offset]
                        out.write(piece)
                        upload.offset += len(piece)
                        if hasher is not None and piece:
                            batch.append(piece)
                            batched += len(piece)
                            if batched >= _HASH_BATCH:
                                await hand_over()
                        if len(piece) < len(chunk):
                            raise TransloaditError(
                                "MAX_SIZE_EXCEEDED",
                                f"The upload is larger than its {limit} bytes; the rest was refused.",
                            )
                    await hand_over()
                while pending:
                    await asyncio.wrap_future(pending.popleft())
            finally:
                # A body that failed midway: what was written is hashed too, so the next PATCH goes on
                # from this md5. Blocks for a few batches' hashing at most.
                if hasher is not None:
                    if batch:
                        update = hasher.submit(_update, md5, batch)
                        update.add_done_callback(check)
                        hashed += batched
                    hasher.shutdown(wait=True)
                if md5 is not None and not failed and hashed == upload.offset:
                    with self._lock:
                        self._hashes[upload_id] = (md5, hashed)
        finally:
            with self._lock:
                self._busy.discard(upload_id)
            self._save(upload)
            if upload.assembly_id is not None:
                self.listener.tus_upload_progressed(upload)
        if upload.finished:
            with self._lock:
                running = self._hashes.pop(upload_id, None)
            if running is not None and running[1] == upload.offset:
                upload.extra["md5"] = running[0].hexdigest()
            # Describing (and, without a running md5, hashing) the file is blocking work: keep it off the loop.
            await anyio.to_thread.run_sync(self._finish, upload)
        return upload

    def delete_tus_upload(self, version: str | None, upload_id: str) -> None:
        """``DELETE``: terminate the upload and remove its bytes."""
        _check_version(version)
        upload = self._load(upload_id)
        if upload.finished:
            raise TransloaditError("TUS_UPLOAD_FINISHED", "The upload already finished; it cannot be terminated.")
        upload.terminated = True
        with self._lock:
            self._hashes.pop(upload_id, None)
        self._bin(upload_id).unlink(missing_ok=True)
        self._save(upload)

    # -- storage -----------------------------------------------------------------------------

    def _bin(self, upload_id: str) -> Path:
        return self.root / f"{upload_id}.bin"

    def expire_abandoned(self) -> int:
        """Remove unfinished uploads nobody touched for ``expiry_s``; how many went."""
        now, removed = self.clock.now(), 0
        for info_path in self.root.glob("*.json"):
            try:
                upload = TusUpload(**orjson.loads(info_path.read_bytes()))
            except (OSError, ValueError, TypeError):
                continue
            if upload.expires_ts is not None and upload.expires_ts < now and upload.id not in self._busy:
                self._remove(upload.id)
                removed += 1
        return removed

    def _remove(self, upload_id: str) -> None:
        with self._lock:
            self._hashes.pop(upload_id, None)
        self._bin(upload_id).unlink(missing_ok=True)
        (self.root / f"{upload_id}.json").unlink(missing_ok=True)

    def _save(self, upload: TusUpload) -> None:
        # Every save is activity: an unfinished upload lives ``expiry_s`` past its last one.
        upload.expires_ts = None if upload.finished else self.clock.now() + self.expiry_s
        info = asdict(upload)
        (self.root / f"{upload.id}.json").write_bytes(orjson.dumps(info))

    def _load(self, upload_id: str) -> TusUpload:
        info_path = self.root / f"{upload_id}.json"
        if not _ID.match(upload_id) or not info_path.is_file():
            raise TransloaditError("TUS_UPLOAD_NOT_FOUND", f"No upload {upload_id!r}.")
        upload = TusUpload(**orjson.loads(info_path.read_bytes()))
        if upload.terminated:
            raise TransloaditError("TUS_UPLOAD_TERMINATED", f"The upload {upload_id} was terminated.")
        if upload.expires_ts is not None and upload.expires_ts < self.clock.now() and upload_id not in self._busy:
            self._remove(upload_id)
            raise TransloaditError("TUS_UPLOAD_EXPIRED", f"The upload {upload_id} was abandoned and has expired.")
        bin_path = self._bin(upload_id)
        if not upload.extra.get("attached"):
            upload.offset = bin_path.stat().st_size if bin_path.exists() else 0
        return upload

    def _take_hash(self, upload_id: str, offset: int) -> Any:
        """The running md5 of an upload whose file holds ``offset`` bytes, or None when unknown.

        A new md5 at offset 0; the kept one when it covers exactly the bytes on disk (a PATCH that
        failed mid-write, or a restart, leaves none, and the finished file gets hashed instead).
        """
        with self._lock:
            running = self._hashes.pop(upload_id, None)
        if running is not None and running[1] == offset:
            return running[0]
        return hashlib.md5() if offset == 0 else None

    def _apply_length(self, upload: TusUpload, length: int | None) -> None:
        if length is None:
            return
        if upload.length is not None and upload.length != length:
            raise _bad_header(f"Upload-Length is already {upload.length}; it cannot change to {length}.")
        if length < upload.offset or length > self.max_size:
            raise _bad_header(f"Upload-Length {length} is not possible for this upload.")
        upload.length = length

    def _finish(self, upload: TusUpload) -> None:
        """Hand a complete upload to its Assembly (which takes the file), once."""
        if upload.assembly_id is None or upload.extra.get("attached"):
            return
        self.listener.tus_upload_finished(upload, self._bin(upload.id))
        upload.extra["attached"] = True
        self._save(upload)


def _check_version(version: str | None) -> None:
    if version != TUS_VERSION:
        raise TransloaditError(
            "TUS_VERSION_UNSUPPORTED",
            f"Tus-Resumable {version!r} is not supported; this server speaks {TUS_VERSION}.",
            headers={"Tus-Version": TUS_VERSION},
        )
