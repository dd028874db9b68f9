"""The compat summary: how many official-client tests ran, so none can vanish unnoticed.

Skips come only from TRANSLOADIT_SKIP_COMPAT (tests/compat/runtimes.py); their reasons are listed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

_HERE = Path(__file__).parent


def _is_compat(report: pytest.TestReport) -> bool:
    return report.nodeid.startswith("tests/compat/") or Path(report.fspath).resolve().is_relative_to(_HERE)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line: compat tests passed, failed and skipped (with the skip reasons)."""
    counts: dict[str, int] = {}
    reasons: set[str] = set()
    for outcome in ("passed", "failed", "error", "skipped"):
        for report in terminalreporter.stats.get(outcome, []):
            if not isinstance(report, pytest.TestReport) or not _is_compat(report):
                continue
            if outcome == "passed" and report.when != "call":
                continue
            counts[outcome] = counts.get(outcome, 0) + 1
            if outcome == "skipped" and isinstance(report.longrepr, tuple):
                reasons.add(str(report.longrepr[2]).removeprefix("Skipped: "))
    if not counts:
        return
    ran = counts.get("passed", 0) + counts.get("failed", 0)
    parts = [f"{counts[k]} {k}" for k in ("passed", "failed", "error", "skipped") if counts.get(k)]
    terminalreporter.write_sep("=", f"compat (official clients): {ran} ran; " + ", ".join(parts))
    for reason in sorted(reasons):
        terminalreporter.write_line(f"  skipped: {reason}")
