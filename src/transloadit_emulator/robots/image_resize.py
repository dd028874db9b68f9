"""``/image/resize``: resize, crop, pad, retouch, watermark, caption and convert images.

The robot reads its params into an :class:`~transloadit_emulator.media.image.plan.ImagePlan`
(robot-params.md defaults applied), fetches the watermark through
:mod:`transloadit_emulator.outbound.http_fetch` (http and https only), and hands each file to the
image engine (:mod:`transloadit_emulator.media.image`). Coordinates of ``blur_regions`` and offsets
of watermarks and texts are pixels of the resized image.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import random
import re
from collections.abc import Mapping, Sequence
from typing import Any, TypeGuard

from PIL import Image, UnidentifiedImageError

from ..errors import RobotError, TransloaditError
from ..integers import parse_decimal
from ..media.image.colors import is_color
from ..media.image.encode import PILLOW_ERRORS, animation_options, output_format, save_image, save_options
from ..media.image.geometry import GRAVITY, draft_box
from ..media.image.pipeline import render
from ..media.image.plan import Crop, ImagePlan
from ..media.image.text import TextLayer
from ..media.image.watermark import Watermark, decode_watermark
from ..media.metadata import average_color
from ..media.pixels import open_image
from ..outbound.http_fetch import RemoteFetchError, fetch_bytes
from .base import InputFile, OutputFile, PerFileRobot, RobotContext, error_reason, undecodable
from .support.image_extras import extra_fields, split_roles
from .support.names import basename, stem

_WATERMARK_POSITIONS = tuple(GRAVITY)  # the nine positions, without attention/entropy
_ALIGN = ("left", "center", "right")
_VALIGN = ("top", "center", "bottom")
_BLUR = re.compile(r"^([0-9]+(?:\.[0-9]+)?)x([0-9]+(?:\.[0-9]+)?)$")
_CROP_NUMBERS = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")  # ASCII digits only
_SHARE = re.compile(r"([0-9]+)%")


class ImageResize(PerFileRobot):
    """Resizes each image with one of Transloadit's resize strategies."""

    name = "/image/resize"
    #: One image engine (Pillow): the vendor's ImageMagick stack versions pick nothing here.
    params_without_local_meaning = frozenset({"imagemagick_stack"})
    accepts = frozenset({"image"})

    def check_params(self, step: Mapping[str, Any]) -> None:
        """The watermark, text and blur-region params answer with their own error codes."""
        check_params(step)

    def decode_request(self, params: Mapping[str, Any]) -> tuple[int, int] | None:
        """The box a JPEG input may be decoded down to for these params (None: decode it whole)."""
        try:
            return draft_box(dataclasses.replace(plan_from_params(params), **extra_fields(params)))
        except (TypeError, ValueError):  # params that still hold Assembly Variables
            return None

    def set_aside(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[InputFile]:
        """Files used ``as: clut`` or ``as: watermark`` are not resized but serve as the CLUT
        (``clut: true``) and the watermark image of the others (``as: base``, else the rest)."""
        images, roles = split_roles(params, files)
        if files and not images:
            raise RobotError(
                "IMAGE_RESIZE_NO_INPUT_FILE", "No image to resize: every input serves as a CLUT or watermark."
            )
        ctx.aside.update(roles)
        return images

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Resize one image and write it, in the requested format, under ``ctx.scratch_dir``."""
        clut = _decode_role(ctx.aside.get("clut")) if params.get("clut") is True else None
        if params.get("clut") is True and clut is None:
            raise RobotError(
                "IMAGE_RESIZE_NO_CLUT_FILE", 'clut is true but no image was given with "as": "clut" in use.'
            )
        mark = ctx.aside.get("watermark")
        return self.resize_file(ctx, params, file, clut, mark.path.read_bytes() if mark else None)

    def resize_file(
        self,
        ctx: RobotContext,
        params: Mapping[str, Any],
        file: InputFile,
        clut: Image.Image | None = None,
        mark: bytes | None = None,
    ) -> list[OutputFile]:
        """Resize one image (with a CLUT and a watermark image from other inputs, if given)."""
        name = basename(str(file.record.get("name") or file.path.name))
        step_key = f"{ctx.assembly_id}:{ctx.step_name}"
        seed = f"{step_key}:{file.record.get('id')}"
        watermark = _load_watermark(params, step_key, seed, ctx.allow_private_imports, mark)
        try:
            plan = plan_from_params(params, watermark)
            with open_image(file.path) as src:
                pillow_format, ext, renamed = output_format(params.get("format"), src.format)
                # GIFs are never flattened, so that animations keep their transparency.
                animated = src.format == "GIF" or (int(getattr(src, "n_frames", 1)) > 1 and plan.frame is None)
                plan = dataclasses.replace(plan, clut=clut, **extra_fields(params, animated))
                out_name = f"{stem(name)}.{ext}" if renamed else name
                # The upload's metadata extraction may have decoded this very file at a scale that serves.
                predecoded = file.pixels.take if file.pixels is not None else None
                frames, durations = render(src, plan, pillow_format, predecoded)
                options = save_options(pillow_format, plan, src)
                if len(frames) > 1:
                    options.update(animation_options(pillow_format, frames, durations, src.info.get("loop", 0)))
                out_path = save_image(frames[0], ctx.scratch_dir, out_name, pillow_format, options)
                # From the pixels at hand: describing the result need not decode it again.
                known = {"average_color": average_color(frames[0])}
        except UnidentifiedImageError:
            raise undecodable(file, "it is not an image") from None
        except PILLOW_ERRORS as exc:
            reason = error_reason(exc)
            raise RobotError("IMAGE_RESIZE_ERROR", f"The file {name!r} could not be resized: {reason}") from None
        return [OutputFile(path=out_path, name=out_name, source=file, known=known)]


def plan_from_params(params: Mapping[str, Any], watermark: Watermark | None = None) -> ImagePlan:
    """The engine's plan for validated ``params``; absent keys take their documented defaults.
    ``ValueError`` for a ``crop`` that is not four numbers."""
    frame, sepia, rotation = params.get("frame"), params.get("sepia"), params.get("rotation", True)
    frame = frame if _is_whole(frame) and frame >= 1 else None
    degrees = float(rotation) % 360 if _is_number(rotation) else 0.0
    return ImagePlan(
        width=_dimension(params.get("width")),
        height=_dimension(params.get("height")),
        strategy=str(params.get("resize_strategy") or "fit"),
        zoom=params.get("zoom", True) is not False,
        gravity=GRAVITY.get(str(params.get("gravity") or "center"), (0.5, 0.5)),
        crop=_crop_box(params.get("crop")),
        background=str(params.get("background") or "#FFFFFF"),
        auto_orient=rotation is True or rotation == "auto",
        degrees=degrees,
        frame=frame,
        quality=int(params.get("quality") or 92),
        strip=params.get("strip") is True,
        progressive=params.get("progressive") is True,
        trim=params.get("trim_whitespace") is True,
        blur=_blur_sigma(params.get("blur")),
        blur_regions=_regions(params.get("blur_regions")),
        sepia=sepia if _is_whole(sepia) else None,
        brightness=_number(params.get("brightness"), 1.0),
        saturation=_number(params.get("saturation"), 1.0),
        contrast=_number(params.get("contrast"), 1.0),
        hue=_number(params.get("hue"), 100.0),
        negate=params.get("negate") is True,
        monochrome=params.get("monochrome") is True,
        texts=_text_layers(params.get("text")),
        watermark=watermark,
    )


def check_params(step: Mapping[str, Any]) -> None:
    """Raise the specific ``IMAGE_RESIZE_INVALID_*`` codes for malformed watermark, text and
    blur-region params; everything else is left to the JSON schema (``IMAGE_RESIZE_VALIDATION``)."""
    positions = step.get("watermark_position")
    if positions is not None:
        listed = positions if isinstance(positions, list) else [positions]
        if not listed or any(p not in _WATERMARK_POSITIONS for p in listed):
            raise TransloaditError(
                "IMAGE_RESIZE_INVALID_WATERMARK_POSITION",
                f"watermark_position {positions!r} is not one of {', '.join(_WATERMARK_POSITIONS)} or a list of them.",
            )
    for key in ("watermark_x_offset", "watermark_y_offset"):
        if key in step and not _is_int(step[key]):
            raise TransloaditError(
                "IMAGE_RESIZE_INVALID_WATERMARK_OFFSET", f"{key} must be a whole number of pixels, not {step[key]!r}."
            )
    if "text" in step and step["text"] is not None:
        text = step["text"]
        items = text if isinstance(text, list) else [text]
        if not all(isinstance(item, Mapping) for item in items):
            raise TransloaditError(
                "IMAGE_RESIZE_INVALID_TEXT_VALUE", "text must be an object {text, size, color, ...} or a list of them."
            )
        for i, item in enumerate(items):
            problem = _text_problem(item)
            if problem:
                raise TransloaditError("IMAGE_RESIZE_INVALID_TEXT_OBJECT_VALUE", f"text[{i}]: {problem}")
    regions = step.get("blur_regions")
    if regions is not None:
        if not isinstance(regions, list):
            raise TransloaditError("IMAGE_RESIZE_INVALID_BLUR_REGION", "blur_regions must be a list of regions.")
        for i, region in enumerate(regions):
            if not (
                isinstance(region, Mapping)
                and all(_is_number(region.get(k)) and region[k] >= 0 for k in ("x", "y", "width", "height"))
                and region["width"] > 0
                and region["height"] > 0
            ):
                raise TransloaditError(
                    "IMAGE_RESIZE_INVALID_BLUR_REGION",
                    f"blur_regions[{i}] must be {{x, y, width, height}} with non-negative numbers, not {region!r}.",
                )


def _text_problem(item: Mapping[str, Any]) -> str | None:
    """What is wrong with one ``text`` object, or None."""
    if not isinstance(item.get("text"), str):
        return "text is required and must be a string"
    for key in ("size", "stroke_width"):
        if key in item and not (_is_number(item[key]) and 0 <= item[key] <= 2000):
            return f"{key} must be a number from 0 to 2000, not {item[key]!r}"
    for key in ("rotate", "x_offset", "y_offset"):
        if key in item and not _is_number(item[key]):
            return f"{key} must be a number, not {item[key]!r}"
    if "align" in item and item["align"] not in _ALIGN:
        return f"align must be one of {', '.join(_ALIGN)}, not {item['align']!r}"
    if "valign" in item and item["valign"] not in _VALIGN:
        return f"valign must be one of {', '.join(_VALIGN)}, not {item['valign']!r}"
    if "font" in item and not isinstance(item["font"], str):
        return f"font must be a font name, not {item['font']!r}"
    for key in ("color", "background_color", "stroke_color"):
        if key in item and not is_color(item[key]):
            return f"{key} {item[key]!r} is not a colour"
    return None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _is_int(value: Any) -> bool:
    return _is_number(value) and float(value).is_integer()


def _is_whole(value: Any) -> TypeGuard[int]:
    """An int proper (JSON ``2``, not ``2.0`` or ``true``)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value: Any, default: float) -> float:
    return float(value) if _is_number(value) else default


