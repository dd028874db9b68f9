"""``/image/upscale``: each image enlarged ``scale`` (2 or 4) times.

No super-resolution model runs locally: the stand-in is Pillow's Lanczos resampling followed by
a mild unsharp mask, marked ``meta.ai_provider: "emulator-local"``; the result keeps the input's
format. ``model`` and ``face_enhance`` have no local meaning. Results above 25,000,000 pixels are
refused (``IMAGE_UPSCALE_VALIDATION``) before anything is decoded.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PIL import Image, ImageFilter, ImageOps

from ..errors import RobotError
from ..media.ffmpeg import output_path
from .base import InputFile, OutputFile, PerFileRobot, RobotContext, undecodable
from .support.ai_results import LOCAL

_MAX_PIXELS = 25_000_000
_SAVE_AS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif", "TIFF": "tiff", "BMP": "bmp"}


class ImageUpscale(PerFileRobot):
    """Enlarges images."""

    name = "/image/upscale"
    accepts = frozenset({"image"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """One enlarged image."""
        scale = int(params.get("scale") or 2)
        try:
            with Image.open(file.path) as img:
                fmt = img.format or "PNG"
                width, height = img.size
                if width * height * scale * scale > _MAX_PIXELS:
                    raise RobotError("IMAGE_UPSCALE_VALIDATION", f"{width}x{height} times {scale} is too large.")
                upright = ImageOps.exif_transpose(img)
                big = upright.resize((upright.width * scale, upright.height * scale), Image.Resampling.LANCZOS)
        except OSError as exc:
            raise undecodable(file, str(exc)) from None
        big = big.filter(ImageFilter.UnsharpMask(radius=1, percent=60, threshold=2))
        ext = _SAVE_AS.get(fmt, "png")
        if ext == "jpg" and big.mode not in ("RGB", "L"):
            big = big.convert("RGB")
        out = output_path(ctx.scratch_dir, str(file.record.get("name") or file.path.name), ext)
        big.save(out, fmt if fmt in _SAVE_AS else "PNG")
        return [OutputFile(out, out.name, file, {"ai_provider": LOCAL, "scale": scale})]
