"""``/file/decompress``: the files inside zip, tar, tar.gz/bz2/xz archives, and single gz/bz2/xz files.

What a file is comes from its content, never its name: zip by its signature, tar by a first header
whose checksum holds, gzip/bzip2/xz by their magic bytes; a compressed stream is a tar when its
content is one, else a single compressed file (whatever its content starts with: a stream that
begins with a zero block is not an empty tar). The one ambiguity, content that is nothing but whole
zero blocks (what an empty tar is), is an empty archive. An archive with no files in it is
``FILE_DECOMPRESS_INVALID_INPUT`` (never success with nothing); so are empty files, other content
and damaged or truncated archives and streams.

Guarded against hostile archives (``POSSIBLY_MALICIOUS_FILE_FOUND``): entries that would land outside the
extraction folder (absolute paths, ``..``), links and devices are refused; so is an archive that expands past
``MAX_ENTRIES`` files or past ``max(MIN_BUDGET_BYTES, MAX_RATIO x its own size)`` bytes, checked
while the bytes stream out, so a bomb is stopped before it fills the disk. Each result carries
``meta.relative_path``: the folder it had inside the archive.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path, PurePosixPath
from typing import IO, Any

from ..errors import RobotError
from ..variables import to_text
from .base import InputFile, OutputFile, PerFileRobot, RobotContext

MAX_ENTRIES = 10_000
MAX_RATIO = 200
MIN_BUDGET_BYTES = 64 * 1024**2
_CHUNK = 1024 * 1024
_BLOCK = 512
_INVALID = "FILE_DECOMPRESS_INVALID_INPUT"
#: A hostile archive (escaping entries, links, a bomb): the live API's generic code for such a file.
_HOSTILE = "POSSIBLY_MALICIOUS_FILE_FOUND"
#: Magic bytes of the compressed streams read here, and how to open each.
_COMPRESSED: tuple[tuple[bytes, Callable[..., Any]], ...] = (
    (b"\x1f\x8b", gzip.open),
    (b"BZh", bz2.open),
    (b"\xfd7zXZ\x00", lzma.open),
)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # first entry; end record of an empty zip
_SUFFIXES = {".gz", ".gzip", ".tgz", ".bz2", ".tbz", ".tbz2", ".xz", ".txz"}
#: What reading a damaged or truncated stream raises (bz2 and gzip raise OSError subclasses).
_STREAM_ERRORS = (OSError, EOFError, lzma.LZMAError, zlib.error, tarfile.TarError, zipfile.BadZipFile)


class FileDecompress(PerFileRobot):
    """Extracts each archive's regular files, or the one file of a compressed stream."""

    name = "/file/decompress"
    #: ``turbo`` lets the vendor hand on files before the archive is fully read; the files are the same.
    params_without_local_meaning = frozenset({"turbo"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The files inside one archive."""
        name = to_text(file.record.get("name")) or file.path.name
        budget = max(MIN_BUDGET_BYTES, MAX_RATIO * file.path.stat().st_size)
        target = ctx.scratch_dir / f"x-{to_text(file.record.get('id')) or 'file'}"
        target.mkdir()
        password = params.get("password")
        extracted = _Extraction(target, budget, name)
        with open(file.path, "rb") as fh:
            head = fh.read(_BLOCK)
        opener = next((op for magic, op in _COMPRESSED if head.startswith(magic)), None)
        try:
            if head.startswith(_ZIP_MAGIC):
                _unzip(file.path, extracted, password if isinstance(password, str) else None)
            elif _is_tar_header(head) or _all_zero_blocks(file.path, open):
                _untar(file.path, extracted)
            elif opener is not None:
                _decompress(file.path, opener, extracted)
            elif zipfile.is_zipfile(file.path):  # a zip behind a prefix (self-extracting)
                _unzip(file.path, extracted, password if isinstance(password, str) else None)
            else:
                raise RobotError(
                    _INVALID, f"{name!r} is not an archive this robot can extract (zip, tar, gz, bz2, xz)."
                )
        except _STREAM_ERRORS as exc:
            raise RobotError(_INVALID, f"{name!r} is damaged: {exc}") from None
        if not extracted.files:
            raise RobotError(_INVALID, f"{name!r} is an archive with no files in it.")
        return [
            OutputFile(path, path.name, file, meta={"relative_path": relative}) for path, relative in extracted.files
        ]


def _decompress(path: Path, opener: Callable[..., Any], extracted: _Extraction) -> None:
    """A compressed tar's entries, or the single file a compressed stream holds."""
    with opener(path, "rb") as stream:
        head = stream.read(_BLOCK)
    if _is_tar_header(head) or _all_zero_blocks(path, opener):
        _untar(path, extracted)
        return
    with opener(path, "rb") as stream:
        extracted.add(_single_name(extracted.archive), stream)


def _is_tar_header(block: bytes) -> bool:
    """True when ``block`` is a whole tar header block whose checksum holds."""
    if len(block) < _BLOCK:
        return False
    try:
        tarfile.TarInfo.frombuf(block[:_BLOCK], tarfile.ENCODING, "surrogateescape")
    except tarfile.HeaderError:
        return False
    return True


def _all_zero_blocks(path: Path, opener: Callable[..., Any]) -> bool:
    """True when the (decompressed) content is two or more whole blocks of zeros: an empty tar.

    Reads until the first non-zero byte, so only content that starts with zeros is read further.
    """
    size = 0
    with opener(path, "rb") as stream:
        while chunk := stream.read(_CHUNK):
            if chunk.count(0) != len(chunk):
                return False
            size += len(chunk)
            if size > _CHUNK:  # past any empty tar (one 10 KiB record, or 1 MiB at -b 2048)
                return False
    return size >= 2 * _BLOCK and size % _BLOCK == 0


def _single_name(archive: str) -> str:
    """The name of the file a compressed stream holds: the archive's name without its suffix."""
    pure = PurePosixPath(archive.replace("\\", "/"))
    if pure.suffix.lower() in _SUFFIXES:
        return pure.stem or "file"
    return pure.name or "file"


class _Extraction:
    """Writes entries under ``root``, enforcing the entry count, byte budget and path rules."""

    def __init__(self, root: Path, budget: int, archive: str) -> None:
        self.root = root
        self.budget = budget
        self.archive = archive
        self.files: list[tuple[Path, str]] = []

    def check_name(self, member: str) -> PurePosixPath:
        pure = PurePosixPath(member.replace("\\", "/"))
        if pure.is_absolute() or ".." in pure.parts or not pure.name:
            raise RobotError(
                _HOSTILE, f"The entry {member!r} of {self.archive!r} would be written outside the archive."
            )
        return pure

    def add(self, member: str, stream: IO[bytes]) -> None:
        pure = self.check_name(member)
        if len(self.files) >= MAX_ENTRIES:
            raise RobotError(_INVALID, f"{self.archive!r} holds more than {MAX_ENTRIES} files.")
        folder = self.root / str(len(self.files))  # one folder per entry: same names never collide
        folder.mkdir()
        path = folder / pure.name
        with open(path, "wb") as out:
            while chunk := stream.read(_CHUNK):
                self.budget -= len(chunk)
                if self.budget < 0:
                    raise RobotError(
                        _HOSTILE, f"{self.archive!r} expands to far more than its own size: refusing an archive bomb."
                    )
                out.write(chunk)
        self.files.append((path, str(pure.parent) if str(pure.parent) != "." else ""))


def _unzip(path: Path, extraction: _Extraction, password: str | None) -> None:
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            if (info.external_attr >> 16) & 0o170000 == 0o120000:
                raise RobotError(_HOSTILE, f"The entry {info.filename!r} is a symbolic link: refused.")
            encrypted = bool(info.flag_bits & 0x1)
            if encrypted and not password:
                raise RobotError("FILE_DECOMPRESS_PASSWORD_REQUIRED", f"{extraction.archive!r} needs a password.")
            extraction.check_name(info.filename)
            try:
                with archive.open(info, pwd=password.encode() if encrypted and password else None) as stream:
                    extraction.add(info.filename, stream)
            except RuntimeError as exc:  # zipfile's "Bad password for file"
                if "password" in str(exc).lower():
                    raise RobotError(
                        "FILE_DECOMPRESS_PASSWORD_INCORRECT", f"The password does not open {extraction.archive!r}."
                    ) from None
                raise
            except (zipfile.BadZipFile, NotImplementedError) as exc:
                raise RobotError(_INVALID, f"{extraction.archive!r} is damaged: {exc}") from None


def _untar(path: Path, extraction: _Extraction) -> None:
    """A tar's regular files (compressed or not); a damaged one raises, caught by the robot."""
    with tarfile.open(path, "r:*") as archive:
        for member in _members(archive):
            if member.isdir():
                continue
            if not member.isfile():
                raise RobotError(_HOSTILE, f"The entry {member.name!r} is a link or device: refused.")
            stream = archive.extractfile(member)
            if stream is not None:
                extraction.add(member.name, stream)


def _members(archive: tarfile.TarFile) -> Iterator[tarfile.TarInfo]:
    while (member := archive.next()) is not None:
        yield member
