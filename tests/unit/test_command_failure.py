"""media/commands.py: what a failed engine command puts in the error status, from real processes."""

from __future__ import annotations

import os
import subprocess
import sys

from transloadit_emulator.media.commands import OUTPUT_TAIL, command_failure


def run(code: str) -> tuple[list[str], subprocess.CompletedProcess[bytes]]:
    command = [sys.executable, "-c", code]
    return command, subprocess.run(command, capture_output=True, timeout=30, check=False)


def test_an_exit_code_with_the_end_of_its_output() -> None:
    command, done = run("import sys; print('x' * 5000); sys.stderr.write('bad input'); sys.exit(3)")
    keys = command_failure(command, done.returncode, done.stdout, done.stderr)
    assert keys["cmd"] == [os.path.basename(sys.executable), *command[1:]]  # the program's name, not its path
    assert (keys["exitCode"], keys["exitSignal"]) == (3, None)
    assert len(keys["stdout"]) == OUTPUT_TAIL and keys["stderr"] == "bad input"


def test_a_signal_gives_its_name_and_no_exit_code() -> None:
    command, done = run("import os, signal; os.kill(os.getpid(), signal.SIGKILL)")
    keys = command_failure(command, done.returncode, done.stdout, done.stderr.decode())
    assert (keys["exitCode"], keys["exitSignal"]) == (None, "SIGKILL")
