"""/file/hash: every algorithm, every partial mode, against hashlib."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pytest

from transloadit_emulator.robots.base import InputFile, RobotContext
from transloadit_emulator.robots.file_hash import FileHash

DATA = bytes(range(256)) * 20_000  # ~5 MB, more than one read chunk


@pytest.fixture
def blob(tmp_path: Path) -> Path:
    path = tmp_path / "data.bin"
    path.write_bytes(DATA)
    return path


def hash_with(blob: Path, tmp_path: Path, **params: object) -> str:
    ctx = RobotContext("a" * 32, "h", tmp_path, logging.getLogger("t"))
    [out] = FileHash().process(ctx, params, [InputFile(blob, {"name": "data.bin"})])
    assert out.passthrough and out.path == blob
    return str(out.meta["hash"])


@pytest.mark.parametrize(
    ("algorithm", "name"),
    [
        ("b2", "blake2b"),
        ("md5", "md5"),
        ("sha1", "sha1"),
        ("sha224", "sha224"),
        ("sha256", "sha256"),
        ("sha384", "sha384"),
        ("sha512", "sha512"),
    ],
)
def test_algorithms(blob: Path, tmp_path: Path, algorithm: str, name: str) -> None:
    assert hash_with(blob, tmp_path, algorithm=algorithm) == hashlib.new(name, DATA).hexdigest()


def test_default_is_sha256(blob: Path, tmp_path: Path) -> None:
    assert hash_with(blob, tmp_path) == hashlib.sha256(DATA).hexdigest()


@pytest.mark.parametrize(
    ("partial", "expected"),
    [("first", DATA[:1000]), ("last", DATA[-1000:]), ("both", DATA[:1000] + DATA[-1000:]), ("full", DATA)],
)
def test_partial(blob: Path, tmp_path: Path, partial: str, expected: bytes) -> None:
    got = hash_with(blob, tmp_path, algorithm="md5", partial=partial, partial_size=1000)
    assert got == hashlib.md5(expected).hexdigest()
