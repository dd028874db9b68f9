"""The pytest plugin of the Transloadit toolkit: a local emulator for your tests, with its control plane.

Installed with the package (entry point ``pytest11``: ``transloadit``). Fixtures:

- ``transloadit_emulator`` (session): the emulator on a free loopback port, its data in a
  temporary directory, started on first use and stopped at the end of the session.
- ``emulator`` (function): resets the emulator (state, faults, clock) before the test and
  hands out its control plane (:class:`EmulatorControl`).
- ``transloadit`` / ``async_transloadit``: the kit's ``Transloadit`` / ``AsyncTransloadit``
  configured for it (after the reset).
- ``emulator_faults``, ``emulator_clock``, ``emulator_outbox``: the control plane's parts.

A package of its own, above both the emulator and the kit: it joins them, and the emulator
must not import the kit (so a signing bug shows on one side), nor the kit the emulator.
"""

from .control import EmulatorClock, EmulatorControl, EmulatorFaults, EmulatorOutbox
from .server import RunningEmulator, start_emulator

__all__ = [
    "EmulatorClock",
    "EmulatorControl",
    "EmulatorFaults",
    "EmulatorOutbox",
    "RunningEmulator",
    "start_emulator",
]
