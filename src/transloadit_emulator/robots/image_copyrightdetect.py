"""``/image/copyrightdetect``: whether each image matches a known stock photo or copyrighted work.

The vendor looks images up in reverse-image databases, which have no local equivalent and no
OpenAI-compatible API: the emulator's stand-in always answers "no match" (``licenses: []``,
``flagged: false``, ``max_confidence: 0``) with the Step's ``confidence_threshold`` and
``categories``, so ``error_on_decline``/``error_msg`` never fire. ``format``: a JSON file or
``meta.copyright``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.ai_results import LOCAL, result


class ImageCopyrightdetect(PerFileRobot):
    """Reports no copyright match for every image."""

    name = "/image/copyrightdetect"
    accepts = frozenset({"image"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The findings of one image: none."""
        data = {
            "licenses": [],
            "flagged": False,
            "max_confidence": 0,
            "confidence_threshold": params.get("confidence_threshold", 80),
            "categories": params.get("categories") or ["all"],
        }
        fmt = "meta" if params.get("format") == "meta" else "json"
        name = str(file.record.get("name") or file.path.name)
        return [result(ctx.scratch_dir, file, name, fmt, data, "", "copyright", {"ai_provider": LOCAL})]
