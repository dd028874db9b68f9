"""Uploads and results, addressed by Assembly and file id, behind :class:`BlobStore`.

:class:`DiskBlobStore` keeps them under the data directory (the default); ``s3_blobs.py`` keeps them
in an S3 bucket with a local cache. Either way engines work on local files: :meth:`BlobStore.path`
is a file on this machine, and what a robot wrote is handed over with :meth:`BlobStore.put_file`.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from ..ids import is_id
from .failure import StoreFailure

_CHUNK = 1024 * 1024
_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")


def safe_filename(name: str) -> str:
    """A file name that is safe on disk and in URLs paths: no directories, no control characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip(" .")
    return base[:200] or "file"


@dataclass(frozen=True)
class Digests:
    """The md5 and sha256 (lowercase hex) of a file's bytes, both taken in the one pass over them."""

    md5: str
    sha256: str


class DigestPair:
    """md5 and sha256 fed together, so a file's bytes are read (or received) once for both."""

    def __init__(self) -> None:
        self._md5 = hashlib.md5()
        self._sha256 = hashlib.sha256()

    def update(self, chunk: bytes) -> None:
        """Feed the next bytes, in order."""
        self._md5.update(chunk)
        self._sha256.update(chunk)

    def hashes(self) -> tuple[Any, Any]:
        """The md5 and the sha256 object, for a caller that feeds each on a thread of its own."""
        return self._md5, self._sha256

    def digests(self) -> Digests:
        """The digests of everything fed so far."""
        return Digests(self._md5.hexdigest(), self._sha256.hexdigest())


@dataclass(frozen=True)
class StoredBlob:
    """A file written to the blob store: where it lies (relative to the root), its size and digests."""

    relpath: str
    size: int
    digests: Digests


@dataclass(frozen=True)
class Download:
    """How to answer a download: send a local file, stream chunks, or redirect to a (presigned) URL."""

    name: str
    path: Path | None = None
    chunks: Iterator[bytes] | None = None
    size: int | None = None
    redirect_url: str | None = None


class BlobStore(Protocol):
    """Where the files of Assemblies live. Keys are ``<assembly_id>/<file_id>/<safe filename>``."""

    def put_stream(
        self, stream: BinaryIO, assembly_id: str, file_id: str, filename: str, *, max_size: int | None = None
    ) -> StoredBlob:
        """Store ``stream``, hashing while it is written; :class:`BlobTooLarge` (nothing kept) past ``max_size``."""
        ...

    def put_file(
        self, src: Path, assembly_id: str, file_id: str, filename: str, *, digests: Digests | None = None
    ) -> StoredBlob:
        """Take over a local file a robot (or tus) wrote; ``src`` is gone afterwards. A store that
        cannot take it raises :class:`StoreFailure`.

        ``digests``: the file's, when the caller already has them (tus hashes while bytes stream
        in); otherwise the file is read once to compute them.
        """
        ...

    def path(self, relpath: str) -> Path:
        """A local file with the blob's bytes, for engines (a cached copy when the store is remote)."""
        ...

    def release(self, relpath: str) -> None:
        """The local copy of a stored blob is no longer needed here (a remote store drops its cache file)."""
        ...

    def download(self, assembly_id: str, file_id: str, filename: str) -> Download | None:
        """How to serve a download URL's file, or None (ids must be 32-hex; no path tricks)."""
        ...

    def discard(self, relpath: str) -> None:
        """Remove a stored blob (when a request is rejected after its files arrived)."""
        ...

    def clear(self) -> None:
        """Remove every stored blob."""
        ...

    def discard_assembly(self, assembly_id: str) -> None:
        """Remove every blob of one Assembly (a reset of one account)."""
        ...

    def check_writable(self) -> None:
        """Raise unless a blob can be written and removed now (readiness)."""
        ...


def blob_relpath(assembly_id: str, file_id: str, filename: str) -> str:
    """Where a file is stored, relative to the store's root (or bucket prefix)."""
    return f"{assembly_id}/{file_id}/{safe_filename(filename)}"


