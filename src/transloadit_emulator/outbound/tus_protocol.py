"""tus 1.0.0 wire details shared by the emulator's tus server (``http/tus.py``) and its tus client
(``tus_upload.py``, for ``/tus/store``). Imports no HTTP client, so the server may load it at start-up."""

from __future__ import annotations

import base64
from collections.abc import Mapping

TUS_VERSION = "1.0.0"


def encode_metadata(metadata: Mapping[str, str]) -> str:
    """``Upload-Metadata``: ``key base64(value)`` pairs, comma-separated."""
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in metadata.items())
