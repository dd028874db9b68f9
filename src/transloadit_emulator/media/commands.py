"""Engine commands: running one so that a canceled Assembly stops it, and what the error variant of
an Assembly Status says about one that failed."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from ..errors import RobotError

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


#: The check that stops the commands of the Step running in this thread (see :func:`stop_commands_when`).
_STOP: ContextVar[Callable[[], bool] | None] = ContextVar("stop_commands", default=None)
#: How often a running command looks at that check, in seconds.
STOP_POLL = 0.25


class CommandStopped(RobotError):
    """A command was killed because its Assembly no longer runs (canceled, or handed elsewhere)."""

    def __init__(self, command: Sequence[str]) -> None:
        name = os.path.basename(command[0])
        super().__init__("ASSEMBLY_CANCELED", f"{name} was stopped: the Assembly no longer runs.")


@contextmanager
def stop_commands_when(check: Callable[[], bool]) -> Iterator[None]:
    """Commands run through :func:`run_command` in this thread are killed once ``check()`` is true:
    the executor wraps each Step in it, so a canceled Assembly's ffmpeg does not run on for minutes."""
    token = _STOP.set(check)
    try:
        yield
    finally:
        _STOP.reset(token)


def run_command(
    command: Sequence[str], timeout: float, *, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """``subprocess.run(command, capture_output=True, timeout=timeout, env=env)``; when a
    :func:`stop_commands_when` check turns true first, the command is killed and
    :class:`CommandStopped` raised."""
    stop = _STOP.get()
    if stop is None:
        return subprocess.run(command, capture_output=True, timeout=timeout, check=False, env=env)
    deadline = time.monotonic() + timeout
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as proc:
        while True:
            try:  # communicate may be called again after its timeout without losing output
                out, err = proc.communicate(timeout=max(0.0, min(STOP_POLL, deadline - time.monotonic())))
                return subprocess.CompletedProcess(list(command), proc.returncode, out, err)
            except subprocess.TimeoutExpired:
                if stop():
                    proc.kill()
                    proc.communicate()
                    raise CommandStopped(command) from None
                if time.monotonic() >= deadline:
                    proc.kill()
                    out, err = proc.communicate()
                    raise subprocess.TimeoutExpired(list(command), timeout, out, err) from None
