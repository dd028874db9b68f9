"""``/tlcdn/deliver``: the CDN half of Smart CDN, implicit in every Smart CDN request.

The emulator's Smart CDN route caches what ``/file/serve`` serves (``core/smart_cdn.py``); as a
Step of its own it has nothing to do and produces no files (``enable_hipaa_compliance`` only
changes the vendor's price).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .base import InputFile, OutputFile, Robot, RobotContext


class TlcdnDeliver(Robot):
    """Accepted and run as a no-op: delivery happens on the Smart CDN route."""

    name = "/tlcdn/deliver"
    takes_input = False
    stores_only = True

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Nothing to produce."""
        return []
