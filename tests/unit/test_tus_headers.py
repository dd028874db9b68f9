"""The tus 1.0.0 header protocol (http/tus.py): headers in, typed values out, and back."""

from __future__ import annotations

from email.utils import parsedate_to_datetime

import pytest
from starlette.datastructures import Headers

from transloadit_emulator.errors import TransloaditError
from transloadit_emulator.http.tus import (
    TUS_VERSION,
    check_version,
    creation_length,
    encode_metadata,
    options_headers,
    parse_metadata,
    patch_offset,
    state_headers,
)
from transloadit_emulator.storage.uploads import TusUpload

PATCH_TYPE = {"content-type": "application/offset+octet-stream"}


def code(call: object, *args: object) -> str:
    with pytest.raises(TransloaditError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value.code


def test_metadata_round_trip() -> None:
    meta = {"filename": "Été 2026.jpg", "empty": "", "assembly_url": "https://x/assemblies/a?b=c,d"}
    header = encode_metadata(meta)
    assert parse_metadata(header) == meta
    assert parse_metadata("filename ZmlsZQ==, flag") == {"filename": "file", "flag": ""}  # spaces after commas
    assert parse_metadata(None) == {} and parse_metadata("") == {}


@pytest.mark.parametrize("header", ["k !!", "k v w", " ,k", "k\tdg==", "k /w==", "k,"])
def test_bad_metadata(header: str) -> None:
    assert code(parse_metadata, header) == "TUS_INVALID_HEADER"


def test_version() -> None:
    check_version(Headers({"tus-resumable": TUS_VERSION}))
    for headers in ({}, {"tus-resumable": "0.2.2"}):
        with pytest.raises(TransloaditError) as caught:
            check_version(Headers(headers))
        assert caught.value.code == "TUS_VERSION_UNSUPPORTED" and caught.value.headers == {"Tus-Version": "1.0.0"}


def test_creation_length() -> None:
    assert creation_length(Headers({"upload-length": "10"})) == 10
    assert creation_length(Headers({"upload-defer-length": "1"})) is None
    for headers in ({}, {"upload-defer-length": "0"}, {"upload-defer-length": "yes"}, {"upload-length": "-1"}):
        assert code(creation_length, Headers(headers)) == "TUS_INVALID_HEADER"


def test_patch_offset() -> None:
    assert patch_offset(Headers({"upload-offset": "5", **PATCH_TYPE})) == 5
    typed = {"upload-offset": "5", "content-type": "application/offset+octet-stream; charset=x"}
    assert patch_offset(Headers(typed)) == 5
    assert code(patch_offset, Headers(PATCH_TYPE)) == "TUS_INVALID_HEADER"
    assert code(patch_offset, Headers({"upload-offset": "x", **PATCH_TYPE})) == "TUS_INVALID_HEADER"
    wrong = {"upload-offset": "5", "content-type": "application/octet-stream"}
    assert code(patch_offset, Headers(wrong)) == "TUS_UNSUPPORTED_MEDIA_TYPE"


def test_answers() -> None:
    assert options_headers(99)["Tus-Max-Size"] == "99" and "expiration" in options_headers(99)["Tus-Extension"]
    upload = TusUpload("a" * 32, None, {"filename": "a"}, None, 0.0, offset=3, expires_ts=1_800_000_000.5)
    headers = state_headers(upload)
    assert headers["Upload-Offset"] == "3" and headers["Upload-Defer-Length"] == "1"
    assert "Upload-Length" not in headers and parse_metadata(headers["Upload-Metadata"]) == {"filename": "a"}
    assert parsedate_to_datetime(headers["Upload-Expires"]).timestamp() == 1_800_000_000
    done = TusUpload("a" * 32, 3, {}, None, 0.0, offset=3)
    assert state_headers(done) == {
        "Tus-Resumable": "1.0.0",
        "Upload-Offset": "3",
        "Upload-Length": "3",
        "Cache-Control": "no-store",
    }
