"""/file/filter: every operator, accepts/declines precedence, and/or, sizes, regex, errors."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from transloadit_emulator.core.errors import RobotError
from transloadit_emulator.robots.base import InputFile, RobotContext
from transloadit_emulator.robots.file_filter import FileFilter, passes

RECORD = {
    "name": "cat.jpg",
    "ext": "jpg",
    "mime": "image/jpeg",
    "type": "image",
    "size": 2 * 1024 * 1024,
    "meta": {"width": 640, "height": 480, "keywords": ["pet", "cat"]},
    "user_meta": {"owner": "ann"},
}


def accepts(*conditions: list[Any], **params: Any) -> bool:
    return passes({"accepts": list(conditions), **params}, RECORD)


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        (["${file.meta.width}", "=", "640"], True),
        (["${file.meta.width}", "==", 641], False),
        (["${file.meta.width}", "===", 640], True),
        (["${file.meta.width}", "===", "640"], False),
        (["${file.ext}", "!=", "png"], True),
        (["${file.meta.width}", "!==", "640"], True),
        (["${file.meta.width}", "!==", 640], False),
        (["${file.size}", "<", "3mb"], True),
        (["${file.size}", ">", "1.5 MB"], True),
        (["${file.size}", "<=", "2MB"], True),
        (["${file.size}", ">=", "2049kb"], False),
        (["${file.mime}", "regex", "^image/"], True),
        (["${file.name}", "regex", "/CAT/i"], True),
        (["${file.name}", "!regex", "\\.png$"], True),
        (["${file.meta.keywords}", "includes", "cat"], True),
        (["${file.name}", "includes", "dog"], False),
        (["${file.name}", "!includes", "dog"], True),
        (["${file.meta.missing}", "empty", None], True),
        (["${file.user_meta.owner}", "!empty", None], True),
        (["${file.user_meta.owner}", "=", "ann"], True),
        (["${file.meta.missing}", "=", ""], True),
    ],
)
def test_operators(condition: list[Any], expected: bool) -> None:
    assert accepts(condition) is expected


def test_null_and_empty_semantics() -> None:
    assert passes({}, RECORD) and passes({"accepts": None, "declines": None}, RECORD)
    assert not passes({"accepts": []}, RECORD)
    assert passes({"declines": []}, RECORD)


def test_or_and_and() -> None:
    yes, no = ["${file.ext}", "=", "jpg"], ["${file.ext}", "=", "png"]
    assert accepts(yes, no) and not accepts(yes, no, condition_type="and") and accepts(yes, yes, condition_type="and")


def test_declines_override_accepts() -> None:
    assert not passes({"accepts": [["${file.type}", "=", "image"]], "declines": [["${file.size}", ">", "1mb"]]}, RECORD)


def robot(tmp_path: Path, params: dict[str, Any]) -> list[Any]:
    ctx = RobotContext("a" * 32, "f", tmp_path, logging.getLogger("t"))
    path = tmp_path / "cat.jpg"
    path.write_bytes(b"x")
    return FileFilter().process(ctx, params, [InputFile(path, RECORD)])


def test_passes_through_or_drops(tmp_path: Path) -> None:
    [out] = robot(tmp_path, {"accepts": [["${file.type}", "=", "image"]]})
    assert out.passthrough and out.name == "cat.jpg"
    assert robot(tmp_path, {"accepts": [["${file.type}", "=", "video"]]}) == []


def test_error_on_decline(tmp_path: Path) -> None:
    with pytest.raises(RobotError) as info:
        robot(tmp_path, {"declines": [["${file.type}", "=", "image"]], "error_on_decline": True, "error_msg": "no"})
    assert (info.value.code, info.value.message) == ("FILE_FILTER_DECLINED_FILE", "no")


@pytest.mark.parametrize(
    ("accepts_value", "code"),
    [
        ([["${file.size}", "~", 1]], "FILE_FILTER_INVALID_OPERATOR"),
        ([["${file.size}", ">"]], "FILE_FILTER_INVALID_OPERATOR"),
        ([["${file.name}", "regex", "("]], "FILE_FILTER_INVALID_OPERATOR"),
        ("${file.size > 5}", "FILE_FILTER_VALIDATION"),
    ],
)
def test_malformed_conditions(tmp_path: Path, accepts_value: Any, code: str) -> None:
    with pytest.raises(RobotError) as info:
        robot(tmp_path, {"accepts": accepts_value})
    assert info.value.code == code
