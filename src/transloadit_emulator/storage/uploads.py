"""The files of resumable (tus) uploads, behind :class:`UploadStore`.

:class:`FileUploadStore` keeps each upload as two files under ``<data-dir>/tus``: ``<id>.bin`` with
the bytes received so far (its size is the offset, so a restart loses nothing) and ``<id>.json``
with the upload's description (declared length, metadata, expiry, ...). What the bytes and the
description mean (offsets, lengths, expiry) is decided in ``core/tus.py``; this module only keeps them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import orjson

from ..ids import is_id


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
    #: ``md5`` and ``sha256`` (hex, computed while the bytes streamed in) and ``attached`` (handed to its Assembly).
    extra: dict[str, Any] = field(default_factory=dict)
    #: When an unfinished upload is abandoned and removed (``Upload-Expires``); None once finished.
    expires_ts: float | None = None

    @property
    def finished(self) -> bool:
        """All declared bytes arrived."""
        return self.length is not None and self.offset >= self.length

    @property
    def attached(self) -> bool:
        """Handed to its Assembly, which took the bytes away."""
        return bool(self.extra.get("attached"))


class UploadStore(Protocol):
    """Where the bytes and description of each tus upload are kept."""

    def create(self, upload: TusUpload) -> None:
        """Keep a new upload, with no bytes yet."""
        ...

    def get(self, upload_id: str) -> TusUpload | None:
        """The upload (``offset``: the bytes kept, until it is attached), or None."""
        ...

    def save(self, upload: TusUpload) -> None:
        """Write the upload's description (length, metadata, expiry, flags)."""
        ...

    def append(self, upload_id: str) -> AbstractContextManager[BinaryIO]:
        """A file open at the end of the upload's bytes, for the next ones."""
        ...

    def path(self, upload_id: str) -> Path:
        """The file holding the upload's bytes (its Assembly takes it when the upload is complete)."""
        ...

    def terminate(self, upload: TusUpload) -> None:
        """Drop the bytes, keep the description (so the upload answers "terminated")."""
        ...

    def remove(self, upload_id: str) -> None:
        """Forget the upload altogether."""
        ...

    def expire(self, now: float, keep: Collection[str] = ()) -> list[str]:
        """Remove the uploads whose ``expires_ts`` is before ``now``, except ``keep``; their ids."""
        ...


class FileUploadStore:
    """:class:`UploadStore` as files under one directory."""

    def __init__(self, root: Path) -> None:
        root.mkdir(parents=True, exist_ok=True)
        self.root = root

    def create(self, upload: TusUpload) -> None:
        """Keep a new upload, with no bytes yet."""
        self._bin(upload.id).touch()
        self.save(upload)

    def get(self, upload_id: str) -> TusUpload | None:
        """The upload (``offset``: the size of its bytes, until it is attached), or None."""
        if not is_id(upload_id):  # ids become file names: nothing else may
            return None
        upload = self._read(self._info(upload_id))
        if upload is not None and not upload.attached:
            bin_path = self._bin(upload_id)
            upload.offset = bin_path.stat().st_size if bin_path.exists() else 0
        return upload

    def save(self, upload: TusUpload) -> None:
        """Write the upload's description."""
        self._info(upload.id).write_bytes(orjson.dumps(asdict(upload)))

    @contextmanager
    def append(self, upload_id: str) -> Iterator[BinaryIO]:
        """A file open at the end of the upload's bytes, for the next ones."""
        with open(self._bin(upload_id), "ab") as out:
            yield out

    def path(self, upload_id: str) -> Path:
        """The file holding the upload's bytes."""
        return self._bin(upload_id)

    def terminate(self, upload: TusUpload) -> None:
        """Drop the bytes, keep the description."""
        self._bin(upload.id).unlink(missing_ok=True)
        self.save(upload)

    def remove(self, upload_id: str) -> None:
        """Forget the upload altogether."""
        self._bin(upload_id).unlink(missing_ok=True)
        self._info(upload_id).unlink(missing_ok=True)

    def expire(self, now: float, keep: Collection[str] = ()) -> list[str]:
        """Remove the uploads whose ``expires_ts`` is before ``now``, except ``keep``; their ids."""
        removed = []
        for info_path in self.root.glob("*.json"):
            upload = self._read(info_path)
            if upload is not None and upload.expires_ts is not None and upload.expires_ts < now:
                if upload.id not in keep:
                    self.remove(upload.id)
                    removed.append(upload.id)
        return removed

    def _read(self, info_path: Path) -> TusUpload | None:
        try:
            return TusUpload(**orjson.loads(info_path.read_bytes()))
        except (OSError, ValueError, TypeError):  # missing, or half-written when the process died
            return None

    def _bin(self, upload_id: str) -> Path:
        return self.root / f"{upload_id}.bin"

    def _info(self, upload_id: str) -> Path:
        return self.root / f"{upload_id}.json"
