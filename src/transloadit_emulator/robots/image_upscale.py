"""``/image/upscale``: enlarge images 2x or 4x without a model.

The real robot runs AI upscalers (``model``, ``provider``); here :func:`media.enhance.upscale`
resamples with Lanczos and sharpens edges with a bilateral filter's detail layer (edges crisper,
no halos); ``face_enhance`` adds a light non-local means pass. ``model`` and ``provider`` are
accepted and have no local meaning. Results keep the input's format and name, are upright (EXIF
orientation applied) and are marked ``meta.ai_provider: "emulator-local"`` as the other AI
robots' local stand-ins; results above 25,000,000 pixels are refused (``IMAGE_UPSCALE_VALIDATION``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PIL import ImageOps, UnidentifiedImageError

from ..errors import RobotError
from ..media.enhance import upscale
from ..media.image.encode import PILLOW_ERRORS, save_result
from ..media.pixels import open_image
from .base import InputFile, OutputFile, PerFileRobot, RobotContext, undecodable
from .support.ai_results import LOCAL
from .support.names import basename

#: Largest result, in pixels (the limit the emulator's other image robots keep).
MAX_PIXELS = 25_000_000


class ImageUpscale(PerFileRobot):
    """Upscales each image 2x or 4x."""

    name = "/image/upscale"
    accepts = frozenset({"image"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Upscale one image into ``ctx.scratch_dir``."""
        name = basename(str(file.record.get("name") or file.path.name))
        scale = 4 if params.get("scale") == 4 else 2
        try:
            with open_image(file.path) as src:
                if src.width * src.height * scale * scale > MAX_PIXELS:
                    raise RobotError(
                        "IMAGE_UPSCALE_VALIDATION",
                        f"{name!r} upscaled {scale}x would pass {MAX_PIXELS:,} pixels.",
                    )
                out = upscale(ImageOps.exif_transpose(src), scale, params.get("face_enhance") is True)
                path, out_name = save_result(out, ctx.scratch_dir, name, src.format)
        except UnidentifiedImageError:
            raise undecodable(file, "it is not an image") from None
        except PILLOW_ERRORS as exc:
            raise RobotError("IMAGE_UPSCALE_VALIDATION", f"The file {name!r} could not be upscaled: {exc}") from None
        return [OutputFile(path=path, name=out_name, source=file, meta={"ai_provider": LOCAL, "scale": scale})]
