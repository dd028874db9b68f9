"""Decoded pixels shared between metadata extraction and the robots, and Pillow's memory setup.

Decoding a photo-sized JPEG is dominated by its entropy decoding, which a reduced-scale decode
(``Image.draft``) cannot skip: reading an upload's ``average_color`` costs almost as much as the
decode the resize Step does right after. So when the Assembly's plan says a Step will read an
upload at a reduced scale, metadata extraction decodes it at that scale once and leaves the
pixels here; the robot takes them instead of decoding the file again.

The pixels travel with the upload object (:class:`DecodedPixels`, no module-level state) and
are taken at most once; pixels nobody took go when the upload's Assembly ends.
"""

from __future__ import annotations

import os
import threading
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

#: The transposition that shows an image upright, by EXIF orientation (as ``ImageOps.exif_transpose``).
UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

#: Files up to this size are handed to the decoder in one piece (see :func:`open_image`).
_WHOLE_FILE_DECODE_MAX = 32 * 1024 * 1024


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


class DecodedPixels:
    """Pixels of one file that metadata extraction decoded, handed once to the next reader.

    It travels with the upload (``InputFile.pixels``) to the robot; whoever takes it first
    gets it, so every copy of that ``InputFile`` shares one hand-off.
    """

    def __init__(self, image: Image.Image) -> None:
        self._image: Image.Image | None = image
        self._lock = threading.Lock()

    def take(self, box: tuple[int, int]) -> Image.Image | None:
        """The pixels if both sides cover ``box``; they are handed out at most once either way."""
        with self._lock:
            image, self._image = self._image, None
        if image is None or image.width < box[0] or image.height < box[1]:
            return None
        return image

    @property
    def taken(self) -> bool:
        """Whether the pixels were handed out (or dropped)."""
        with self._lock:
            return self._image is None
