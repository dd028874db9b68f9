"""A file a Step's params name by URL (a watermark, an image), fetched into the Step's scratch space."""

from __future__ import annotations

from pathlib import Path

from ...errors import RobotError
from ...outbound.http_fetch import RemoteFetchError, fetch_bytes
from ..base import RobotContext


def fetch_to_scratch(ctx: RobotContext, url: str, filename: str, code: str, what: str) -> Path:
    """``url``'s bytes as ``filename`` in the scratch space; ``code`` (naming ``what`` failed to
    arrive) when it cannot be fetched, private addresses refused unless the emulator allows them."""
    try:
        data = fetch_bytes(url, allow_private=ctx.allow_private_imports)
    except RemoteFetchError as exc:
        raise RobotError(code, f"{what} could not be fetched: {exc}") from None
    path = ctx.scratch_dir / filename
    path.write_bytes(data)
    return path
