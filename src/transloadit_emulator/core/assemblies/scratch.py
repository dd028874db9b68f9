"""A Step's scratch space: a directory of its own under the scratch root while the Step runs.

Directories are reused, not made and removed per Step: creating a directory is what a filesystem
charges most for (an inode, and on ext4 without a journal a scan past every recently freed one),
and a Step's results have moved into the blob store by the time it ends, so its directory is
usually empty again and can serve the next Step as it is. One a robot left files in is removed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from pathlib import Path

#: Empty directories kept for reuse; more Steps than this at once make (and later drop) new ones.
_KEEP = 32


class StepScratch:
    """The scratch directories of one scratch root, handed to one Step at a time."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._free: list[Path] = []
        self._lock = threading.Lock()

    def take(self) -> Path:
        """An empty directory under the root for one Step, until :meth:`give_back`."""
        with self._lock:
            if self._free:
                return self._free.pop()
        return Path(tempfile.mkdtemp(prefix="step-", dir=self.root))

    def give_back(self, path: Path) -> None:
        """The Step ended: keep its directory for the next when it is empty, else remove it."""
        try:
            with os.scandir(path) as entries:
                empty = next(entries, None) is None
        except OSError:
            return  # gone (a robot removed it): nothing to keep or clean
        if empty:
            with self._lock:
                if len(self._free) < _KEEP:
                    self._free.append(path)
                    return
        shutil.rmtree(path, ignore_errors=True)
