"""``/file/watermark``: an invisible watermark in each image; other files pass unchanged.

The mark (:mod:`transloadit_emulator.media.invisible_mark`) is a pseudo-random pattern in the
blue channel's lowest bit, keyed by the account's Auth Key, or by the Auth Key and the file's id
with ``randomize: true``. As the vendor says, watermarking is best effort: files that are not
images, or that cannot be decoded, are returned unchanged and the Step still succeeds. Images
keep their format; in JPEG (lossy) the mark is weak.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PIL import UnidentifiedImageError

from ..media.image.encode import PILLOW_ERRORS, save_result
from ..media.invisible_mark import embed, mark_key
from ..media.pixels import open_image
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.names import basename


class FileWatermark(PerFileRobot):
    """Watermarks images invisibly; passes other files through."""

    name = "/file/watermark"
    job_slots = 2  # the vendor's 20 queue slots, on the emulator's scale (/video/encode's 60 -> 6)

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Mark one image (or forward any other file unchanged)."""
        name = basename(str(file.record.get("name") or file.path.name))
        unchanged = [OutputFile(path=file.path, name=name, source=file, passthrough=True)]
        if file.record.get("type") != "image":
            return unchanged
        parts = [ctx.account_key]
        if params.get("randomize") is True:
            parts.append(str(file.record.get("id") or name))
        try:
            with open_image(file.path) as src:
                if int(getattr(src, "n_frames", 1)) > 1:
                    return unchanged  # animations: best effort means untouched
                marked = embed(src, mark_key(*parts))
                path, out_name = save_result(marked, ctx.scratch_dir, name, src.format, None, 100, lossless=True)
        except (UnidentifiedImageError, *PILLOW_ERRORS):
            return unchanged
        return [OutputFile(path=path, name=out_name, source=file)]
