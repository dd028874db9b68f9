"""Result file names from client-supplied names."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Mapping
from pathlib import Path
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


def own_dir(scratch: Path) -> Path:
    """A fresh directory in ``scratch`` for one input file's results: two inputs of one name give
    results of one name, which must not overwrite each other's file."""
    scratch.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="file-", dir=scratch))
