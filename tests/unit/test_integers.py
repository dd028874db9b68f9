"""One reading of integers from client input: ASCII digits of bounded length, nothing else."""

from __future__ import annotations

import pytest

from transloadit_emulator.errors import RobotError, TransloaditError
from transloadit_emulator.integers import MAX_DIGITS, parse_decimal, parse_natural, shown
from transloadit_emulator.robots.document_thumbs import _pages
from transloadit_emulator.robots.file_hash import _positive_int
from transloadit_emulator.robots.registry import default_registry
from transloadit_emulator.robots.support.grouping import UseEntry
from transloadit_emulator.variables import lookup

#: Text that some Python parser reads as a number, or that breaks int(): never a number here.
HOSTILE = [
    "\u00b2",  # superscript two: isdigit() is true, int() raises
    "\u0661",  # Arabic-Indic one: int() gives 1
    "\uff11",  # fullwidth one: int() gives 1
    "\u0e51",  # Thai one
    "9" * 4301,  # past int()'s digit limit: ValueError
    "9" * (MAX_DIGITS + 1),
    "-1",
    "+1",
    "1_000",
    "0x10",
    "1e3",
    " ",
    "",
    "1\n",  # only spaces and tabs may surround the digits
    "1\u00a0",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_parse_natural_refuses(text: str) -> None:
    assert parse_natural(text) is None


@pytest.mark.parametrize(
    ("text", "value"), [("0", 0), ("007", 7), (" 42\t", 42), ("9" * MAX_DIGITS, 10**MAX_DIGITS - 1)]
)
def test_parse_natural_reads_ascii_digits(text: str, value: int) -> None:
    assert parse_natural(text) == value


@pytest.mark.parametrize("text", [*HOSTILE[:6], "1.", ".5", "--1", "1.2.3", "1." + "0" * 4301, "inf", "nan"])
def test_parse_decimal_refuses(text: str) -> None:
    assert parse_decimal(text) is None


def test_parse_decimal_reads_ints_and_fractions() -> None:
    assert (parse_decimal("-12"), parse_decimal("0.25"), parse_decimal("3.0")) == (-12, 0.25, 3.0)
    assert isinstance(parse_decimal("3"), int) and isinstance(parse_decimal("3.0"), float)


def test_shown_cuts_long_values() -> None:
    assert shown("abc") == "'abc'"
    assert len(shown("9" * 4301)) < 80 and "4301 characters" in shown("9" * 4301)


@pytest.mark.parametrize("part", ["\u00b2", "\u0661", "9" * 4301])
def test_variable_list_index(part: str) -> None:
    scope = {"file": {"meta": {"keywords": ["a", "b"]}}}
    assert lookup("file.meta.keywords.1", scope) == "b"
    assert lookup(f"file.meta.keywords.{part}", scope) is None  # not "b", not a crash


@pytest.mark.parametrize("text", ["\u0661\u0662\u0660", "\u00b2", "9" * 4301, "1e3"])
def test_numeric_text_in_robot_params_stays_text(text: str) -> None:
    """Variables fill params with text; only ASCII numbers become numbers, the rest fails validation."""
    registry = default_registry()
    robot = registry.get("/image/resize")
    assert robot is not None
    assert registry.prepare(robot, {"robot": "/image/resize", "width": "120"})["width"] == 120
    with pytest.raises(TransloaditError) as caught:
        registry.prepare(robot, {"robot": "/image/resize", "width": text})
    assert caught.value.code == "IMAGE_RESIZE_VALIDATION"


@pytest.mark.parametrize("text", ["\u00b2", "\u0661", "9" * 4301, "0"])
def test_robot_integers(text: str) -> None:
    assert _positive_int(text) is None
    assert UseEntry("s", as_=f"video_{text}").index == (0 if text == "0" else None)
    with pytest.raises(RobotError):
        _pages({"page_range": f"1-{text}"}, 3)
    assert _positive_int("64") == 64 and UseEntry("s", as_="video_2").index == 2
