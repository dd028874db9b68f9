"""``/file/hash``: a hash of each file (or of its head/tail) in ``meta.hash``."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..core.errors import RobotError
from .base import InputFile, OutputFile, PerFileRobot, RobotContext

_ALGORITHMS = {
    "b2": "blake2b",
    "md5": "md5",
    "sha1": "sha1",
    "sha224": "sha224",
    "sha256": "sha256",
    "sha384": "sha384",
    "sha512": "sha512",
}
_CHUNK = 1024 * 1024


class FileHash(PerFileRobot):
    """Hashes each file and forwards it unchanged."""

    name = "/file/hash"
    schema_name = "FileHashStep"

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Hash one file into ``meta.hash``."""
        algorithm = str(params.get("algorithm", "sha256"))
        if algorithm not in _ALGORITHMS:
            raise RobotError("FILE_HASH_VALIDATION", f"Unknown hash algorithm {algorithm!r}.")
        partial = str(params.get("partial", "full"))
        size = int(params.get("partial_size", 1024 * 1024))
        digest = hash_file(file.path, _ALGORITHMS[algorithm], partial, size)
        name = str(file.record.get("name") or file.path.name)
        return [OutputFile(path=file.path, name=name, source=file, meta={"hash": digest}, passthrough=True)]


def hash_file(path: Path, algorithm: str, partial: str = "full", partial_size: int = 1024 * 1024) -> str:
    """Hex digest of the whole file, or of its first / last / first-and-last ``partial_size`` bytes."""
    h = hashlib.new(algorithm)
    total = path.stat().st_size
    with open(path, "rb") as fh:
        if partial == "full" or total <= partial_size:
            while chunk := fh.read(_CHUNK):
                h.update(chunk)
            return h.hexdigest()
        if partial in ("first", "both"):
            h.update(fh.read(partial_size))
        if partial in ("last", "both"):
            fh.seek(max(0, total - partial_size))
            h.update(fh.read(partial_size))
    return h.hexdigest()
