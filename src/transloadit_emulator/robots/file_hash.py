"""``/file/hash``: a hex digest of each file (or of its head and/or tail) in ``meta.hash``."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any, Protocol

from ..errors import RobotError
from ..integers import parse_natural
from ..variables import to_text
from .base import InputFile, OutputFile, PerFileRobot, RobotContext

#: Transloadit algorithm names -> hashlib names; "b2" is BLAKE2b with its full 512-bit digest.
ALGORITHMS: dict[str, str] = {
    "b2": "blake2b",
    "md5": "md5",
    "sha1": "sha1",
    "sha224": "sha224",
    "sha256": "sha256",
    "sha384": "sha384",
    "sha512": "sha512",
}
PARTIALS = ("full", "first", "last", "both")
DEFAULT_PARTIAL_SIZE = 1024 * 1024
_CHUNK = 1024 * 1024  # read size: files can be far larger than memory


class _Hasher(Protocol):
    def update(self, data: bytes, /) -> None: ...


class FileHash(PerFileRobot):
    """Hashes each file into ``meta.hash`` and forwards it unchanged."""

    name = "/file/hash"

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Hash one file; the result is the input itself with ``meta={"hash": <hex>}``."""
        algorithm, partial, partial_size = _settings(params)
        digest = hash_file(file.path, algorithm, partial, partial_size)
        name = to_text(file.record.get("name")) or file.path.name
        return [OutputFile(path=file.path, name=name, source=file, meta={"hash": digest}, passthrough=True)]


def _settings(params: Mapping[str, Any]) -> tuple[str, str, int]:
    """``(algorithm, partial, partial_size)`` from the Step params, validated."""
    algorithm = params.get("algorithm") or "sha256"
    if algorithm not in ALGORITHMS:
        raise RobotError(
            "FILE_HASH_VALIDATION", f"Unknown hash algorithm {algorithm!r}; use one of {', '.join(ALGORITHMS)}."
        )
    partial = params.get("partial") or "full"
    if partial not in PARTIALS:
        raise RobotError("FILE_HASH_VALIDATION", f"partial must be one of {', '.join(PARTIALS)}, got {partial!r}.")
    raw_size = params.get("partial_size")
    size = DEFAULT_PARTIAL_SIZE if raw_size is None else _positive_int(raw_size)
    if size is None:
        raise RobotError("FILE_HASH_VALIDATION", f"partial_size must be a positive integer, got {raw_size!r}.")
    return str(algorithm), str(partial), size


def _positive_int(value: Any) -> int | None:
    # Interpolated params may turn a number into its string form ("${fields.size}").
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if isinstance(value, str):
        return parse_natural(value) or None
    return None


def hash_file(
    path: Path, algorithm: str = "sha256", partial: str = "full", partial_size: int = DEFAULT_PARTIAL_SIZE
) -> str:
    """Hex digest of a file, read in 1 MiB chunks.

    ``algorithm`` is a Transloadit name (see :data:`ALGORITHMS`). ``partial`` "first" / "last"
    hash only the first / last ``partial_size`` bytes, "both" the first ones followed by the
    last ones. A file no longer than the part(s) is hashed whole, once: for "both" that means
    up to ``2 * partial_size`` bytes, where the two parts would otherwise overlap.
    """
    hasher = hashlib.new(ALGORITHMS[algorithm])
    total = path.stat().st_size
    with path.open("rb") as fh:
        for start, length in _ranges(total, partial, partial_size):
            fh.seek(start)
            _feed(hasher, fh, length)
    return hasher.hexdigest()


def _ranges(total: int, partial: str, size: int) -> list[tuple[int, int]]:
    """The ``(offset, length)`` byte ranges to hash, in order."""
    whole = [(0, total)]
    if partial == "full" or total <= size:
        return whole
    if partial == "first":
        return [(0, size)]
    if partial == "last":
        return [(total - size, size)]
    # "both": head then tail, unless they meet or overlap and so cover the whole file.
    return whole if total <= 2 * size else [(0, size), (total - size, size)]


def _feed(hasher: _Hasher, fh: IO[bytes], length: int) -> None:
    """Hash up to ``length`` bytes from the current position, one chunk at a time."""
    remaining = length
    while remaining > 0:
        chunk = fh.read(min(_CHUNK, remaining))
        if not chunk:
            break  # the file shrank under us; hash what there is
        hasher.update(chunk)
        remaining -= len(chunk)
