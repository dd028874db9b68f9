"""What the error variant of an Assembly Status says about an engine command that failed."""

from __future__ import annotations

import os
import signal
from collections.abc import Sequence
from typing import Any

#: How much of a failed command's output the error status carries (its end, where the reason is).
OUTPUT_TAIL = 4096


def command_failure(
    command: Sequence[str], returncode: int | None, stdout: bytes, stderr: str | bytes
) -> dict[str, Any]:
    """The keys the error variant of an Assembly Status carries for a failed engine command, as the
    live API reports them: ``cmd`` (the program's name, not its path, and its arguments),
    ``exitCode`` and ``exitSignal`` (as Node's child_process: the code, or null and the signal's
    name, e.g. ``SIGKILL``, when a signal ended it), and the end of ``stdout`` and ``stderr``.
    ``returncode`` None: the command was stopped at its timeout (``subprocess.run`` kills it)."""
    if isinstance(stderr, bytes):
        stderr = stderr.decode("utf-8", "replace")
    if returncode is None:
        returncode = -signal.SIGKILL
    return {
        "cmd": [os.path.basename(command[0]), *command[1:]],
        "exitCode": returncode if returncode >= 0 else None,
        "exitSignal": _signal_name(-returncode) if returncode < 0 else None,
        "stdout": stdout.decode("utf-8", "replace")[-OUTPUT_TAIL:],
        "stderr": stderr[-OUTPUT_TAIL:],
    }


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"SIG{number}"
