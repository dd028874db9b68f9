"""Uploads.record_file: the one way a file enters an Assembly (creation, tus, robot results)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image

from transloadit_emulator.core.assemblies.model import CreateRequest, UploadedPart
from transloadit_emulator.core.assemblies.uploads import Uploads
from transloadit_emulator.core.clock import UuidIds
from transloadit_emulator.errors import TransloaditError
from transloadit_emulator.media.extra_meta import OutputMeta
from transloadit_emulator.storage.blobs import Digests, DiskBlobStore

ASSEMBLY = "a" * 32


@pytest.fixture
def uploads(tmp_path: Path) -> Uploads:
    return Uploads(DiskBlobStore(tmp_path / "files"), UuidIds(), "http://emu")


def jpeg(size: tuple[int, int] = (800, 600)) -> bytes:
    buf = io.BytesIO()
    Image.radial_gradient("L").resize(size).convert("RGB").save(buf, "JPEG", quality=90)
    return buf.getvalue()


def test_a_stream_is_stored_described_and_recorded(uploads: Uploads) -> None:
    data = jpeg()
    recorded = uploads.record_file(ASSEMBLY, "photo.jpg", io.BytesIO(data), field="file")
    record = recorded.record
    assert recorded.path.read_bytes() == data and recorded.path == uploads.blobs.path(recorded.relpath)
    assert (record["name"], record["basename"], record["ext"], record["field"]) == ("photo.jpg", "photo", "jpg", "file")
    assert (record["size"], record["md5hash"]) == (len(data), hashlib.md5(data).hexdigest())
    assert (record["mime"], record["type"]) == ("image/jpeg", "image")
    assert record["meta"]["width"] == 800 and record["meta"]["average_color"].startswith("#")
    assert record["url"] == record["ssl_url"] == f"http://emu/files/{recorded.relpath}"
    assert record["original_id"] == record["id"] and recorded.pixels is None  # no Step asked for pixels


def test_a_step_that_reads_uploads_small_gets_their_pixels(uploads: Uploads) -> None:
    recorded = uploads.record_file(ASSEMBLY, "photo.jpg", io.BytesIO(jpeg()), decode_box=(200, 200))
    assert recorded.pixels is not None
    image = recorded.pixels.take((200, 200))
    assert image is not None and 200 <= image.width < 800  # decoded once, at a reduced scale


def test_a_file_is_moved_in_and_keeps_known_digests(uploads: Uploads, tmp_path: Path) -> None:
    source = tmp_path / "part.bin"
    source.write_bytes(b"hello")
    # Digests the caller already has (tus streamed them) are taken as they are, not recomputed.
    known = Digests("1" * 32, "2" * 64)
    recorded = uploads.record_file(ASSEMBLY, "part.bin", source, file_id="b" * 32, digests=known, user_meta={"k": "v"})
    assert not source.exists() and recorded.path.read_bytes() == b"hello"
    record = recorded.record
    assert (record["id"], record["md5hash"], record["sha256"]) == ("b" * 32, "1" * 32, "2" * 64)
    assert record["original_md5hash"] == "1" * 32 and record["user_meta"] == {"k": "v"}


def test_a_file_without_known_digests_is_hashed_once_stored(uploads: Uploads, tmp_path: Path) -> None:
    source = tmp_path / "part.bin"
    source.write_bytes(b"hello")
    streamed = uploads.record_file(ASSEMBLY, "streamed.bin", io.BytesIO(b"hello")).record
    moved = uploads.record_file(ASSEMBLY, "moved.bin", source).record
    for record in (streamed, moved):
        assert record["md5hash"] == hashlib.md5(b"hello").hexdigest()
        assert record["sha256"] == hashlib.sha256(b"hello").hexdigest()


def test_a_result_derives_from_its_original_and_honours_output_meta(uploads: Uploads, tmp_path: Path) -> None:
    original = uploads.record_file(ASSEMBLY, "in.jpg", io.BytesIO(jpeg()), user_meta={"who": "me"}).record
    written = tmp_path / "out.jpg"
    written.write_bytes(jpeg((80, 60)))
    result = uploads.record_file(ASSEMBLY, "out.jpg", written, original=original, known={"average_color": "#123456"})
    record = result.record
    assert record["original_id"] == original["id"] and record["original_name"] == "in.jpg"
    assert record["user_meta"] == {"who": "me"} and record["meta"]["average_color"] == "#123456"

    bare = tmp_path / "bare.jpg"
    bare.write_bytes(jpeg((80, 60)))
    plain = uploads.record_file(ASSEMBLY, "bare.jpg", bare, output=OutputMeta(extract=False)).record
    assert plain["meta"] == {} and plain["mime"] == "image/jpeg"

    extra = tmp_path / "extra.jpg"
    extra.write_bytes(jpeg((80, 60)))
    asked = uploads.record_file(ASSEMBLY, "extra.jpg", extra, output=OutputMeta(extras=frozenset({"blurhash"}))).record
    assert asked["meta"]["blurhash"] and asked["meta"]["width"] == 80


def test_too_large_a_part_fails_the_creation_and_keeps_nothing(uploads: Uploads) -> None:
    request = CreateRequest(
        raw_params=None,
        signature=None,
        files=[
            UploadedPart("a", "small.txt", io.BytesIO(b"ok")),
            UploadedPart("b", "big.txt", io.BytesIO(b"x" * 100)),
        ],
    )
    with pytest.raises(TransloaditError) as caught:
        uploads.record_parts(ASSEMBLY, request, max_size=10, decode_box=None)
    assert caught.value.code == "MAX_SIZE_EXCEEDED" and "big.txt" in caught.value.message
    assert not [p for p in uploads.blobs.root.rglob("*") if p.is_file()]  # the first part is gone too
