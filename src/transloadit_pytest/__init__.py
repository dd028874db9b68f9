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

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .control import EmulatorClock, EmulatorControl, EmulatorFaults, EmulatorOutbox
    from .server import RunningEmulator, start_emulator

# pytest imports this package in every run (the entry point names ``.plugin``): the emulator, the
# kit and the generated client are imported on first use of these names, not here.
_EXPORTS = {
    "EmulatorClock": "control",
    "EmulatorControl": "control",
    "EmulatorFaults": "control",
    "EmulatorOutbox": "control",
    "RunningEmulator": "server",
    "start_emulator": "server",
}


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(name)
    return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)


__all__ = [
    "EmulatorClock",
    "EmulatorControl",
    "EmulatorFaults",
    "EmulatorOutbox",
    "RunningEmulator",
    "start_emulator",
]
