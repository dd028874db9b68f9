"""How combining robots read ``use``: entries, ``fields``, ``as: video_N`` order and ``bundle_steps``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from transloadit_emulator.robots.base import InputFile
from transloadit_emulator.robots.support.grouping import UseEntry, groups_by_step, ordered_by_index, use_entries


def file(name: str, step: str | None = None, field: str = "file") -> InputFile:
    return InputFile(Path(name), {"name": name, "field": field}, source_step=step)


UPLOADS = [file("a.mp4", field="first"), file("b.mp4", field="second"), file("c.mp4", field="second")]
RESIZED = [file("a_small.mp4", "small")]


@pytest.mark.parametrize(
    ("use", "expected"),
    [
        (None, [UseEntry(":original")]),
        (":original", [UseEntry(":original")]),
        ([":original", "small", ":original"], [UseEntry(":original"), UseEntry("small")]),
        ({"steps": "small", "bundle_steps": True}, [UseEntry("small")]),
        (
            {"steps": [{"name": ":original", "fields": ["x", "y"], "as": "video_2"}, {"name": "small"}]},
            [UseEntry(":original", ("x", "y"), "video_2"), UseEntry("small")],
        ),
    ],
)
def test_use_entries_in_every_form(use: Any, expected: list[UseEntry]) -> None:
    assert use_entries(use) == expected


def names(files: list[InputFile]) -> list[str]:
    return [str(f.record["name"]) for f in files]


def test_ordered_by_index_sorts_by_number_then_keeps_the_rest_in_use_order() -> None:
    use = [
        "small",
        {"name": ":original", "fields": "second", "as": "video_10"},
        {"name": ":original", "fields": "first", "as": "video_2"},
    ]
    assert names(ordered_by_index({"use": use}, UPLOADS + RESIZED)) == ["a.mp4", "b.mp4", "c.mp4", "a_small.mp4"]
    # Without ``as`` the order is the use order, then the order files arrived in.
    assert names(ordered_by_index({"use": ["small", ":original"]}, UPLOADS + RESIZED)) == [
        "a_small.mp4",
        "a.mp4",
        "b.mp4",
        "c.mp4",
    ]


def test_groups_by_step_unless_bundled() -> None:
    use: dict[str, Any] = {"steps": [":original", "small"]}
    assert [names(g) for g in groups_by_step({"use": use}, UPLOADS + RESIZED)] == [
        ["a.mp4", "b.mp4", "c.mp4"],
        ["a_small.mp4"],
    ]
    bundled = groups_by_step({"use": {**use, "bundle_steps": True}}, UPLOADS + RESIZED)
    assert [names(g) for g in bundled] == [["a.mp4", "b.mp4", "c.mp4", "a_small.mp4"]]
    # A use entry whose fields match nothing makes no group.
    assert groups_by_step({"use": [{"name": ":original", "fields": "none"}]}, UPLOADS) == []
