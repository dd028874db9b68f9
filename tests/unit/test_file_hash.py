"""/file/hash: every algorithm and every partial mode against hashlib, plus validation."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

import pytest

from transloadit_emulator.errors import RobotError
from transloadit_emulator.robots.base import InputFile, RobotContext
from transloadit_emulator.robots.file_hash import FileHash, hash_file
from transloadit_emulator.robots.registry import step_schemas
from transloadit_emulator.spec import load_spec

DATA = bytes(range(256)) * 12_000 + b"tail"  # ~3 MiB: several read chunks, not chunk-aligned
MIB = 1024 * 1024


@pytest.fixture
def blob(tmp_path: Path) -> Path:
    path = tmp_path / "data.bin"
    path.write_bytes(DATA)
    return path


def hash_with(path: Path, tmp_path: Path, **params: Any) -> str:
    ctx = RobotContext(assembly_id="a" * 32, step_name="s", scratch_dir=tmp_path, logger=logging.getLogger("t"))
    source = InputFile(path, {"id": "f1", "name": "data.bin"})
    [out] = FileHash().process(ctx, params, [source])
    assert out.passthrough and out.path == path and out.name == "data.bin" and out.source is source
    assert set(out.meta) == {"hash"}
    return str(out.meta["hash"])


def test_robot_metadata() -> None:
    assert FileHash.name == "/file/hash" and step_schemas(load_spec())["/file/hash"] == "FileHashStep"


@pytest.mark.parametrize(
    ("algorithm", "reference"),
    [
        ("b2", hashlib.blake2b),
        ("md5", hashlib.md5),
        ("sha1", hashlib.sha1),
        ("sha224", hashlib.sha224),
        ("sha256", hashlib.sha256),
        ("sha384", hashlib.sha384),
        ("sha512", hashlib.sha512),
    ],
)
def test_algorithms(blob: Path, tmp_path: Path, algorithm: str, reference: Any) -> None:
    assert hash_with(blob, tmp_path, algorithm=algorithm) == reference(DATA).hexdigest()


def test_b2_is_blake2b_512(blob: Path, tmp_path: Path) -> None:
    assert len(hash_with(blob, tmp_path, algorithm="b2")) == 128


def test_default_is_sha256_of_the_full_file(blob: Path, tmp_path: Path) -> None:
    assert hash_with(blob, tmp_path) == hashlib.sha256(DATA).hexdigest()
    assert hash_with(blob, tmp_path, partial="full", partial_size=10) == hashlib.sha256(DATA).hexdigest()


@pytest.mark.parametrize(
    ("partial", "size", "expected"),
    [
        ("first", 1000, DATA[:1000]),
        ("last", 1000, DATA[-1000:]),
        ("both", 1000, DATA[:1000] + DATA[-1000:]),
        ("full", 1000, DATA),
        # parts larger than one read chunk are still read completely
        ("first", MIB + 7, DATA[: MIB + 7]),
        ("last", MIB + 7, DATA[-(MIB + 7) :]),
        ("both", MIB + 7, DATA[: MIB + 7] + DATA[-(MIB + 7) :]),
    ],
)
def test_partial(blob: Path, tmp_path: Path, partial: str, size: int, expected: bytes) -> None:
    got = hash_with(blob, tmp_path, algorithm="md5", partial=partial, partial_size=size)
    assert got == hashlib.md5(expected).hexdigest()


def test_partial_default_size_is_one_mib(blob: Path, tmp_path: Path) -> None:
    assert hash_with(blob, tmp_path, partial="first") == hashlib.sha256(DATA[:MIB]).hexdigest()
    assert hash_with(blob, tmp_path, partial="last") == hashlib.sha256(DATA[-MIB:]).hexdigest()
    assert hash_with(blob, tmp_path, partial="both") == hashlib.sha256(DATA[:MIB] + DATA[-MIB:]).hexdigest()


@pytest.mark.parametrize("partial", ["first", "last", "both"])
def test_small_files_are_hashed_whole(tmp_path: Path, partial: str) -> None:
    path = tmp_path / "small.bin"
    path.write_bytes(b"hello world")
    assert hash_with(path, tmp_path, partial=partial, partial_size=100) == hashlib.sha256(b"hello world").hexdigest()


def test_both_with_overlapping_parts_hashes_the_file_once(tmp_path: Path) -> None:
    path = tmp_path / "mid.bin"
    path.write_bytes(b"0123456789")
    assert hash_file(path, "sha1", "both", 6) == hashlib.sha1(b"0123456789").hexdigest()
    assert hash_file(path, "sha1", "both", 5) == hashlib.sha1(b"0123456789").hexdigest()
    assert hash_file(path, "sha1", "both", 4) == hashlib.sha1(b"0123" + b"6789").hexdigest()


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.bin"
    path.write_bytes(b"")
    for partial in ("full", "first", "last", "both"):
        assert hash_with(path, tmp_path, algorithm="md5", partial=partial) == hashlib.md5(b"").hexdigest()


def test_partial_size_as_a_numeric_string(blob: Path, tmp_path: Path) -> None:
    assert hash_with(blob, tmp_path, partial="first", partial_size="16") == hashlib.sha256(DATA[:16]).hexdigest()


@pytest.mark.parametrize(
    "params",
    [
        {"algorithm": "crc32"},
        {"algorithm": "SHA256"},
        {"algorithm": "blake2b"},
        {"partial": "middle"},
        {"partial": "first", "partial_size": 0},
        {"partial": "first", "partial_size": -5},
        {"partial": "first", "partial_size": "lots"},
        {"partial": "first", "partial_size": True},
    ],
)
def test_invalid_params(blob: Path, tmp_path: Path, params: dict[str, Any]) -> None:
    with pytest.raises(RobotError) as info:
        hash_with(blob, tmp_path, **params)
    assert info.value.code == "FILE_HASH_VALIDATION"
