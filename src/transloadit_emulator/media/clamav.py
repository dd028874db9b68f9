"""Virus scanning with ClamAV's ``clamscan`` (Debian's ``clamav`` package, installed by ``make install``).

By default clamscan reads only the signature database shipped here (``signatures/emulator.ndb``):
one body signature for the EICAR test file, which ClamAV also finds inside archives it unpacks
(zip, tar, gzip, ...). That keeps scans fast and offline, and EICAR is what integration tests use
(Transloadit allows it for exactly that). ``TRANSLOADIT_EMULATOR_CLAMAV_DATABASE`` points clamscan at
a full database instead (a directory ``freshclam`` filled, or a file); ``TRANSLOADIT_EMULATOR_CLAMSCAN``
names another binary.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

SHIPPED_DATABASE = Path(__file__).with_name("signatures") / "emulator.ndb"
_TIMEOUT = 600


class ScanError(Exception):
    """clamscan is missing or failed (not: found a virus)."""


@dataclass(frozen=True)
class Verdict:
    """What clamscan said about one file: ``signature`` is the name of what it found, or None."""

    infected: bool
    signature: str | None = None


def database() -> Path:
    """The signature database clamscan reads: the configured one, else the shipped EICAR one."""
    configured = os.environ.get("TRANSLOADIT_EMULATOR_CLAMAV_DATABASE")
    return Path(configured) if configured else SHIPPED_DATABASE


def clamscan() -> str:
    """The clamscan binary; ``ScanError`` when it is not installed."""
    configured = os.environ.get("TRANSLOADIT_EMULATOR_CLAMSCAN")
    found = configured or shutil.which("clamscan")
    if not found:
        raise ScanError("clamscan is not installed (Debian package clamav; run make install)")
    return found


def scan(path: Path) -> Verdict:
    """Scan one file (archives unpacked) with the configured database."""
    command = [clamscan(), "--no-summary", "--stdout", "--scan-archive=yes", "-d", str(database()), "--", str(path)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ScanError(f"clamscan could not run: {exc}") from None
    if done.returncode == 0:
        return Verdict(False)
    if done.returncode == 1:
        return Verdict(True, _signature(done.stdout))
    raise ScanError(f"clamscan failed ({done.returncode}): {(done.stderr or done.stdout).strip()[-300:]}")


def _signature(output: str) -> str | None:
    """The signature name of ``<path>: <name> FOUND`` lines (the path may hold ``: `` itself)."""
    for line in output.splitlines():
        if line.endswith(" FOUND"):
            return line[: -len(" FOUND")].rsplit(": ", 1)[-1].removesuffix(".UNOFFICIAL")
    return None
