"""tus uploads any process of a cluster can continue: the description in the record store, the
bytes in the blob store (an S3 bucket), so no local disk holds the only copy.

Each PATCH's bytes become one blob named by the offset they start at (``<upload id>/<offset as 32
hex digits>/part``); the description (``tus_upload`` record) holds the offset. A PATCH cut short by a
dying process leaves at most a blob past the recorded offset, which the next PATCH from that offset
replaces. When the upload is complete, :meth:`SharedUploadStore.path` fetches the parts in order
into one local file for its Assembly, and the parts are removed once it took them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import BinaryIO

from ..ids import is_id
from .blobs import BlobStore
from .records import Record, RecordQuery, RecordStore
from .uploads import TusUpload

KIND = "tus_upload"
_PART = "part"
#: An upload that never expires (finished) sorts after every expiring one.
_NEVER = 1e18


class SharedUploadStore:
    """:class:`~.uploads.UploadStore` on the shared record store and blob store."""

    def __init__(self, records: RecordStore, blobs: BlobStore, work_dir: Path) -> None:
        work_dir.mkdir(parents=True, exist_ok=True)
        self.records = records
        self.blobs = blobs
        self.work_dir = work_dir

    def create(self, upload: TusUpload) -> None:
        """Keep a new upload, with no bytes yet."""
        self.save(upload)

    def get(self, upload_id: str) -> TusUpload | None:
        """The upload as the last process that changed it saved it, or None."""
        if not is_id(upload_id):
            return None
        record = self.records.get(KIND, upload_id)
        return TusUpload(**record.body) if record is not None else None

    def save(self, upload: TusUpload) -> None:
        """Write the description; once the upload is attached its parts go (the Assembly has the file)."""
        expires = upload.expires_ts if upload.expires_ts is not None else _NEVER
        parent = upload.assembly_id or ""
        self.records.put(Record(KIND, upload.id, "", asdict(upload), upload.created_ts, expires, parent_id=parent))
        if upload.attached:
            self.blobs.discard_assembly(upload.id)

    @contextmanager
    def append(self, upload_id: str) -> Iterator[BinaryIO]:
        """A local file for the next bytes, stored as one part when the PATCH ends (also when it
        ends early: the bytes written so far are the ones its offset counts)."""
        current = self.get(upload_id)
        start = current.offset if current is not None else 0
        fd, name = tempfile.mkstemp(prefix=f"{upload_id}-", suffix=".part", dir=self.work_dir)
        local = Path(name)
        try:
            with os.fdopen(fd, "wb") as out:
                yield out
        finally:
            if local.stat().st_size:
                stored = self.blobs.put_file(local, upload_id, f"{start:032x}", _PART)
                self.blobs.release(stored.relpath)
            local.unlink(missing_ok=True)

    def path(self, upload_id: str) -> Path:
        """The upload's bytes as one local file: its parts fetched and joined in order."""
        upload = self.get(upload_id)
        size = upload.offset if upload is not None else 0
        joined = self.work_dir / f"{upload_id}.{uuid.uuid4().hex[:8]}.bin"
        with joined.open("wb") as out:
            position = 0
            while position < size:
                relpath = f"{upload_id}/{position:032x}/{_PART}"
                part = self.blobs.path(relpath)
                copied = part.stat().st_size
                with part.open("rb") as source:
                    shutil.copyfileobj(source, out)
                self.blobs.release(relpath)
                if not copied:
                    raise OSError(f"the part of upload {upload_id} at {position} is empty")
                position += copied
        return joined

    def terminate(self, upload: TusUpload) -> None:
        """Drop the bytes, keep the description."""
        self.blobs.discard_assembly(upload.id)
        self.save(upload)

    def remove(self, upload_id: str) -> None:
        """Forget the upload altogether."""
        self.blobs.discard_assembly(upload_id)
        self.records.delete(KIND, upload_id)

    def expire(self, now: float, keep: Collection[str] = ()) -> list[str]:
        """Remove the uploads whose ``expires_ts`` is before ``now``, except ``keep``; their ids
        (at most a thousand per call: the sweep comes back)."""
        query = RecordQuery(KIND, sort="modified", descending=False, pagesize=1000)
        due = [r.id for r in self.records.query(query)[0] if r.modified_ts < now and r.id not in keep]
        for upload_id in due:
            self.remove(upload_id)
        return due
