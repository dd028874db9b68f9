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
        spec: dict[str, Any] = yaml.safe_load(fh)
    return spec


def spec_bytes() -> bytes:
    """The raw openapi.yaml, for serving it."""
    return SPEC_PATH.read_bytes()


#: The HTML reference `make docs` builds from openapi.yaml (make serve and make test build it first).
DOCS_PATH = Path(__file__).with_name("docs") / "api.html"


def docs_bytes() -> bytes | None:
    """The built HTML reference, or None when it was never built."""
    try:
        return DOCS_PATH.read_bytes()
    except FileNotFoundError:
        return None
