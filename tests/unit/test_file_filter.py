"""/file/filter: every operator both ways, accepts/declines precedence, and/or, sizes, regex, errors."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from transloadit_emulator.errors import RobotError
from transloadit_emulator.robots.base import InputFile, OutputFile, RobotContext
from transloadit_emulator.robots.file_filter import FileFilter, passes
from transloadit_emulator.robots.registry import step_schemas
from transloadit_emulator.spec import load_spec

RECORD: dict[str, Any] = {
    "id": "f1",
    "name": "cat.jpg",
    "basename": "cat",
    "ext": "jpg",
    "mime": "image/jpeg",
    "type": "image",
    "field": "file",
    "size": 2 * 1024 * 1024,
    "meta": {"width": 640, "height": 480, "aspect_ratio": 1.333, "keywords": ["pet", "cat"], "title": ""},
    "user_meta": {"x": "10", "owner": "ann", "tags": []},
}


def accepts(*conditions: list[Any], **params: Any) -> bool:
    return passes({"accepts": list(conditions), **params}, RECORD)


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        # = and == are loose and numeric-aware
        (["${file.meta.width}", "=", "640"], True),
        (["${file.meta.width}", "=", "641"], False),
        (["${file.user_meta.x}", "==", 10], True),
        (["${file.user_meta.x}", "==", "10.0"], True),
        (["${file.meta.width}", "==", 641], False),
        (["${file.ext}", "==", "jpg"], True),
        (["${file.ext}", "==", "JPG"], False),
        # === is strict: same type and value
        (["${file.meta.width}", "===", 640], True),
        (["${file.meta.width}", "===", 640.0], True),
        (["${file.meta.width}", "===", "640"], False),
        (["${file.user_meta.x}", "===", "10"], True),
        (["${file.user_meta.x}", "===", 10], False),
        # != and !==
        (["${file.ext}", "!=", "png"], True),
        (["${file.user_meta.x}", "!=", 10], False),
        (["${file.meta.width}", "!==", "640"], True),
        (["${file.meta.width}", "!==", 640], False),
        # ordering is numeric, with 1024-based sizes
        (["${file.size}", "<", "3mb"], True),
        (["${file.size}", "<", "2mb"], False),
        (["${file.size}", ">", "1.5 MB"], True),
        (["${file.size}", ">", "2 MB"], False),
        (["${file.size}", "<=", "2MB"], True),
        (["${file.size}", "<=", "2047kb"], False),
        (["${file.size}", ">=", "2048KB"], True),
        (["${file.size}", ">=", "2049kb"], False),
        (["${file.size}", ">", "500kb"], True),
        (["${file.size}", "<", "1gb"], True),
        (["${file.meta.width}", ">", "${file.meta.height}"], True),
        (["${file.meta.width}", "<", "${file.meta.height}"], False),
        (["720", ">=", "${file.meta.width}"], True),
        (["${file.meta.aspect_ratio}", ">", 1.33], True),
        (["${file.user_meta.x}", ">", 9], True),  # "10" is a number, not the text "10" < "9"
        (["${file.user_meta.owner}", "<", "bob"], True),  # two strings compare as text
        (["${file.user_meta.owner}", ">", 5], False),  # text vs number never orders
        (["${file.meta.missing}", "<", 100], False),  # a missing value is neither below ...
        (["${file.meta.missing}", ">=", 0], False),  # ... nor above anything
        # regex / !regex, plain or /pattern/flags
        (["${file.mime}", "regex", "^image/"], True),
        (["${file.mime}", "regex", "^video/"], False),
        (["${file.name}", "regex", "/CAT/i"], True),
        (["${file.name}", "regex", "CAT"], False),
        (["${file.name}", "regex", "/CAT/"], False),
        (["${file.name}", "regex", "/^(?<stem>c\\w+)\\.jpg$/gi"], True),
        (["${file.name}", "!regex", "\\.png$"], True),
        (["${file.name}", "!regex", "/\\.JPG$/i"], False),
        # includes / !includes: substring or list membership
        (["${file.meta.keywords}", "includes", "cat"], True),
        (["${file.meta.keywords}", "includes", "dog"], False),
        (["${file.name}", "includes", "at.j"], True),
        (["${file.name}", "includes", "dog"], False),
        (["${file.name}", "!includes", "dog"], True),
        (["${file.meta.keywords}", "!includes", "pet"], False),
        # empty / !empty: missing, null, "", [] and {}
        (["${file.meta.missing}", "empty", None], True),
        (["${file.meta.title}", "empty", None], True),
        (["${file.user_meta.tags}", "empty", None], True),
        ([{}, "empty", None], True),
        (["${file.user_meta.owner}", "empty", None], False),
        (["${file.user_meta.owner}", "!empty", None], True),
        (["${file.meta.missing}", "!empty", None], False),
        ([0, "!empty", None], True),
        # user_meta and missing values
        (["${file.user_meta.owner}", "=", "ann"], True),
        (["${file.meta.missing}", "=", ""], True),
        (["${file.meta.missing}", "===", ""], True),
        (["${file.meta.missing}", "==", "x"], False),
    ],
)
def test_operators(condition: list[Any], expected: bool) -> None:
    assert accepts(condition) is expected


def test_null_and_empty_list_semantics() -> None:
    assert passes({}, RECORD)
    assert passes({"accepts": None, "declines": None}, RECORD)
    assert not passes({"accepts": []}, RECORD)
    assert not passes({"accepts": [], "condition_type": "and"}, RECORD)
    assert passes({"declines": []}, RECORD)
    assert passes({"declines": [], "condition_type": "and"}, RECORD)
    assert not passes({"declines": [["${file.type}", "=", "image"]]}, RECORD)


def test_or_and_and_for_accepts() -> None:
    yes, no = ["${file.ext}", "=", "jpg"], ["${file.ext}", "=", "png"]
    assert accepts(yes, no)
    assert accepts(no, yes, condition_type="or")
    assert not accepts(no, no)
    assert not accepts(yes, no, condition_type="and")
    assert accepts(yes, yes, condition_type="and")


def test_or_and_and_for_declines() -> None:
    yes, no = ["${file.ext}", "=", "jpg"], ["${file.ext}", "=", "png"]
    assert not passes({"declines": [no, yes]}, RECORD)
    assert passes({"declines": [no, yes], "condition_type": "and"}, RECORD)
    assert not passes({"declines": [yes, yes], "condition_type": "and"}, RECORD)


def test_declines_apply_after_accepts() -> None:
    image = [["${file.type}", "=", "image"]]
    big = [["${file.size}", ">", "1mb"]]
    small = [["${file.size}", "<", "1mb"]]
    assert not passes({"accepts": image, "declines": big}, RECORD)  # accepted, then declined
    assert passes({"accepts": image, "declines": small}, RECORD)  # accepted, not declined
    assert not passes({"accepts": [["${file.type}", "=", "video"]], "declines": small}, RECORD)  # never accepted
    assert not passes({"accepts": [], "declines": []}, RECORD)
    assert not passes({"declines": big}, RECORD)  # no accepts: all accepted, then declined


def ctx(tmp_path: Path) -> RobotContext:
    return RobotContext(assembly_id="a" * 32, step_name="s", scratch_dir=tmp_path, logger=logging.getLogger("t"))


def run(tmp_path: Path, params: dict[str, Any], records: list[dict[str, Any]] | None = None) -> list[OutputFile]:
    files = []
    for i, record in enumerate(records or [RECORD]):
        path = tmp_path / f"in{i}-{record['name']}"
        path.write_bytes(b"x" * 10)
        files.append(InputFile(path, record))
    return FileFilter().process(ctx(tmp_path), params, files)


def test_robot_metadata() -> None:
    assert FileFilter.name == "/file/filter" and step_schemas(load_spec())["/file/filter"] == "FileFilterStep"
    assert FileFilter.error_prefix() == "FILE_FILTER"


def test_passes_through_or_drops(tmp_path: Path) -> None:
    [out] = run(tmp_path, {"accepts": [["${file.type}", "=", "image"]]})
    assert out.passthrough and out.name == "cat.jpg" and out.path == tmp_path / "in0-cat.jpg"
    assert out.source.record is RECORD and out.meta == {}
    assert run(tmp_path, {"accepts": [["${file.type}", "=", "video"]]}) == []


def test_filters_each_file(tmp_path: Path) -> None:
    small = {**RECORD, "name": "small.jpg", "size": 100}
    outs = run(tmp_path, {"accepts": [["${file.size}", ">", "1kb"]]}, [small, RECORD, small])
    assert [o.name for o in outs] == ["cat.jpg"]


def test_error_on_decline(tmp_path: Path) -> None:
    declines = [["${file.type}", "=", "image"]]
    with pytest.raises(RobotError) as info:
        run(tmp_path, {"declines": declines, "error_on_decline": True, "error_msg": "no images"})
    assert (info.value.code, info.value.message) == ("FILE_FILTER_DECLINED_FILE", "no images")
    with pytest.raises(RobotError) as info:
        run(tmp_path, {"accepts": [], "error_on_decline": True})
    assert (info.value.code, info.value.message) == ("FILE_FILTER_DECLINED_FILE", "One of your files was declined")
    assert run(tmp_path, {"declines": declines, "error_on_decline": False}) == []
    [out] = run(tmp_path, {"declines": [], "error_on_decline": True})  # nothing declined, nothing raised
    assert out.passthrough


@pytest.mark.parametrize(
    "params",
    [
        {"accepts": [["${file.size}", "~", 1]]},
        {"accepts": [["${file.size}", "=>", 1]]},
        {"accepts": [["${file.size}", None, 1]]},
        {"accepts": [["${file.size}", ">"]]},
        {"accepts": [["${file.size}", ">", 1, 2]]},
        {"accepts": ["${file.size}"]},
        {"accepts": [{"lhs": 1}]},
        {"accepts": [["${file.name}", "regex", "("]]},
        {"accepts": [["${file.name}", "!regex", "/[a-/i"]]},
        # what RE2 cannot run in linear time: backreferences, lookaround
        {"accepts": [["${file.name}", "regex", "/^(?<stem>c\\w+)\\.\\k<stem>$/"]]},
        {"accepts": [["${file.name}", "regex", "cat(?=\\.jpg)"]]},
        {"declines": [["${file.name}", "!regex", "(?<!x)cat"]]},
        # declines are validated even when accepts already rejected the file
        {"accepts": [], "declines": [["${file.size}", "~", 1]]},
        # and a later bad condition is reported even when an earlier one matched
        {"accepts": [["${file.type}", "=", "image"], ["x", "nope", "y"]]},
    ],
)
def test_malformed_conditions(tmp_path: Path, params: dict[str, Any]) -> None:
    with pytest.raises(RobotError) as info:
        run(tmp_path, params)
    assert info.value.code == "FILE_FILTER_INVALID_OPERATOR"
    assert info.value.message


def test_regex_from_a_placeholder_is_checked_per_file(tmp_path: Path) -> None:
    record = {**RECORD, "user_meta": {"pattern": "(unclosed"}}
    with pytest.raises(RobotError) as info:
        run(tmp_path, {"accepts": [["${file.name}", "regex", "${file.user_meta.pattern}"]]}, [record])
    assert info.value.code == "FILE_FILTER_INVALID_OPERATOR"
    record = {**RECORD, "user_meta": {"pattern": "^ca"}}
    assert len(run(tmp_path, {"accepts": [["${file.name}", "regex", "${file.user_meta.pattern}"]]}, [record])) == 1


@pytest.mark.parametrize("key", ["accepts", "declines"])
def test_javascript_expressions_are_refused(tmp_path: Path, key: str) -> None:
    with pytest.raises(RobotError) as info:
        run(tmp_path, {key: "${file.size > 5}"})
    assert info.value.code == "FILE_FILTER_VALIDATION"
    assert "JavaScript expressions are not supported by the emulator; use condition arrays" in info.value.message


@pytest.mark.parametrize("params", [{"accepts": {"a": 1}}, {"declines": 5}, {"condition_type": "xor"}])
def test_other_invalid_params(tmp_path: Path, params: dict[str, Any]) -> None:
    with pytest.raises(RobotError) as info:
        run(tmp_path, params)
    assert info.value.code == "FILE_FILTER_VALIDATION"
