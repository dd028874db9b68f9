"""``/image/optimize``: make images smaller without changing what they show.

The optimisers are :mod:`transloadit_emulator.media.optimize`'s (MozJPEG for JPEG, oxipng for
PNG; other formats pass unchanged). ``preserve_meta_data: false`` drops metadata; ``progressive``
asks for Adam7 PNGs (JPEGs come out progressive anyway); ``lossy: true`` also tries a re-encode
(JPEG) or a 256-colour palette (PNG); ``priority: conversion-speed`` searches less. The result is
never larger than the input: when the optimised bytes are not smaller, the input's bytes are the
result. ``fix_breaking_images`` (on by default) re-encodes an image the optimiser cannot read, as
far as it decodes; that result may be larger. Without it such an image fails the Step with
``INVALID_INPUT_ERROR``.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import RobotError
from ..media.optimize import OPTIMIZE_ERRORS, REPAIR_ERRORS, optimize_bytes, repair
from .base import InputFile, OutputFile, PerFileRobot, RobotContext, error_reason
from .support.names import basename


class ImageOptimize(PerFileRobot):
    """Losslessly shrinks JPEG and PNG images; other images pass unchanged."""

    name = "/image/optimize"
    accepts = frozenset({"image"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Optimise one image into ``ctx.scratch_dir``; never larger than the input."""
        name = basename(str(file.record.get("name") or file.path.name))
        data = file.path.read_bytes()
        keep_meta = params.get("preserve_meta_data", True) is not False
        progressive = params.get("progressive") is True
        lossy = params.get("lossy") is True
        fast = params.get("priority") == "conversion-speed"
        try:
            best = optimize_bytes(data, keep_meta=keep_meta, progressive=progressive, lossy=lossy, fast=fast)
        except OPTIMIZE_ERRORS as exc:
            if params.get("fix_breaking_images", True) is False:
                raise RobotError(
                    "INVALID_INPUT_ERROR", f"The image {name!r} cannot be optimized: {error_reason(exc)}"
                ) from None
            try:
                best = repair(data)
            except REPAIR_ERRORS as broken:
                raise RobotError(
                    "INVALID_INPUT_ERROR", f"The image {name!r} cannot be repaired: {error_reason(broken)}"
                ) from None
        return [OutputFile(path=_write(ctx.scratch_dir, name, best), name=name, source=file)]


def _write(scratch: Path, name: str, data: bytes) -> Path:
    scratch.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="optimize-", suffix=f"-{name[-100:]}", dir=scratch)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return Path(tmp)
