"""Decoded pixels shared between metadata extraction and the robots, and Pillow's memory setup.

Decoding a photo-sized JPEG is dominated by its entropy decoding, which a reduced-scale decode
(``Image.draft``) cannot skip: reading an upload's ``average_color`` costs almost as much as the
decode the resize Step does right after. So when the Assembly's plan says a Step will read an
upload at a reduced scale, metadata extraction decodes it at that scale once and leaves the
pixels here; the robot takes them instead of decoding the file again.

Entries are keyed by the file's identity (path, size, mtime) and taken at most once. A bounded
LRU drops entries nobody took (a canceled Assembly, a Step that was skipped).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from pathlib import Path

from PIL import Image, ImageFile
from PIL import _imaging as pillow_core

# Pillow frees image memory back to the allocator and asks for new pages for the next image,
# which costs a page fault per 4 KiB touched (thousands per photo). Keeping a few freed blocks
# (16 MiB at most each) lets the next image reuse them. Both the emulator and direct callers of
# the robots get this on import.
_PILLOW_BLOCKS_MAX = 16
if pillow_core.get_blocks_max() < _PILLOW_BLOCKS_MAX:
    pillow_core.set_blocks_max(_PILLOW_BLOCKS_MAX)

#: Files up to this size are handed to the decoder in one piece (see :func:`open_image`).
_WHOLE_FILE_DECODE_MAX = 32 * 1024 * 1024

_FileKey = tuple[str, int, int]


def open_image(path: Path) -> Image.Image:
    """``Image.open(path)``, set to feed the decoder the whole file at once when it loads.

    Pillow reads 64 KiB at a time and re-enters the decoder for each block, taking the GIL back
    every time: with other threads busy that is a wait per block. One block is one wait.
    """
    img = Image.open(path)
    try:
        size = os.path.getsize(path)
    except OSError:
        return img
    if isinstance(img, ImageFile.ImageFile) and size <= _WHOLE_FILE_DECODE_MAX:
        img.decodermaxblock = max(img.decodermaxblock, size)
    return img


class DecodedImages:
    """A bounded handoff of loaded images from the code that decoded a file to its next reader."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._entries: OrderedDict[_FileKey, Image.Image] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def keep(self, path: Path, image: Image.Image) -> None:
        """Leave ``image``, the loaded pixels of ``path``, for one later :meth:`take`."""
        key = _file_key(path)
        size = _footprint(image)
        if key is None or size > self.max_bytes:
            return
        with self._lock:
            previous = self._entries.pop(key, None)
            if previous is not None:
                self._bytes -= _footprint(previous)
            self._entries[key] = image
            self._bytes += size
            while self._bytes > self.max_bytes:
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= _footprint(dropped)

    def take(self, path: Path, box: tuple[int, int]) -> Image.Image | None:
        """The pixels kept for ``path`` if both sides cover ``box``; they leave the handoff either way."""
        key = _file_key(path)
        if key is None:
            return None
        with self._lock:
            image = self._entries.pop(key, None)
            if image is not None:
                self._bytes -= _footprint(image)
        if image is None or image.width < box[0] or image.height < box[1]:
            return None
        return image

    def clear(self) -> None:
        """Drop every kept image."""
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)


def _file_key(path: Path) -> _FileKey | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (os.fspath(path), st.st_size, st.st_mtime_ns)


def _footprint(img: Image.Image) -> int:
    # Pillow stores 1, 2 or 4 bytes per pixel; 4 is the common (RGB/RGBA) case and an upper bound.
    return img.width * img.height * 4


#: The process-wide handoff (room for about 30 decoded 12-megapixel photos at half scale).
decoded_images = DecodedImages(max_bytes=128 * 1024 * 1024)