def _dimension(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def _blur_sigma(value: Any) -> float | None:
    """``"radius x sigma"`` as a Gaussian sigma: the sigma, or half the radius when sigma is 0."""
    match = _BLUR.match(str(value)) if isinstance(value, str) else None
    if match is None:
        return None
    radius, sigma = float(match.group(1)), float(match.group(2))
    sigma = sigma or radius / 2
    return sigma or None


def _regions(value: Any) -> tuple[tuple[float, float, float, float], ...]:
    """``blur_regions`` (checked by :func:`check_params`) as ``(x, y, width, height)`` boxes."""
    if not isinstance(value, list):
        return ()
    return tuple(
        (float(r["x"]), float(r["y"]), float(r["width"]), float(r["height"])) for r in value if isinstance(r, Mapping)
    )


def _crop_box(crop: Any) -> Crop | None:
    """``crop`` (``{x1,y1,x2,y2}`` or ``"x1,y1,x2,y2"``) as whole pixels."""
    if crop is None:
        return None
    if isinstance(crop, str):
        parsed = [parse_decimal(n) for n in _CROP_NUMBERS.findall(crop)]
        numbers = [int(n) for n in parsed if n is not None]
        if len(numbers) != 4:
            raise ValueError(f"crop {crop!r} needs four numbers x1,y1,x2,y2")
        return numbers[0], numbers[1], numbers[2], numbers[3]
    if isinstance(crop, Mapping):
        try:
            x1, y1, x2, y2 = (int(float(crop.get(k, 0))) for k in ("x1", "y1", "x2", "y2"))
        except (TypeError, ValueError):
            raise ValueError(f"crop {dict(crop)!r} needs numeric x1, y1, x2, y2") from None
        return x1, y1, x2, y2
    raise ValueError(f"crop {crop!r} must be an object with x1, y1, x2, y2")


def _text_layers(value: Any) -> tuple[TextLayer, ...]:
    """The ``text`` objects (checked by :func:`check_params`) as the engine's text layers."""
    items = value if isinstance(value, list) else [value] if isinstance(value, Mapping) else []
    return tuple(_text_layer(item) for item in items if isinstance(item, Mapping))


def _text_layer(item: Mapping[str, Any]) -> TextLayer:
    font = item.get("font")
    return TextLayer(
        text=str(item.get("text", "")),
        size=_number(item.get("size"), 12),
        font=font if isinstance(font, str) else None,
        color=str(item.get("color") or "#000000"),
        background=str(item.get("background_color") or "transparent"),
        stroke_width=int(_number(item.get("stroke_width"), 0)),
        stroke_color=str(item.get("stroke_color") or "transparent"),
        rotate=_number(item.get("rotate"), 0),
        align=str(item.get("align") or "center"),
        valign=str(item.get("valign") or "center"),
        x_offset=int(_number(item.get("x_offset"), 0)),
        y_offset=int(_number(item.get("y_offset"), 0)),
    )


@functools.lru_cache(maxsize=4)
def _fetch_watermark(step_key: str, url: str, allow_private: bool) -> bytes:
    """The watermark's bytes, fetched once per Step (``step_key``) however many files it resizes.
    Non-public addresses are refused unless the emulator allows private imports."""
    try:
        return fetch_bytes(url, allow_private=allow_private)
    except RemoteFetchError as exc:
        raise RobotError("IMAGE_RESIZE_ERROR", f"The watermark could not be fetched: {exc}") from None


def _decode_role(file: InputFile | None) -> Image.Image | None:
    """An auxiliary input (the CLUT) decoded, or None when absent or not an image."""
    if file is None:
        return None
    try:
        with open_image(file.path) as img:
            return img.convert("RGB")
    except (UnidentifiedImageError, *PILLOW_ERRORS):
        raise undecodable(file, "the CLUT is not an image") from None


def _load_watermark(
    params: Mapping[str, Any], step_key: str, seed: str, allow_private: bool, given: bytes | None = None
) -> Watermark | None:
    """The watermark: an input used ``as: watermark`` (``given``), else ``watermark_url`` fetched;
    one of several ``watermark_position``s is picked at random, seeded by the file so that a
    replay places it alike."""
    url = params.get("watermark_url")
    if given is None and (not isinstance(url, str) or not url.strip()):
        return None
    url = url.strip() if isinstance(url, str) else "the watermark input"
    data = given if given is not None else _fetch_watermark(step_key, url, allow_private)
    try:
        image = decode_watermark(data, _number(params.get("watermark_opacity"), 1.0))
    except (UnidentifiedImageError, *PILLOW_ERRORS):
        raise RobotError("IMAGE_RESIZE_ERROR", f"The watermark at {url!r} is not an image.") from None
    positions = params.get("watermark_position") or "center"
    listed = positions if isinstance(positions, list) else [positions]
    size = params.get("watermark_size")
    match = _SHARE.fullmatch(size.strip()) if isinstance(size, str) else None
    return Watermark(
        image=image,
        position=str(random.Random(seed).choice(listed)),
        x_offset=int(_number(params.get("watermark_x_offset"), 0)),
        y_offset=int(_number(params.get("watermark_y_offset"), 0)),
        size=int(match.group(1)) / 100 if match else None,
        strategy=str(params.get("watermark_resize_strategy") or "fit"),
        repeat_x=params.get("watermark_repeat_x") is True,
        repeat_y=params.get("watermark_repeat_y") is True,
    )
