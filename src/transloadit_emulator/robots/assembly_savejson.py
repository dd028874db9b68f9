"""``/assembly/savejson``: write the Assembly Status as a JSON file, as a result of its own.

The Step runs after every other Step of the Assembly (whatever its ``use``), so the file holds
their results; it is the status as it stands then: still ``ASSEMBLY_EXECUTING``, without this
Step's own result, and with the ``params`` masked as every status read shows them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .base import InputFile, OutputFile, Robot, RobotContext


class AssemblySavejson(Robot):
    """Saves the Assembly Status JSON."""

    name = "/assembly/savejson"
    takes_input = False
    runs_last = True

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """One file, ``<assembly id>.json``, holding the status."""
        path = ctx.scratch_dir / "assembly.json"
        path.write_bytes(ctx.assembly_status())
        return [OutputFile(path=path, name=f"{ctx.assembly_id}.json", source=None)]
