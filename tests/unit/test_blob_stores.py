"""One suite for every BlobStore: files on disk, and an S3 bucket (moto on loopback) with a local cache."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import S3Bucket
from transloadit_emulator.storage.blobs import BlobStore, BlobTooLarge, Digests, DiskBlobStore, Download
from transloadit_emulator.storage.s3_blobs import S3BlobStore, parse_s3_url

A, F = "a" * 32, "f" * 32
BODY = b"some bytes\n" * 1000


def _s3(bucket: S3Bucket, cache: Path, **kw: object) -> S3BlobStore:
    return S3BlobStore(bucket.url + "/emulator", cache, endpoint=bucket.endpoint, **kw)  # type: ignore[arg-type]


@pytest.fixture(params=["disk", "s3"])
def blobs(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[BlobStore]:
    if request.param == "disk":
        yield DiskBlobStore(tmp_path / "files")
    else:
        yield _s3(request.getfixturevalue("s3_bucket"), tmp_path / "cache")


def read(download: Download | None) -> bytes:
    assert download is not None
    if download.path is not None:
        return download.path.read_bytes()
    if download.redirect_url is not None:
        return httpx.get(download.redirect_url).content
    assert download.chunks is not None
    return b"".join(download.chunks)


def test_put_stream_hashes_and_serves(blobs: BlobStore) -> None:
    stored = blobs.put_stream(io.BytesIO(BODY), A, F, "../report.txt")
    assert stored.relpath == f"{A}/{F}/report.txt" and stored.size == len(BODY)
    assert stored.digests == Digests(hashlib.md5(BODY).hexdigest(), hashlib.sha256(BODY).hexdigest())
    assert blobs.path(stored.relpath).read_bytes() == BODY
    assert read(blobs.download(A, F, "report.txt")) == BODY
    for bad in ((A, F, "../report.txt"), ("x" * 32, F, "report.txt"), (A, F, "missing.txt")):
        assert blobs.download(*bad) is None


def test_too_large_leaves_nothing(blobs: BlobStore) -> None:
    with pytest.raises(BlobTooLarge):
        blobs.put_stream(io.BytesIO(BODY), A, F, "big.bin", max_size=100)
    assert blobs.download(A, F, "big.bin") is None


def test_put_file_moves_a_robot_result_in(blobs: BlobStore, tmp_path: Path) -> None:
    scratch = tmp_path / "out.bin"
    scratch.write_bytes(BODY)
    stored = blobs.put_file(scratch, A, F, "out.bin")
    assert not scratch.exists() and stored.digests.sha256 == hashlib.sha256(BODY).hexdigest()
    assert read(blobs.download(A, F, "out.bin")) == BODY
    blobs.release(stored.relpath)  # the local copy may go; the blob stays, and comes back on use
    assert blobs.path(stored.relpath).read_bytes() == BODY
    blobs.discard(stored.relpath)
    assert blobs.download(A, F, "out.bin") is None


def test_clear_and_check_writable(blobs: BlobStore) -> None:
    blobs.check_writable()
    blobs.put_stream(io.BytesIO(b"x"), A, F, "x.txt")
    blobs.clear()
    assert blobs.download(A, F, "x.txt") is None


def test_s3_blobs_are_shared_by_processes_with_their_own_caches(s3_bucket: S3Bucket, tmp_path: Path) -> None:
    api = _s3(s3_bucket, tmp_path / "api-cache")
    worker = _s3(s3_bucket, tmp_path / "worker-cache")
    stored = api.put_stream(io.BytesIO(BODY), A, F, "in.bin")
    assert s3_bucket.keys() == [f"emulator/{stored.relpath}"]
    local = worker.path(stored.relpath)  # fetched from the bucket into the worker's cache
    assert local.is_relative_to(tmp_path / "worker-cache") and local.read_bytes() == BODY
    assert read(worker.download(A, F, "in.bin")) == BODY


def test_s3_presigned_downloads_redirect_to_the_bucket(s3_bucket: S3Bucket, tmp_path: Path) -> None:
    blobs = _s3(s3_bucket, tmp_path / "cache", presign_seconds=60)
    blobs.put_stream(io.BytesIO(BODY), A, F, "in.bin")
    found = blobs.download(A, F, "in.bin")
    assert found is not None and found.redirect_url is not None
    assert found.redirect_url.startswith(s3_bucket.endpoint) and "Signature" in found.redirect_url
    assert read(found) == BODY
    assert blobs.download(A, F, "other.bin") is None


def test_s3_unwritable_bucket_is_not_ready(s3_bucket: S3Bucket, tmp_path: Path) -> None:
    blobs = _s3(s3_bucket, tmp_path / "cache")
    s3_bucket.client.delete_bucket(Bucket=s3_bucket.name)
    with pytest.raises(Exception, match="NoSuchBucket"):
        blobs.check_writable()


def test_parse_s3_url() -> None:
    assert parse_s3_url("s3://b") == ("b", "")
    assert parse_s3_url("s3://b/x/y/") == ("b", "x/y/")
    for bad in ("b/x", "s3://", "file:///tmp"):
        with pytest.raises(ValueError):
            parse_s3_url(bad)
