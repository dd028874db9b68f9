"""``/progress/simulate``: a test robot that works for ``duration`` seconds and makes files.

It sleeps ``duration`` seconds (at most 300) in steps, then makes ``output_files`` small text
files (at most 100), ``simulated-<N>.txt``, each derived from the first input when there is one.
``emit_progress`` and ``predict_output`` have no local meaning: the emulator reports no
per-Step progress events and announces no results before they exist.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import RobotError
from .base import InputFile, OutputFile, Robot, RobotContext

_MAX_SECONDS = 300.0
_MAX_FILES = 100


class ProgressSimulate(Robot):
    """Pretends to work."""

    name = "/progress/simulate"

    def runs_alone(self, params: Mapping[str, Any]) -> bool:
        """It works with or without files."""
        return True

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Wait, then make the files."""
        seconds = float(params.get("duration") or 0)
        count = int(params.get("output_files") or 0)
        if not 0 <= seconds <= _MAX_SECONDS or not 0 <= count <= _MAX_FILES:
            raise RobotError(
                "PROGRESS_SIMULATE_VALIDATION",
                f"duration must be 0-{_MAX_SECONDS:.0f} s and output_files 0-{_MAX_FILES}.",
            )
        time.sleep(seconds)
        outputs = []
        for index in range(1, count + 1):
            out = ctx.scratch_dir / f"simulated-{index}.txt"
            out.write_text(f"simulated result {index} of {count}\n")
            outputs.append(OutputFile(out, out.name, files[0] if files else None))
        return outputs
