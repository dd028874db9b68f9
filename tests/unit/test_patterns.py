"""User-supplied patterns (auth.referer, /file/filter's regex) run on RE2: JavaScript's dialect as
far as RE2 can match it in linear time, and a coded refusal for the rest."""

from __future__ import annotations

import pytest

from transloadit_emulator.patterns import MAX_PATTERN_LENGTH, PatternError, compile_pattern

#: Patterns that take exponential (or high polynomial) time on a backtracking engine such as
#: Python's re, and the text that makes them do it: here each answers at once.
CATASTROPHIC = [
    (r"^(a+)+$", "a" * 50_000 + "!", False),
    (r"(a|aa)+$", "a" * 50_000 + "!", False),
    (r"^(\w+\s?)*$", "word " * 10_000 + "!", False),
    (r"(.*a){20}b", "a" * 5_000, False),
    (r"^(([a-z])+.)+[A-Z]([a-z])+$", "a" * 50_000, False),
    (r"/^(a+)+$/i", "A" * 50_000, True),
]


@pytest.mark.parametrize(("pattern", "text", "found"), CATASTROPHIC, ids=[c[0] for c in CATASTROPHIC])
def test_catastrophic_patterns_run_in_linear_time(pattern: str, text: str, found: bool) -> None:
    assert (compile_pattern(pattern).search(text) is not None) == found


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        ("example\\.org", "https://example.org/up", True),
        ("^https://good\\.example/", "https://evil.example/?https://good.example/", False),
        ("/CAT/i", "cat.jpg", True),
        ("/CAT/", "cat.jpg", False),
        ("/^b$/m", "a\nb\nc", True),
        ("^b$", "a\nb\nc", False),
        ("/a.b/s", "a\nb", True),
        ("a.b", "a\nb", False),
        ("/x$/", "x\n", False),  # JavaScript's $ is the end of the text (Python's re allows a final \n)
        ("/^(?<stem>c\\w+)\\.jpg$/gi", "CAT.JPG", True),  # named groups; g and i flags
        ("\\u00e9t\\u00E9", "été", True),  # JavaScript's \uXXXX
        ("\\u{1F600}", "\U0001f600", True),
        ("[^]", "\n", True),  # JavaScript's any-character class
        ("\\/usr\\/local", "/usr/local/bin", True),
        ("/usr/local", "/usr/local/bin", True),  # not a /pattern/flags literal: "local" is no flag set
        ("\\d{4}-\\d{2}", "on 2026-12 at", True),
        ("[[:alpha:]]+", "abc", True),
    ],
)
def test_javascript_dialect(pattern: str, text: str, found: bool) -> None:
    assert (compile_pattern(pattern).search(text) is not None) == found


@pytest.mark.parametrize(
    "pattern",
    [
        "(a)\\1",  # backreference
        "/^(?<s>c\\w+)\\.\\k<s>$/",  # named backreference
        "a(?=b)",  # lookahead
        "a(?!b)",
        "(?<=a)b",  # lookbehind
        "(?<!a)b",
        "a{1001}",  # past RE2's repetition limit
        "((((((((((a{100}){100}){100}){100}){100}){100}){100}){100}){100}){100})",  # past RE2's memory budget
        "(",
        "[a-",
        "x" * (MAX_PATTERN_LENGTH + 1),
    ],
)
def test_what_re2_cannot_run_is_refused_with_a_reason(pattern: str) -> None:
    with pytest.raises(PatternError) as info:
        compile_pattern(pattern)
    assert str(info.value)


def test_compiled_patterns_are_cached() -> None:
    assert compile_pattern("^cached$") is compile_pattern("^cached$")