def remove_with_empty_parents(path: Path, root: Path) -> None:
    """Remove a stored file, then its file and Assembly directories when that left them empty."""
    path.unlink(missing_ok=True)
    for parent in (path.parent, path.parent.parent):
        if parent == root:
            break
        try:
            parent.rmdir()
        except OSError:
            break


def blob_key(assembly_id: str, file_id: str, filename: str) -> str | None:
    """The key of a download URL's file, or None when the URL's parts are not ours (ids, safe name)."""
    if not (is_id(assembly_id) and is_id(file_id)) or filename != safe_filename(filename):
        return None
    return f"{assembly_id}/{file_id}/{filename}"


def copy_hashing(stream: BinaryIO, out: BinaryIO, max_size: int | None) -> tuple[int, Digests]:
    """Copy ``stream`` to ``out`` in one pass; ``(size, digests)``; :class:`BlobTooLarge` past ``max_size``."""
    pair = DigestPair()
    size = 0
    while chunk := stream.read(_CHUNK):
        size += len(chunk)
        if max_size is not None and size > max_size:
            raise BlobTooLarge(size)
        pair.update(chunk)
        out.write(chunk)
    return size, pair.digests()


def file_digests(path: Path) -> Digests:
    """The md5 and sha256 of a file, read once."""
    pair = DigestPair()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            pair.update(chunk)
    return pair.digests()


class DiskBlobStore:
    """:class:`BlobStore` under ``root/<assembly_id>/<file_id>/<filename>`` (the data directory's ``files``)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def _target(self, assembly_id: str, file_id: str, filename: str) -> tuple[str, Path]:
        rel = blob_relpath(assembly_id, file_id, filename)
        path = self.root / rel
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # the store's directory cannot take files (full, gone, not a directory)
            raise StoreFailure(f"disk: {exc}") from exc
        return rel, path

    def put_stream(
        self, stream: BinaryIO, assembly_id: str, file_id: str, filename: str, *, max_size: int | None = None
    ) -> StoredBlob:
        """Copy ``stream`` into the store, hashing while it is written (one pass over the bytes).

        Raises :class:`BlobTooLarge` (and leaves nothing behind) once more than ``max_size`` bytes arrived.
        """
        rel, path = self._target(assembly_id, file_id, filename)
        try:
            with open(path, "wb") as out:
                size, digests = copy_hashing(stream, out, max_size)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return StoredBlob(rel, size, digests)

    def put_file(
        self, src: Path, assembly_id: str, file_id: str, filename: str, *, digests: Digests | None = None
    ) -> StoredBlob:
        """Move a file a robot wrote (scratch space, same filesystem) into the store.

        ``digests`` are the file's when the caller already has them (tus hashes while bytes stream
        in); otherwise the file is read once to compute them.
        """
        rel, path = self._target(assembly_id, file_id, filename)
        shutil.move(os.fspath(src), path)
        return StoredBlob(rel, path.stat().st_size, digests or file_digests(path))

    def path(self, relpath: str) -> Path:
        """The absolute path of a stored file."""
        return self.root / relpath

    def release(self, relpath: str) -> None:
        """Nothing to do: the stored file is the local file."""

    def download(self, assembly_id: str, file_id: str, filename: str) -> Download | None:
        """The stored file for a download URL, or None."""
        key = blob_key(assembly_id, file_id, filename)
        path = self.root / key if key else None
        return Download(filename, path=path) if path is not None and path.is_file() else None

    def check_writable(self) -> None:
        """Raise unless a file can be written and removed under the root."""
        probe = self.root / f".ready-{os.getpid()}"
        probe.write_bytes(b"ok")
        probe.unlink()

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
        remove_with_empty_parents(self.root / relpath, self.root)


class BlobTooLarge(Exception):
    """An upload exceeded the allowed size."""

    def __init__(self, size: int) -> None:
        super().__init__(f"upload exceeded the size limit after {size} bytes")
        self.size = size
