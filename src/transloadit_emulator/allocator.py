"""Process-wide memory allocator settings for the server.

Each Assembly moves megabytes through short-lived buffers: request body chunks, the spooled
upload, the file handed to the image decoder. glibc returns such buffers to the kernel (by
unmapping them or trimming its per-thread heaps) and the next Assembly pays a page fault for
every 4 KiB it touches again: thousands per Assembly, a tenth of the server's CPU time. Fixed
thresholds keep those buffers in the heaps for reuse; memory the heaps hold beyond the trim
threshold is still given back.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
#: Allocations from this size up still get their own mapping (video frames, huge images).
MMAP_THRESHOLD = 8 * 1024 * 1024
#: Free memory a heap keeps for reuse before it is trimmed.
TRIM_THRESHOLD = 64 * 1024 * 1024

_log = logging.getLogger(__name__)


def tune_allocator() -> bool:
    """Set glibc's mmap and trim thresholds; False where the C library is not glibc."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # musl and others have no mallopt
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    done = bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD))
    if not done:
        _log.debug("mallopt refused the thresholds; keeping the allocator's defaults")
    return done
