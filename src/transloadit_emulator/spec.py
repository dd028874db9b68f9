"""The OpenAPI contract, loaded once: robots validate their Step params against its schemas."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

#: openapi.yaml ships inside the package (a symlink to the repository's single copy).
SPEC_PATH = Path(__file__).with_name("openapi.yaml")


@functools.cache
def load_spec() -> dict[str, Any]:
    """The parsed openapi.yaml."""
    with open(SPEC_PATH, encoding="utf-8") as fh:
        # libyaml's loader reads the 140 KB spec in a tenth of the pure-Python one's time (start-up).
        spec: dict[str, Any] = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return spec


def spec_bytes() -> bytes:
    """The raw openapi.yaml, for serving it."""
    return SPEC_PATH.read_bytes()


#: The HTML reference `make docs` builds from openapi.yaml, committed so serving it needs no Node, and
#: the sha256 of the openapi.yaml it was built from (tests/e2e/test_docs.py compares the two).
DOCS_PATH = Path(__file__).with_name("docs") / "api.html"
DOCS_SOURCE_PATH = DOCS_PATH.with_name("api.sha256")


def docs_bytes() -> bytes | None:
    """The HTML reference, or None when it is missing."""
    try:
        return DOCS_PATH.read_bytes()
    except FileNotFoundError:
        return None
