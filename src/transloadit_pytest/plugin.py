"""The fixtures (registered by the ``pytest11`` entry point ``transloadit``).

Nothing starts unless a test asks for one of them: the emulator comes up on the first test that
uses it and serves the rest of the session. The plugin is loaded in every pytest run of an
environment that has the package, so the emulator, the kit and the generated client are imported
only by the fixtures that need them.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from transloadit_kit import AsyncTransloadit, Transloadit

    from .control import EmulatorClock, EmulatorControl, EmulatorFaults, EmulatorOutbox
    from .server import RunningEmulator


@pytest.fixture(scope="session")
def transloadit_emulator() -> Iterator[RunningEmulator]:
    """The emulator on a free loopback port, its data in a temporary directory, for the session."""
    from .server import start_emulator

    data_dir = Path(tempfile.mkdtemp(prefix="transloadit-emulator-"))
    running = start_emulator(data_dir / "data")
    try:
        yield running
    finally:
        running.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture
def emulator(transloadit_emulator: RunningEmulator) -> Iterator[EmulatorControl]:
    """The control plane, after a reset: no Assemblies, records, files or Notifications, no
    faults armed, the clock on system time."""
    from transloadit_kit import Transloadit

    from .control import EmulatorControl

    running = transloadit_emulator
    with Transloadit(running.key, running.secret, service=running.url) as kit:
        control = EmulatorControl(kit, running.receiver.url)
        control.faults.clear()
        control.clock.reset()
        control.reset()
        yield control


@pytest.fixture
def transloadit(transloadit_emulator: RunningEmulator, emulator: EmulatorControl) -> Iterator[Transloadit]:
    """The kit's blocking ``Transloadit``, configured for the emulator (reset before the test)."""
    from transloadit_kit import Transloadit

    running = transloadit_emulator
    with Transloadit(running.key, running.secret, service=running.url) as kit:
        yield kit


@pytest.fixture
async def async_transloadit(
    transloadit_emulator: RunningEmulator, emulator: EmulatorControl
) -> AsyncIterator[AsyncTransloadit]:
    """The kit's ``AsyncTransloadit``, configured for the emulator (needs an async test runner
    such as pytest-asyncio or anyio)."""
    from transloadit_kit import AsyncTransloadit

    running = transloadit_emulator
    async with AsyncTransloadit(running.key, running.secret, service=running.url) as kit:
        yield kit


@pytest.fixture
def emulator_faults(emulator: EmulatorControl) -> EmulatorFaults:
    """Arm failing or slow robot jobs, refused creations and broken Notifications; cleared between tests."""
    return emulator.faults


@pytest.fixture
def emulator_clock(emulator: EmulatorControl) -> EmulatorClock:
    """Read, freeze and advance the emulator's time; back on system time between tests."""
    return emulator.clock


@pytest.fixture
def emulator_outbox(emulator: EmulatorControl) -> EmulatorOutbox:
    """The Notifications sent and pending, and ``receiver_url``, a ``notify_url`` that answers 200."""
    return emulator.outbox
