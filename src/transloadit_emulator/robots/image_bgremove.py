"""``/image/bgremove``: cut the foreground out (or keep the background) as a transparent image.

No model: :func:`media.bgremove.remove_background` runs OpenCV's GrabCut seeded from the image's
centre and a saliency map (spectral residual plus distance from the border colour). ``format``
is ``png`` (default), ``gif`` or ``webp``; ``provider`` and ``model`` are accepted and have no
local meaning.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PIL import UnidentifiedImageError

from ..errors import RobotError
from ..media.bgremove import remove_background
from ..media.image.encode import PILLOW_ERRORS, save_result
from ..media.pixels import open_image
from .base import InputFile, OutputFile, PerFileRobot, RobotContext, undecodable
from .support.names import basename


class ImageBgremove(PerFileRobot):
    """Makes each image's background (or foreground) transparent."""

    name = "/image/bgremove"
    #: The vendor's segmentation services and models: the local classical segmentation is the one engine.
    params_without_local_meaning = frozenset({"model", "provider"})
    accepts = frozenset({"image"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Segment one image and write it with an alpha channel into ``ctx.scratch_dir``."""
        name = basename(str(file.record.get("name") or file.path.name))
        fmt = str(params.get("format") or "png")
        keep = "background" if params.get("select") == "background" else "foreground"
        try:
            with open_image(file.path) as src:
                out = remove_background(src, keep)
                path, out_name = save_result(out, ctx.scratch_dir, name, src.format, fmt)
        except UnidentifiedImageError:
            raise undecodable(file, "it is not an image") from None
        except PILLOW_ERRORS as exc:
            raise RobotError(
                "IMAGE_BGREMOVE_VALIDATION", f"The background of {name!r} could not be removed: {exc}"
            ) from None
        return [OutputFile(path=path, name=out_name, source=file)]
