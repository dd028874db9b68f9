"""What a create request's params and fields ask for: fields, notify_url, expected uploads."""

from __future__ import annotations

import pytest

from transloadit_emulator.core.assemblies.params import (
    MAX_EXPECTED_UPLOADS,
    expected_uploads,
    notify_url,
    params_fields,
)
from transloadit_emulator.errors import TransloaditError


@pytest.mark.parametrize(
    ("raw", "count"), [(None, 0), ("", 0), ("0", 0), (" 3 ", 3), (str(MAX_EXPECTED_UPLOADS), 10_000)]
)
def test_expected_uploads_are_ascii_digits_up_to_the_limit(raw: str | None, count: int) -> None:
    assert expected_uploads(raw) == count


@pytest.mark.parametrize("raw", ["١", "\u00b2", "1" * 4301, "-1", "1.5", "0x10", str(MAX_EXPECTED_UPLOADS + 1)])
def test_other_expected_upload_counts_are_a_coded_error(raw: str) -> None:
    with pytest.raises(TransloaditError) as caught:
        expected_uploads(raw)
    assert caught.value.code == "ASSEMBLY_INVALID_NUM_EXPECTED_UPLOAD_FILES_PARAM"


def test_fields_and_notify_url() -> None:
    assert params_fields({"fields": {"a": 1}}) == {"a": 1} and params_fields({"fields": None}) == {}
    with pytest.raises(TransloaditError, match="INVALID_PARAMS_FIELD"):
        params_fields({"fields": ["a"]})
    assert notify_url({"notify_url": "http://127.0.0.1:9/hook"}) == "http://127.0.0.1:9/hook"
    assert notify_url({"notify_url": ""}) is None
    with pytest.raises(TransloaditError, match="ASSEMBLY_INVALID_NOTIFY_URL"):
        notify_url({"notify_url": "ftp://example.com/"})
