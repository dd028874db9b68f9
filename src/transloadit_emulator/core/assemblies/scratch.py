"""A Step's scratch space: a directory of its own under the scratch root while the Step runs.

One directory per Step, not per Assembly: creating and removing directories is what a
filesystem charges most for (inode and block allocation), and a Step's results have moved into
the blob store by the time it ends, so its directory is usually empty and one ``rmdir`` removes it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def new_step_scratch(root: Path, assembly_id: str) -> Path:
    """A fresh, empty directory under ``root`` for one Step of the Assembly."""
    return Path(tempfile.mkdtemp(prefix=f"{assembly_id}-step-", dir=root))


def remove_step_scratch(path: Path) -> None:
    """Remove a Step's scratch directory: one rmdir when it is empty, else with what is left."""
    try:
        os.rmdir(path)
    except OSError:
        shutil.rmtree(path, ignore_errors=True)
