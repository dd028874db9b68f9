"""Engine commands run like ``subprocess.run``, and are killed once their Assembly stops running."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from transloadit_emulator.media.commands import CommandStopped, run_command, stop_commands_when

PRINT_AND_EXIT = [sys.executable, "-c", "import sys; print('out'); print('err', file=sys.stderr); sys.exit(3)"]
SLEEP = [sys.executable, "-c", "import time; time.sleep(60)"]


@pytest.mark.parametrize("stoppable", [False, True])
def test_a_command_runs_to_its_end_with_its_output_and_exit_code(stoppable: bool) -> None:
    if stoppable:
        with stop_commands_when(lambda: False):
            done = run_command(PRINT_AND_EXIT, 30)
    else:
        done = run_command(PRINT_AND_EXIT, 30)
    assert (done.returncode, done.stdout.strip(), done.stderr.strip()) == (3, b"out", b"err")


def test_a_stopped_assembly_kills_its_command() -> None:
    asked = time.monotonic()
    with stop_commands_when(lambda: time.monotonic() - asked > 0.5), pytest.raises(CommandStopped) as stopped:
        run_command(SLEEP, 120)
    assert stopped.value.code == "ASSEMBLY_CANCELED"
    assert time.monotonic() - asked < 30  # killed, not slept out (the command sleeps 60 s)


def test_the_timeout_still_applies_to_a_stoppable_command() -> None:
    with stop_commands_when(lambda: False), pytest.raises(subprocess.TimeoutExpired):
        run_command(SLEEP, 0.5)


def test_the_check_belongs_to_the_block_that_set_it() -> None:
    with stop_commands_when(lambda: True):
        pass
    assert run_command(PRINT_AND_EXIT, 30).returncode == 3  # outside the block: nothing stops it
