"""The README's pytest example, taken from README.md as it is written."""

from __future__ import annotations

from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"
MARKER = "<!-- readme-pytest-example:"


def readme_example(readme: Path = README) -> str:
    """The python block right after the marker comment in the README."""
    text = readme.read_text()
    after = text[text.index(MARKER) :]
    start = after.index("```python\n") + len("```python\n")
    return after[start : after.index("```\n", start)]
