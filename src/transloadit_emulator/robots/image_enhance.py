"""``/image/enhance``: auto levels, colour-grading presets, sharpening and denoising.

The classic engine's work is :mod:`transloadit_emulator.media.enhance` (percentile auto levels
with a gamma towards mid gray and a subtle unsharp mask; OpenCV non-local means denoising;
preset colour grades). ``engine: "ai"`` (Replicate models in the real API) runs the same classical
restoration here: ``auto`` levels plus light denoising (``face_restore`` too); ``ai_preset`` has
no further local meaning. The result keeps the input's format and name; an image type the
engine cannot read (SVG, ...) passes through unchanged, as the vendor's robot passes types
ImageMagick does not support. A Step given files of which none is an image fails with
``IMAGE_ENHANCE_NO_INPUT_FILE``: it has no input file to enhance.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PIL import UnidentifiedImageError

from ..errors import RobotError
from ..media.enhance import enhance
from ..media.image.encode import PILLOW_ERRORS, save_result
from ..media.pixels import open_image
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.names import basename


class ImageEnhance(PerFileRobot):
    """Enhances each image with classical adjustments."""

    name = "/image/enhance"
    #: One image engine (``imagemagick_stack``); ``ai_preset`` picks one of the vendor's Replicate models,
    #: and ``engine: ai`` runs the one local classical restoration whichever is named.
    params_without_local_meaning = frozenset({"ai_preset", "imagemagick_stack"})
    accepts = frozenset({"image"})
    no_input_code = "IMAGE_ENHANCE_NO_INPUT_FILE"  # given files, none of them an image
    job_slots = 2  # the vendor's 15 queue slots, on the emulator's scale (/video/encode's 60 -> 6)

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Enhance one image into ``ctx.scratch_dir``."""
        name = basename(str(file.record.get("name") or file.path.name))
        ai = params.get("engine") == "ai"
        mode = "auto" if ai else str(params.get("enhance") or "auto")
        preset = "none" if ai else str(params.get("preset") or "none")
        sharpen = 0.0 if ai else _amount(params.get("sharpen"))
        denoise = 3.0 if ai else _amount(params.get("denoise"))
        try:
            with open_image(file.path) as src:
                out = enhance(src, mode, preset, sharpen, denoise)
                path, out_name = save_result(out, ctx.scratch_dir, name, src.format, None, _quality(params))
        except UnidentifiedImageError:  # an image type the engine does not read: as the vendor, unchanged
            return [OutputFile(path=file.path, name=name, source=file, passthrough=True)]
        except PILLOW_ERRORS as exc:
            raise RobotError("IMAGE_ENHANCE_VALIDATION", f"The file {name!r} could not be enhanced: {exc}") from None
        return [OutputFile(path=path, name=out_name, source=file)]


def _amount(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _quality(params: Mapping[str, Any]) -> int:
    value = params.get("quality")
    return value if isinstance(value, int) and not isinstance(value, bool) else 92
