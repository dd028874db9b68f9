"""Files on disk under the data directory: uploads and results, addressed by Assembly and file id."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..ids import is_id

_CHUNK = 1024 * 1024
_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")


def safe_filename(name: str) -> str:
    """A file name that is safe on disk and in URLs paths: no directories, no control characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip(" .")
    return base[:200] or "file"


@dataclass(frozen=True)
class StoredBlob:
    """A file written to the blob store: where it lies (relative to the root), its size and md5."""

    relpath: str
    size: int
    md5hash: str


class BlobStore:
    """Stores files under ``root/<assembly_id>/<file_id>/<filename>``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def _target(self, assembly_id: str, file_id: str, filename: str) -> tuple[str, Path]:
        rel = f"{assembly_id}/{file_id}/{safe_filename(filename)}"
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        return rel, path

    def put_stream(
        self, stream: BinaryIO, assembly_id: str, file_id: str, filename: str, *, max_size: int | None = None
    ) -> StoredBlob:
        """Copy ``stream`` into the store, hashing while it is written (one pass over the bytes).

        Raises :class:`BlobTooLarge` (and leaves nothing behind) once more than ``max_size`` bytes arrived.
        """
        rel, path = self._target(assembly_id, file_id, filename)
        md5 = hashlib.md5()
        size = 0
        try:
            with open(path, "wb") as out:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    if max_size is not None and size > max_size:
                        raise BlobTooLarge(size)
                    md5.update(chunk)
                    out.write(chunk)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return StoredBlob(rel, size, md5.hexdigest())

    def put_file(
        self, src: Path, assembly_id: str, file_id: str, filename: str, *, md5hash: str | None = None
    ) -> StoredBlob:
        """Move a file a robot wrote (scratch space, same filesystem) into the store.

        ``md5hash`` is the file's md5 when the caller already has it (tus hashes while bytes stream
        in); otherwise the file is read once to compute it.
        """
        rel, path = self._target(assembly_id, file_id, filename)
        shutil.move(os.fspath(src), path)
        if md5hash is None:
            md5 = hashlib.md5()
            with open(path, "rb") as fh:
                while chunk := fh.read(_CHUNK):
                    md5.update(chunk)
            md5hash = md5.hexdigest()
        return StoredBlob(rel, path.stat().st_size, md5hash)

    def path(self, relpath: str) -> Path:
        """The absolute path of a stored file."""
        return self.root / relpath

    def find(self, assembly_id: str, file_id: str, filename: str) -> Path | None:
        """The stored file for a download URL, or None (ids must be 32-hex; no path tricks)."""
        if not (is_id(assembly_id) and is_id(file_id)):
            return None
        if filename != safe_filename(filename):
            return None
        path = self.root / assembly_id / file_id / filename
        return path if path.is_file() else None

    def clear(self) -> None:
        """Remove every stored file."""
        for child in self.root.iterdir():
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)

    def discard_assembly(self, assembly_id: str) -> None:
        """Remove every file of one Assembly."""
        if is_id(assembly_id):
            shutil.rmtree(self.root / assembly_id, ignore_errors=True)

    def discard(self, relpath: str) -> None:
        """Remove a stored file (used when a request is rejected after its files arrived)."""
        path = self.root / relpath
        path.unlink(missing_ok=True)
        for parent in (path.parent, path.parent.parent):
            try:
                parent.rmdir()
            except OSError:
                break


class BlobTooLarge(Exception):
    """An upload exceeded the allowed size."""

    def __init__(self, size: int) -> None:
        super().__init__(f"upload exceeded the size limit after {size} bytes")
        self.size = size
