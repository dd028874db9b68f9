"""Assembly Variables in Step params: lookup, whole vs embedded placeholders, unknown roots."""

from __future__ import annotations

from typing import Any

import pytest

from transloadit_emulator.variables import file_scope, interpolate, lookup, to_text

RECORD: dict[str, Any] = {
    "id": "f1",
    "name": "My Photo.JPG",
    "basename": "My Photo",
    "ext": "JPG",
    "size": 2048,
    "mime": "image/jpeg",
    "meta": {"width": 640, "aspect_ratio": 1.5, "keywords": ["pet", "cat"], "date-taken": "2020"},
    "user_meta": {"x": "42", "flag": True},
}
SCOPE: dict[str, Any] = {
    "file": file_scope(RECORD),
    "fields": {"w": "320"},
    "assembly": {"id": "abc"},
    "unique_prefix": "f2/d3eeeb67479f11f8b091b04f6181ad",
    "previous_step": {"name": "resized"},
    "date": {"now": 1700000000000},
}


def test_lookup_paths() -> None:
    assert lookup("file.meta.width", SCOPE) == 640
    assert lookup("file.meta.keywords.1", SCOPE) == "cat"
    assert lookup("file.meta.date-taken", SCOPE) == "2020"
    assert lookup("unique_prefix", SCOPE) == "f2/d3eeeb67479f11f8b091b04f6181ad"
    assert lookup("fields.w", SCOPE) == "320"


@pytest.mark.parametrize(
    "path", ["file.meta.height", "file.meta.width.deeper", "file.meta.keywords.5", "nope", "fields.w.x"]
)
def test_lookup_missing_is_none(path: str) -> None:
    assert lookup(path, SCOPE) is None


def test_whole_placeholder_keeps_the_raw_value() -> None:
    assert interpolate("${file.size}", SCOPE) == 2048
    assert interpolate("${ file.meta.width }", SCOPE) == 640
    assert interpolate("${file.meta.keywords}", SCOPE) == ["pet", "cat"]
    assert interpolate("${file.user_meta.flag}", SCOPE) is True
    assert interpolate("${date.now}", SCOPE) == 1700000000000
    assert interpolate("${file.meta.nope}", SCOPE) is None


def test_embedded_placeholders_become_text() -> None:
    assert interpolate("w=${fields.w}px, id ${assembly.id}", SCOPE) == "w=320px, id abc"
    assert interpolate("${file.meta.width}x${file.meta.aspect_ratio}", SCOPE) == "640x1.5"
    assert interpolate("${file.user_meta.x}-${file.user_meta.flag}", SCOPE) == "42-true"
    assert interpolate("kw: ${file.meta.keywords}", SCOPE) == "kw: pet,cat"
    assert interpolate("from ${previous_step.name}", SCOPE) == "from resized"
    assert interpolate("missing:${file.meta.nope}.", SCOPE) == "missing:."


def test_unknown_roots_are_left_for_later() -> None:
    assert interpolate("${unique_original_prefix}/${file.url_name}", SCOPE) == "${unique_original_prefix}/My_Photo.JPG"
    assert interpolate("${unique_original_prefix}", SCOPE) == "${unique_original_prefix}"
    # A later pass with the missing root fills it in.
    first = interpolate("${unique_original_prefix}/${file.id}", SCOPE)
    assert interpolate(first, {"unique_original_prefix": "aa/bb"}) == "aa/bb/f1"


def test_javascript_is_not_evaluated() -> None:
    assert interpolate("${file.size <= 720}", SCOPE) == "${file.size <= 720}"
    assert interpolate("${Date.now()}", SCOPE) == "${Date.now()}"


def test_nested_structures_and_other_values() -> None:
    value = {"a": ["${fields.w}", {"b": "${file.url_basename}"}], "n": 3, "z": None, "t": True}
    assert interpolate(value, SCOPE) == {"a": ["320", {"b": "My_Photo"}], "n": 3, "z": None, "t": True}
    assert interpolate("plain text", SCOPE) == "plain text"


def test_file_scope_derives_url_names_without_overriding() -> None:
    scope = file_scope({"name": "a b&c.tar.gz"})
    assert (scope["url_name"], scope["url_basename"]) == ("a_b_c.tar.gz", "a_b_c.tar")
    assert file_scope({"name": "x y.png", "url_name": "given.png"})["url_name"] == "given.png"
    assert file_scope({})["url_name"] == ""


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (True, "true"),
        (False, "false"),
        (3.0, "3"),
        (2.5, "2.5"),
        (7, "7"),
        (["a", 1], "a,1"),
        ({"k": 1}, '{"k":1}'),
        ("s", "s"),
    ],
)
def test_to_text(value: Any, text: str) -> None:
    assert to_text(value) == text


def test_assembly_and_file_variables() -> None:
    from transloadit_emulator.variables import assembly_scope, file_variables, interpolate

    status = {"assembly_id": "a" * 32, "fields": {"who": "ann"}, "region": "local"}
    record = {"id": "f" * 32, "original_id": "0" * 32, "name": "My Photo.JPG", "meta": {"width": 3}}
    scope = {**assembly_scope(status, 1234), **file_variables(record, "a" * 32, "thumbs")}
    text = "${assembly.id}/${fields.who}/${previous_step.name}/${file.url_name}/${date.now}"
    assert interpolate(text, scope) == f"{'a' * 32}/ann/thumbs/My_Photo.JPG/1234"
    prefix, original = interpolate(["${unique_prefix}", "${unique_original_prefix}"], scope)
    assert len(prefix) == 33 and prefix[2] == "/" and prefix != original
    again = file_variables({**record, "id": "e" * 32}, "a" * 32, None)
    assert again["unique_original_prefix"] == original and again["unique_prefix"] != prefix
