"""Assembly Variables in Step params."""

from __future__ import annotations

from transloadit_emulator.core.variables import file_scope, interpolate, lookup

SCOPE = {
    "file": file_scope({"name": "My Photo.JPG", "basename": "My Photo", "size": 2048, "meta": {"width": 640}}),
    "fields": {"w": "320"},
    "assembly": {"id": "abc"},
}


def test_lookup_paths() -> None:
    assert lookup("file.meta.width", SCOPE) == 640
    assert lookup("file.meta.height", SCOPE) is None
    assert lookup("fields.w", SCOPE) == "320"


def test_whole_placeholder_keeps_type_and_text_is_replaced() -> None:
    assert interpolate("${file.size}", SCOPE) == 2048
    assert interpolate("${ file.meta.width }", SCOPE) == 640
    assert interpolate("w=${fields.w}px, id ${assembly.id}", SCOPE) == "w=320px, id abc"
    assert interpolate("missing:${file.meta.nope}.", SCOPE) == "missing:."
    assert interpolate("${file.meta.nope}", SCOPE) is None


def test_unknown_roots_are_left_for_later() -> None:
    assert interpolate("${unique_prefix}/${file.url_name}", SCOPE) == "${unique_prefix}/My_Photo.JPG"


def test_nested_structures() -> None:
    assert interpolate({"a": ["${fields.w}", {"b": "${file.url_basename}"}], "n": 3}, SCOPE) == {
        "a": ["320", {"b": "My_Photo"}],
        "n": 3,
    }
