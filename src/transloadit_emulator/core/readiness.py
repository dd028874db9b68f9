"""``GET /_emulator/ready``: whether this process can serve now (database reachable, storage writable).

Health (``/_emulator/health``) says the process is up; readiness says its backends answer, so a
load balancer sends requests only to processes that can complete them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import orjson

from ..errors import TransloaditError

Check = Callable[[], None]


class Readiness:
    """Runs named checks; each raises when its backend cannot be used."""

    def __init__(self, checks: Mapping[str, Check], version: str) -> None:
        self.checks = dict(checks)
        self.version = version

    def report(self) -> bytes:
        """The ready body, or EMULATOR_NOT_READY (503) naming each failing check and why."""
        results: dict[str, str] = {}
        for name, check in self.checks.items():
            try:
                check()
                results[name] = "ok"
            except Exception as exc:  # any failure means not ready; say which and why
                results[name] = f"{type(exc).__name__}: {exc}"[:300]
        failing = sorted(name for name, result in results.items() if result != "ok")
        if failing:
            raise TransloaditError(
                "EMULATOR_NOT_READY",
                f"Not ready: {', '.join(failing)} failing.",
                info={"checks": results},
            )
        return orjson.dumps({"ok": "EMULATOR_READY", "version": self.version, "checks": results})
