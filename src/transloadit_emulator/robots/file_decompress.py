"""``/file/decompress``: the files inside zip, tar, tar.gz/bz2/xz and gzip archives.

Guarded against hostile archives: entries that would land outside the extraction folder
(absolute paths, ``..``), links and devices are refused; so is an archive that expands past
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
_SINGLE: dict[str, Callable[..., Any]] = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}
_INVALID = "FILE_DECOMPRESS_INVALID_INPUT"


class FileDecompress(PerFileRobot):
    """Extracts each archive's regular files."""

    name = "/file/decompress"

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The files inside one archive."""
        name = to_text(file.record.get("name")) or file.path.name
        budget = max(MIN_BUDGET_BYTES, MAX_RATIO * file.path.stat().st_size)
        target = ctx.scratch_dir / f"x-{to_text(file.record.get('id')) or 'file'}"
        target.mkdir()
        password = params.get("password")
        extracted = _Extraction(target, budget, name)
        if zipfile.is_zipfile(file.path):
            _unzip(file.path, extracted, password if isinstance(password, str) else None)
        elif _is_tar(file.path):
            _untar(file.path, extracted)
        elif Path(name).suffix.lower() in _SINGLE or _gzip_magic(file.path):
            opener = _SINGLE.get(Path(name).suffix.lower(), _SINGLE[".gz"])
            with opener(file.path, "rb") as stream:
                extracted.add(Path(name).stem or "file", stream)
        else:
            raise RobotError(_INVALID, f"{name!r} is not an archive this robot can extract (zip, tar, gz, bz2, xz).")
        return [
            OutputFile(path, path.name, file, meta={"relative_path": relative}) for path, relative in extracted.files
        ]


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
                _INVALID, f"The entry {member!r} of {self.archive!r} would be written outside the archive."
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
                        _INVALID, f"{self.archive!r} expands to far more than its own size: refusing an archive bomb."
                    )
                out.write(chunk)
        self.files.append((path, str(pure.parent) if str(pure.parent) != "." else ""))


def _unzip(path: Path, extraction: _Extraction, password: str | None) -> None:
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            if (info.external_attr >> 16) & 0o170000 == 0o120000:
                raise RobotError(_INVALID, f"The entry {info.filename!r} is a symbolic link: refused.")
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
    try:
        with tarfile.open(path, "r:*") as archive:
            for member in _members(archive):
                if member.isdir():
                    continue
                if not member.isfile():
                    raise RobotError(_INVALID, f"The entry {member.name!r} is a link or device: refused.")
                stream = archive.extractfile(member)
                if stream is not None:
                    extraction.add(member.name, stream)
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise RobotError(_INVALID, f"{extraction.archive!r} is damaged: {exc}") from None


def _members(archive: tarfile.TarFile) -> Iterator[tarfile.TarInfo]:
    while (member := archive.next()) is not None:
        yield member


def _is_tar(path: Path) -> bool:
    try:
        return tarfile.is_tarfile(path)
    except (OSError, EOFError):
        return False


def _gzip_magic(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(2) == b"\x1f\x8b"
