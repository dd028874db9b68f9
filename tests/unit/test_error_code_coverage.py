"""Every vendor error code is either pinned by a test or listed as one the emulator never raises.

The vendor's codes are pinned in tests/fixtures/vendor_error_codes.txt. A code is *pinned* when a
test names it literally (an assertion on the code an Assembly or a response carries: the test fails
if the emulator raises another). A code the emulator has no occasion to raise (billing internals,
the vendor's own machines) is listed in ARCHITECTURE.md's "Vendor error codes the emulator never
raises", one ``- `CODE`: reason`` line each. ``UNPINNED`` (tests/unit/error_codes_unpinned.txt) names
the codes still waiting for either; it only shrinks.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENDOR = ROOT / "tests" / "fixtures" / "vendor_error_codes.txt"
UNPINNED = Path(__file__).with_name("error_codes_unpinned.txt")
ARCHITECTURE = ROOT / "docs" / "ARCHITECTURE.md"
SECTION = "### Vendor error codes the emulator never raises"
_LISTED = re.compile(r"^- `([A-Z0-9_]+)`: (\S.*)$")
_WORD = re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b")


def _lines(path: Path) -> list[str]:
    stripped = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [s for s in stripped if s and not s.startswith("#")]


def _never_raised() -> dict[str, str]:
    """ARCHITECTURE.md's list: code -> reason."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    assert SECTION in text, f"ARCHITECTURE.md lacks the section {SECTION!r}"
    body = text.split(SECTION, 1)[1].split("\n#", 1)[0]
    return {m[1]: m[2] for line in body.splitlines() if (m := _LISTED.match(line.strip()))}


def _named_by_tests() -> set[str]:
    """Every code-shaped word in the tests' sources, this file aside."""
    words: set[str] = set()
    for path in (ROOT / "tests").rglob("*.py"):
        if path.resolve() != Path(__file__).resolve():
            words.update(_WORD.findall(path.read_text(encoding="utf-8")))
    return words


def _source_words() -> set[str]:
    words: set[str] = set()
    for path in (ROOT / "src" / "transloadit_emulator").rglob("*.py"):
        words.update(_WORD.findall(path.read_text(encoding="utf-8")))
    return words


def test_every_vendor_code_is_pinned_or_listed_as_never_raised() -> None:
    vendor = set(_lines(VENDOR))
    pinned = _named_by_tests()
    listed = _never_raised()
    waiting = set(_lines(UNPINNED))
    open_codes = sorted(vendor - pinned - set(listed) - waiting)
    assert open_codes == [], f"vendor codes no test pins and ARCHITECTURE.md does not list: {open_codes}"


def test_the_unpinned_list_only_shrinks() -> None:
    done = sorted(set(_lines(UNPINNED)) & (_named_by_tests() | set(_never_raised())))
    assert done == [], f"pinned or listed now: remove them from {UNPINNED.name}: {done}"
    strangers = sorted(set(_lines(UNPINNED)) - set(_lines(VENDOR)))
    assert strangers == [], f"not vendor codes: {strangers}"


def test_a_code_listed_as_never_raised_is_not_raised_nor_pinned() -> None:
    listed = set(_never_raised())
    assert sorted(listed - set(_lines(VENDOR))) == [], "only vendor codes belong to the list"
    assert sorted(listed & _source_words()) == [], "listed as never raised, yet in the emulator's source"
    assert sorted(listed & _named_by_tests()) == [], "listed as never raised, yet a test names it"
