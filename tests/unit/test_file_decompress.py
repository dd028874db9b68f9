"""/file/decompress: what a file is comes from its content, for every container the robot reads.

zip, tar, tar.gz/bz2/xz, single .gz/.bz2/.xz files (whatever their content starts with), empty
archives (a coded error, never success with nothing), empty files, garbage, damaged streams.
"""

from __future__ import annotations

import bz2
import gzip
import io
import logging
import lzma
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from transloadit_emulator.errors import RobotError
from transloadit_emulator.robots.base import InputFile, RobotContext
from transloadit_emulator.robots.file_decompress import FileDecompress

COMPRESSORS: dict[str, Callable[[bytes], bytes]] = {
    "gz": gzip.compress,
    "bz2": bz2.compress,
    "xz": lzma.compress,
}
ZERO_BLOCK = b"\0" * 512


def decompress(tmp_path: Path, name: str, data: bytes) -> dict[str, bytes]:
    """Run the robot on one file; the results as ``relative/name -> bytes``."""
    source = tmp_path / "in" / name
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_bytes(data)
    scratch = tmp_path / "scratch"
    scratch.mkdir(parents=True, exist_ok=True)
    ctx = RobotContext(assembly_id="a" * 32, step_name="x", scratch_dir=scratch, logger=logging.getLogger("t"))
    out = FileDecompress().process(ctx, {}, [InputFile(source, {"id": "f1", "name": name})])
    return {"/".join(filter(None, [o.meta["relative_path"], o.name])): o.path.read_bytes() for o in out}


def refused(tmp_path: Path, name: str, data: bytes) -> str:
    with pytest.raises(RobotError) as caught:
        decompress(tmp_path, name, data)
    assert caught.value.code == "FILE_DECOMPRESS_INVALID_INPUT", caught.value
    return caught.value.message


def tar_bytes(entries: dict[str, bytes], dirs: tuple[str, ...] = ()) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for d in dirs:
            info = tarfile.TarInfo(d)
            info.type = tarfile.DIRTYPE
            tar.addfile(info)
        for name, data in entries.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def zip_bytes(entries: dict[str, bytes], dirs: tuple[str, ...] = ()) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for d in dirs:
            archive.writestr(zipfile.ZipInfo(d.rstrip("/") + "/"), b"")
        for name, data in entries.items():
            archive.writestr(name, data)
    return buf.getvalue()


ENTRIES = {"docs/a.txt": b"alpha", "b.bin": ZERO_BLOCK + b"after a zero block"}


# --- single compressed files -----------------------------------------------------------------

#: Contents a single compressed file may have that an archive sniffer could take for a tar.
SINGLE_CONTENTS = {
    "zero block then data (issue 17 #3)": ZERO_BLOCK + b"rest",
    "two zero blocks then data": ZERO_BLOCK * 2 + b"rest",
    "exactly one zero block": ZERO_BLOCK,
    "a zero block short of 512": b"\0" * 511,
    "zeros, not block-aligned": b"\0" * 2000,
    "plain text": b"hello world\n" * 100,
    "a tar-like header with a bad checksum": b"name".ljust(257, b"\0") + b"ustar\x0000" + b"\0" * 249,
    "a zip (kept whole, not opened)": zip_bytes({"in.txt": b"x"}),
    "empty": b"",
}


@pytest.mark.parametrize("ext", list(COMPRESSORS))
@pytest.mark.parametrize("content", list(SINGLE_CONTENTS.values()), ids=list(SINGLE_CONTENTS))
def test_single_compressed_file_is_a_file(tmp_path: Path, ext: str, content: bytes) -> None:
    assert decompress(tmp_path, f"data.{ext}", COMPRESSORS[ext](content)) == {"data": content}


@pytest.mark.parametrize("ext", list(COMPRESSORS))
def test_single_file_found_by_content_whatever_its_name(tmp_path: Path, ext: str) -> None:
    data = ZERO_BLOCK + b"rest"
    assert decompress(tmp_path, "upload.bin", COMPRESSORS[ext](data)) == {"upload.bin": data}


def test_gzip_of_gzip_gives_the_inner_gzip(tmp_path: Path) -> None:
    inner = gzip.compress(b"deep")
    assert decompress(tmp_path, "x.txt.gz.gz", gzip.compress(inner)) == {"x.txt.gz": inner}


def test_multi_member_gzip_is_one_file(tmp_path: Path) -> None:
    assert decompress(tmp_path, "log.gz", gzip.compress(b"one ") + gzip.compress(b"two")) == {"log": b"one two"}


# --- archives --------------------------------------------------------------------------------


@pytest.mark.parametrize("ext", ["tar", *(f"tar.{c}" for c in COMPRESSORS)])
def test_tar_archives_by_content(tmp_path: Path, ext: str) -> None:
    raw = tar_bytes(ENTRIES, dirs=("docs",))
    data = raw if ext == "tar" else COMPRESSORS[ext.split(".")[1]](raw)
    assert decompress(tmp_path, f"pack.{ext}", data) == ENTRIES
    assert decompress(tmp_path / "renamed", "pack.dat", data) == ENTRIES  # the name plays no part


def test_zip_by_content(tmp_path: Path) -> None:
    assert decompress(tmp_path, "pack.zip", zip_bytes(ENTRIES)) == ENTRIES
    assert decompress(tmp_path / "renamed", "pack.gz", zip_bytes(ENTRIES)) == ENTRIES


EMPTY_ARCHIVES = {
    "empty tar": tar_bytes({}),
    "tar of directories only": tar_bytes({}, dirs=("a", "a/b")),
    "bare end-of-archive blocks": ZERO_BLOCK * 2,
    "empty zip": zip_bytes({}),
    "zip of directories only": zip_bytes({}, dirs=("a", "a/b")),
    **{f"empty tar.{c}": f(tar_bytes({})) for c, f in COMPRESSORS.items()},
    **{f"tar.{c} of directories only": f(tar_bytes({}, dirs=("d",))) for c, f in COMPRESSORS.items()},
}


@pytest.mark.parametrize("data", list(EMPTY_ARCHIVES.values()), ids=list(EMPTY_ARCHIVES))
def test_archive_without_files_is_reported(tmp_path: Path, data: bytes) -> None:
    assert "no files" in refused(tmp_path, "pack.tar.gz", data)


# --- not archives, damaged archives ------------------------------------------------------------

NOT_ARCHIVES = {
    "empty file": b"",
    "plain text": b"just some text\n",
    "plain text named .gz": b"not gzip at all",
    "a few zero bytes": b"\0" * 100,
    "gzip magic then garbage": b"\x1f\x8b" + b"garbage" * 20,
    "bzip2 magic then garbage": b"BZh9" + b"garbage" * 20,
    "xz magic then garbage": b"\xfd7zXZ\x00" + b"garbage" * 20,
    "truncated gzip": gzip.compress(b"x" * 10_000)[:-12],
    "truncated xz": lzma.compress(b"x" * 10_000)[:-12],
    "truncated zip": zip_bytes(ENTRIES)[:-30],
    "truncated tar member": tar_bytes({"big.bin": b"y" * 5000})[:1500],
    "truncated tar.gz": gzip.compress(tar_bytes({"big.bin": b"y" * 5000}))[:-40],
}


@pytest.mark.parametrize("data", list(NOT_ARCHIVES.values()), ids=list(NOT_ARCHIVES))
def test_not_an_archive_or_damaged_is_a_coded_error(tmp_path: Path, data: bytes) -> None:
    refused(tmp_path, "thing.gz", data)
