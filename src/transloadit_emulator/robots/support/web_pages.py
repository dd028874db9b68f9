"""What ``/html/convert`` and ``/document/convert`` share about rendering pages in Chromium:
the request guard that keeps a page from reaching private addresses (the import rules of
``outbound/http_fetch.py``), and engine failures as robot errors."""

from __future__ import annotations

from collections.abc import Callable

from ...errors import RobotError
from ...media.chromium import BrowserError
from ...outbound.http_fetch import non_public_address
from ..base import RobotContext


def host_guard(ctx: RobotContext) -> Callable[[str], bool] | None:
    """None when private addresses are allowed, else a check that refuses hosts with a
    loopback, private or link-local address (checked when Chromium asks, not pinned: see ARCHITECTURE.md)."""
    if ctx.allow_private_imports:
        return None
    return lambda host: non_public_address(host) is None


def browser_failure(exc: BrowserError) -> RobotError:
    """A failed render as the generic engine error."""
    return RobotError("INTERNAL_COMMAND_ERROR", f"Chromium could not render the page: {exc}")
