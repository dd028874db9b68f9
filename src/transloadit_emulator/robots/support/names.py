"""Result file names from client-supplied names."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_SEPARATORS = re.compile(r"[\\/]")


def basename(name: str) -> str:
    """The last path component of a client-supplied name (never a path into the scratch dir)."""
    return _SEPARATORS.split(name)[-1].strip() or "file"


def stem(name: str) -> str:
    """``name`` without its extension (a leading dot is not one: ``.profile`` stays)."""
    return name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name


def extension(record: Mapping[str, Any]) -> str:
    """A file's extension from its status record: ``ext``, else the end of its ``name``."""
    ext = record.get("ext")
    if isinstance(ext, str) and ext:
        return ext
    name = basename(str(record.get("name") or ""))
    return name.rsplit(".", 1)[1] if "." in name.lstrip(".") else ""
